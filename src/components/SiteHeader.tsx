import Link from "next/link";
import type { Edition } from "@/lib/editions";
import { EVENTS_LISTING, homePath, listingPath, NEWS_LISTING, partnersPath, themesPath } from "@/lib/routes";
import { site } from "@/lib/site";
import { translator } from "@/i18n/translator";
import { SearchForm } from "./SearchForm";
import styles from "./SiteHeader.module.css";

/** The site's name, main navigation and search, on every page of an edition. */
export function SiteHeader({ edition }: { edition: Edition }) {
  const t = translator(edition, "header");
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link href={homePath(edition)} className={styles.brand}>
          <span className={styles.mark} aria-hidden="true">
            {site.shortName}
          </span>
          <span className={styles.name}>{site.name}</span>
        </Link>
        <nav aria-label={t("navLabel")} className={styles.nav}>
          <ul className={styles.links}>
            <li>
              <Link href={homePath(edition)}>{t("home")}</Link>
            </li>
            <li>
              <Link href={listingPath(edition, NEWS_LISTING)}>{t("news")}</Link>
            </li>
            <li>
              <Link href={listingPath(edition, EVENTS_LISTING)} prefetch={false}>
                {t("events")}
              </Link>
            </li>
            <li>
              <Link href={themesPath(edition)} prefetch={false}>
                {t("themes")}
              </Link>
            </li>
            <li>
              <Link href={partnersPath(edition)} prefetch={false}>
                {t("partners")}
              </Link>
            </li>
          </ul>
        </nav>
        <SearchForm edition={edition} />
      </div>
    </header>
  );
}
