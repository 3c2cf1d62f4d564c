import Link from "next/link";
import type { Edition } from "@/lib/editions";
import { accessibilityPath, listingPath, NEWS_LISTING } from "@/lib/routes";
import { translator } from "@/i18n/translator";
import styles from "./SiteFooter.module.css";

/** Who publishes the site, and the links every page ends with. */
export function SiteFooter({ edition }: { edition: Edition }) {
  const t = translator(edition, "footer");
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <p className={styles.about}>{t.rich("about", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
        <nav aria-label={t("navLabel")}>
          <ul className={styles.links}>
            <li>
              <Link href={listingPath(edition, NEWS_LISTING)}>{t("allNews")}</Link>
            </li>
            <li>
              <Link href={accessibilityPath(edition)}>{t("accessibility")}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
