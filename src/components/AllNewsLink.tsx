import Link from "next/link";
import type { Edition } from "@/lib/editions";
import { listingPath, NEWS_LISTING } from "@/lib/routes";
import { translator } from "@/i18n/translator";
import styles from "./AllNewsLink.module.css";

/** The "All latest news" link that closes the home page and every article. */
export function AllNewsLink({ edition }: { edition: Edition }) {
  const t = translator(edition, "allNewsLink");
  return (
    <p className={styles.wrapper}>
      <Link href={listingPath(edition, NEWS_LISTING)} className={styles.link}>
        {t("text")} <span aria-hidden="true">→</span>
      </Link>
    </p>
  );
}
