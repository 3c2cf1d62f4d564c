import Link from "next/link";
import { EVENTS_LISTING, homePath, listingPath, NEWS_LISTING, partnersPath, themesPath } from "@/lib/routes";
import { site } from "@/lib/site";
import { SearchForm } from "./SearchForm";
import styles from "./SiteHeader.module.css";

/** The site's name and main navigation, on every page. */
export function SiteHeader() {
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link href={homePath()} className={styles.brand}>
          <span className={styles.mark} aria-hidden="true">
            {site.shortName}
          </span>
          <span className={styles.name}>{site.name}</span>
        </Link>
        <nav aria-label="Main" className={styles.nav}>
          <ul className={styles.links}>
            <li>
              <Link href={homePath()}>Home</Link>
            </li>
            <li>
              <Link href={listingPath(NEWS_LISTING)}>All news</Link>
            </li>
            <li>
              <Link href={listingPath(EVENTS_LISTING)} prefetch={false}>
                Events
              </Link>
            </li>
            <li>
              <Link href={themesPath()} prefetch={false}>
                Themes
              </Link>
            </li>
            <li>
              <Link href={partnersPath()} prefetch={false}>
                Partners
              </Link>
            </li>
          </ul>
        </nav>
        <SearchForm />
      </div>
    </header>
  );
}
