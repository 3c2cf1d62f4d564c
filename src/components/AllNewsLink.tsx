import Link from "next/link";
import { listingPath, NEWS_LISTING } from "@/lib/routes";
import styles from "./AllNewsLink.module.css";

/** The "All latest news" link that closes the home page and every article. */
export function AllNewsLink() {
  return (
    <p className={styles.wrapper}>
      <Link href={listingPath(NEWS_LISTING)} className={styles.link}>
        All latest news <span aria-hidden="true">→</span>
      </Link>
    </p>
  );
}
