import Link from "next/link";
import styles from "./AllNewsLink.module.css";

/** The "All latest news" link that closes the home page and every article. */
export function AllNewsLink() {
  return (
    <p className={styles.wrapper}>
      <Link href="/news" className={styles.link}>
        All latest news <span aria-hidden="true">→</span>
      </Link>
    </p>
  );
}
