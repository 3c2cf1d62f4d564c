/**
 * Which addresses whose existence depends on the content exist right now. The front door
 * (src/server/frontDoor.ts) asks this for every request before Next sees it: an address that is
 * no article, listing page, preview card or calendar file (a draft, a scheduled article before its
 * moment, a made-up slug), and any Dutch address that names nothing, is answered there with the
 * edition's real 404 document, without rendering and leaving nothing in any cache. Both kinds of
 * "missing" get the very same answer, so a 404 reveals nothing.
 */
import { laterPageNumber } from "../lib/pageNumber";
import { isLocalPhoto } from "../lib/photoAddresses";
import type { Edition } from "../lib/editions";
import { addressOf, articlePath, listingPath, type Listing } from "../lib/routes";
import type { PublicationView } from "./publicationView";

export type AddressVerdict =
  /** Let Next serve it (from its cache, or render it once and cache it). */
  | { kind: "serve" }
  /** A permanent redirect (old page-1 addresses, aliases of renamed articles). */
  | { kind: "redirect"; location: string }
  /** No such page: the edition's ordinary 404 page. */
  | { kind: "missing-page"; edition: Edition }
  /** No such file (a preview image): a bare 404 that no cache keeps. */
  | { kind: "missing-file" };

const SERVE: AddressVerdict = { kind: "serve" };
const MISSING_PAGE: Record<Edition, AddressVerdict> = {
  en: { kind: "missing-page", edition: "en" },
  nl: { kind: "missing-page", edition: "nl" },
};
const MISSING_FILE: AddressVerdict = { kind: "missing-file" };

/**
 * The verdict on a path (its decoded segments), in either edition: the addresses that depend on the
 * content (src/lib/routes.ts, addressOf) must exist now; anything else is served. Both editions
 * have the same articles and listings, so the answer differs only in where a redirect leads and
 * which edition's 404 page answers.
 */
export function verdictFor(published: PublicationView, segments: readonly string[]): AddressVerdict {
  const address = addressOf(segments);
  switch (address?.kind) {
    case undefined:
      return SERVE;
    case "article":
      return articlePage(published, address.edition, address.slug);
    case "article-preview-image": {
      const article = published.bySlug(address.slug);
      // An article with its own image shares that image and has no card.
      return article && !article.image ? SERVE : MISSING_FILE;
    }
    case "article-photo-preview": {
      const src = published.bySlug(address.slug)?.image?.src;
      return src && isLocalPhoto(src) ? SERVE : MISSING_FILE;
    }
    case "article-calendar":
      return published.bySlug(address.slug)?.event ? SERVE : MISSING_FILE;
    case "listing-page":
      return listingPage(published, address.edition, address.listing, address.page);
    case "listing":
      return published.catalogue.hasListing(address.listing) ? SERVE : MISSING_PAGE[address.edition];
    case "nothing":
      return MISSING_PAGE[address.edition];
  }
}

function articlePage(published: PublicationView, edition: Edition, slug: string): AddressVerdict {
  if (published.bySlug(slug)) return SERVE;
  const renamed = published.articleForAlias(slug);
  return renamed ? { kind: "redirect", location: articlePath(edition, renamed.slug) } : MISSING_PAGE[edition];
}

function listingPage(published: PublicationView, edition: Edition, listing: Listing, param: string): AddressVerdict {
  if (!published.catalogue.hasListing(listing)) return MISSING_PAGE[edition];
  if (param === "1") return { kind: "redirect", location: listingPath(edition, listing) };
  const pageNumber = laterPageNumber(param);
  return pageNumber !== undefined && pageNumber <= published.listingPageCount(listing) ? SERVE : MISSING_PAGE[edition];
}
