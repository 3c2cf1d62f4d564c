import Link from "next/link";
import styles from "./Pagination.module.css";

interface PaginationProps {
  pageNumber: number;
  pageCount: number;
  /** The listing's first page, e.g. /news; later pages are <basePath>/page/N. */
  basePath: string;
  /** Words of the two links; a listing that is not newest-first (events) says "Previous page" and "Next page". */
  previousLabel?: string;
  nextLabel?: string;
}

export function pageHref(basePath: string, pageNumber: number): string {
  return pageNumber <= 1 ? basePath : `${basePath}/page/${pageNumber}`;
}

/** Previous and next links for a paginated listing, with where the reader is. */
export function Pagination({ pageNumber, pageCount, basePath, previousLabel = "Newer news", nextLabel = "Older news" }: PaginationProps) {
  if (pageCount <= 1) return null;
  const previous = pageNumber > 1 ? pageHref(basePath, pageNumber - 1) : undefined;
  const next = pageNumber < pageCount ? pageHref(basePath, pageNumber + 1) : undefined;
  return (
    <nav className={styles.pagination} aria-label="Pages">
      {previous ? (
        <Link href={previous} rel="prev" className={styles.step}>
          <span aria-hidden="true">←</span> {previousLabel}
        </Link>
      ) : (
        <span className={styles.placeholder} />
      )}
      <p className={styles.position}>
        Page {pageNumber} of {pageCount}
      </p>
      {next ? (
        <Link href={next} rel="next" className={styles.step}>
          {nextLabel} <span aria-hidden="true">→</span>
        </Link>
      ) : (
        <span className={styles.placeholder} />
      )}
    </nav>
  );
}
