import Link from "next/link";
import { accessibilityPath, listingPath, NEWS_LISTING } from "@/lib/routes";
import { site } from "@/lib/site";
import styles from "./SiteFooter.module.css";

/** Who publishes the site, and the links every page ends with. */
export function SiteFooter() {
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <p className={styles.about}>
          <strong>{site.name}</strong> is the Dutch security cluster of companies, government and knowledge institutions.
        </p>
        <nav aria-label="Footer">
          <ul className={styles.links}>
            <li>
              <Link href={listingPath(NEWS_LISTING)}>All latest news</Link>
            </li>
            <li>
              <Link href={accessibilityPath()}>Accessibility</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
