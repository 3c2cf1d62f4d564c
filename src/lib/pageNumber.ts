/**
 * Page numbers of the paginated listings: how many pages a listing has, which items a page
 * holds, and the number in a later page's address.
 */
import { site } from "./site";

/**
 * The page number in a listing's `/page/N` address, for N >= 2 written the one canonical way
 * (`2`, not `02`, `+2` or `2.0`); page 1 lives at the listing's own address. Anything else is
 * undefined, which the routes turn into a 404.
 */
export function laterPageNumber(param: string): number | undefined {
  return /^[1-9][0-9]*$/.test(param) && param !== "1" ? Number(param) : undefined;
}

/** Pages of a listing of `itemCount` items: at least 1, so an empty listing still has its page. */
export function pageCountFor(itemCount: number, pageSize: number = site.newsPageSize): number {
  return Math.max(1, Math.ceil(itemCount / pageSize));
}

/** Where a page's items start and end among `itemCount` (end exclusive); undefined for a page that does not exist (0, too large, not whole). */
export function pageBounds(
  pageNumber: number,
  itemCount: number,
  pageSize: number = site.newsPageSize,
): { start: number; end: number; pageCount: number } | undefined {
  const pageCount = pageCountFor(itemCount, pageSize);
  if (!Number.isInteger(pageNumber) || pageNumber < 1 || pageNumber > pageCount) return undefined;
  const start = (pageNumber - 1) * pageSize;
  return { start, end: start + pageSize, pageCount };
}
