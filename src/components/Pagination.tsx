import Link from "next/link";
import { listingPath, type Listing } from "@/lib/routes";
import styles from "./Pagination.module.css";

interface PaginationProps {
  pageNumber: number;
  pageCount: number;
  /** The listing these are the pages of. */
  listing: Listing;
  /** Words of the two links; a listing that is not newest-first (events) says "Previous page" and "Next page". */
  previousLabel?: string;
  nextLabel?: string;
}

/** Previous and next links for a paginated listing, with where the reader is. */
export function Pagination({ pageNumber, pageCount, listing, previousLabel = "Newer news", nextLabel = "Older news" }: PaginationProps) {
  if (pageCount <= 1) return null;
  const previous = pageNumber > 1 ? listingPath(listing, pageNumber - 1) : undefined;
  const next = pageNumber < pageCount ? listingPath(listing, pageNumber + 1) : undefined;
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
