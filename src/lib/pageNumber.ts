/**
 * The page number in a listing's `/page/N` address, for N >= 2 written the one canonical way
 * (`2`, not `02`, `+2` or `2.0`); page 1 lives at the listing's own address. Anything else is
 * undefined, which the routes turn into a 404.
 */
export function laterPageNumber(param: string): number | undefined {
  return /^[1-9][0-9]*$/.test(param) && param !== "1" ? Number(param) : undefined;
}
