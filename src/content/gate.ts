/**
 * Which addresses of the on-demand routes exist right now. The proxy asks
 * this before Next renders anything, because Next caches whatever such a
 * route renders, 404s included: an address that is no article, listing page
 * or preview card (a draft, a scheduled article before its moment, a made-up
 * slug) must be answered without rendering and leave nothing in any cache.
 * Both kinds of "missing" get the very same answer, so a 404 reveals nothing.
 */
import { laterPageNumber } from "../lib/pageNumber";
import type { ContentIndex } from "./index";

export type AddressVerdict =
  /** Let Next serve it (from its cache, or render it once and cache it). */
  | { kind: "serve" }
  /** A permanent redirect (old page-1 addresses, aliases of renamed articles). */
  | { kind: "redirect"; location: string }
  /** No such page: the site's ordinary 404 page. */
  | { kind: "missing-page" }
  /** No such file (a preview image): a bare 404 that no cache keeps. */
  | { kind: "missing-file" };

const SERVE: AddressVerdict = { kind: "serve" };
const MISSING_PAGE: AddressVerdict = { kind: "missing-page" };
const MISSING_FILE: AddressVerdict = { kind: "missing-file" };

/**
 * `/news/<slug>`, its `preview.png` and `event.ics`, `/news/page/<n>`, `/events/page/<n>`,
 * `/themes|partners/<id>/page/<n>`; anything else is served.
 */
export function verdictFor(index: ContentIndex, segments: readonly string[]): AddressVerdict {
  const [section, first, second, third, ...rest] = segments;
  if (rest.length > 0) return SERVE;
  if (section === "news") {
    if (first === "page" && second !== undefined && third === undefined) return listingPage("/news", second, index.newsPageCount);
    if (first === undefined) return SERVE;
    if (second === undefined) return articlePage(index, first);
    if (second === "preview.png" && third === undefined) {
      const article = index.bySlug(first);
      // An article with its own image shares that image and has no card.
      return article && !article.image ? SERVE : MISSING_FILE;
    }
    if (second === "event.ics" && third === undefined) return index.bySlug(first)?.event ? SERVE : MISSING_FILE;
    return SERVE;
  }
  if (section === "events" && first === "page" && second !== undefined && third === undefined) return listingPage("/events", second, index.eventsPageCount);
  if ((section === "themes" || section === "partners") && first !== undefined && second === "page" && third !== undefined) {
    const known = section === "themes" ? index.theme(first) : index.partner(first);
    if (!known) return MISSING_PAGE;
    const pageCount = section === "themes" ? index.themePageCount(first) : index.partnerPageCount(first);
    return listingPage(`/${section}/${first}`, third, pageCount);
  }
  return SERVE;
}

function articlePage(index: ContentIndex, slug: string): AddressVerdict {
  if (index.bySlug(slug)) return SERVE;
  const renamed = index.articleForAlias(slug);
  return renamed ? { kind: "redirect", location: `/news/${renamed.slug}` } : MISSING_PAGE;
}

function listingPage(basePath: string, param: string, pageCount: number): AddressVerdict {
  if (param === "1") return { kind: "redirect", location: basePath };
  const pageNumber = laterPageNumber(param);
  return pageNumber !== undefined && pageNumber <= pageCount ? SERVE : MISSING_PAGE;
}
