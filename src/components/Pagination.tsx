import Link from "next/link";
import type { Edition } from "@/lib/editions";
import { listingPath, NEWS_LISTING, type Listing } from "@/lib/routes";
import { translator } from "@/i18n/translator";
import styles from "./Pagination.module.css";

interface PaginationProps {
  pageNumber: number;
  pageCount: number;
  /** The listing these are the pages of. */
  listing?: Listing;
  /** The address of a page, for pages that are not a listing's (a search's results). */
  pagePath?: (pageNumber: number) => string;
  edition: Edition;
  /** Words of the two links: newest-first listings say "Newer news" and "Older news"; the events, which are not, "Previous page" and "Next page". */
  steps?: "newer-older" | "previous-next";
}

/** Previous and next links for a paginated listing, with where the reader is. */
export function Pagination({
  pageNumber,
  pageCount,
  listing,
  pagePath,
  edition,
  steps = "newer-older",
}: PaginationProps) {
  if (pageCount <= 1) return null;
  const t = translator(edition, "pagination");
  const pathOf = pagePath ?? ((page: number) => listingPath(edition, listing ?? NEWS_LISTING, page));
  const previous = pageNumber > 1 ? pathOf(pageNumber - 1) : undefined;
  const next = pageNumber < pageCount ? pathOf(pageNumber + 1) : undefined;
  return (
    <nav className={styles.pagination} aria-label={t("label")}>
      {previous ? (
        <Link href={previous} rel="prev" className={styles.step}>
          <span aria-hidden="true">←</span> {t(steps === "newer-older" ? "newer" : "previous")}
        </Link>
      ) : (
        <span className={styles.placeholder} />
      )}
      <p className={styles.position}>{t("position", { page: pageNumber, pageCount })}</p>
      {next ? (
        <Link href={next} rel="next" className={styles.step}>
          {t(steps === "newer-older" ? "older" : "next")} <span aria-hidden="true">→</span>
        </Link>
      ) : (
        <span className={styles.placeholder} />
      )}
    </nav>
  );
}
