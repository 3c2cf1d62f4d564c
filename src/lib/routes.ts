/**
 * Every address of the site, in one place, for both editions: pages, listings and their pages,
 * feeds, calendars, images and search, the same page in the other edition (the language
 * switch), and the way back from a path to what it names. Routes, components, the machine
 * formats (src/publish), the sitemap, the proxy and the content check ask here; nothing else
 * writes a path of the site.
 *
 * The words of the paths are kept per edition (`EDITIONS`): English at the root (/news,
 * /news/page/2, /themes), Dutch under /nl with Dutch words (/nl/nieuws, /nl/nieuws/pagina/2,
 * /nl/themas). Slugs and ids are the same in both. Every function of a page takes its edition,
 * required, so the compiler lists every caller that must choose one; the few files both editions
 * share (calendars, the sitemap, robots.txt, the logo) take none.
 */
import { absoluteUrl } from "./site";
import type { Edition } from "./editions";

export type { Edition } from "./editions";

/** The words an edition's paths are made of. */
interface EditionPaths {
  /** Prefix of every page of the edition ("" at the root). */
  root: string;
  news: string;
  /** The word before a listing's page number: /news/page/2, /nl/nieuws/pagina/2. */
  page: string;
  themes: string;
  partners: string;
  events: string;
  search: string;
  accessibility: string;
}

const EDITIONS: Record<Edition, EditionPaths> = {
  en: { root: "", news: "news", page: "page", themes: "themes", partners: "partners", events: "events", search: "search", accessibility: "accessibility" },
  nl: { root: "/nl", news: "nieuws", page: "pagina", themes: "themas", partners: "partners", events: "evenementen", search: "zoeken", accessibility: "toegankelijkheid" },
};

/** The first segment of every Dutch path ("nl"). */
const DUTCH_ROOT_SEGMENT = EDITIONS.nl.root.slice(1);

/** What the routes below an article are called. */
const ARTICLE_PREVIEW_IMAGE = "preview.png";
const ARTICLE_CALENDAR = "event.ics";

/**
 * A listing of articles: all the news, a theme's, a partner's, or the events. With a page number
 * it is one page of that listing; page 1 lives at the listing's own address.
 */
export type Listing = { kind: "news" } | { kind: "events" } | { kind: "theme"; id: string } | { kind: "partner"; id: string };
export type EventsListing = Extract<Listing, { kind: "events" }>;

export const NEWS_LISTING: Extract<Listing, { kind: "news" }> = { kind: "news" };
export const EVENTS_LISTING: EventsListing = { kind: "events" };

export function themeListing(id: string): Extract<Listing, { kind: "theme" }> {
  return { kind: "theme", id };
}

export function partnerListing(id: string): Extract<Listing, { kind: "partner" }> {
  return { kind: "partner", id };
}

export type FeedFormat = "rss" | "atom" | "json";

const FEED_FILES: Record<FeedFormat, string> = { rss: "feed.xml", atom: "atom.xml", json: "feed.json" };

/** The name of the search query in the address: /search?q=words. */
export const SEARCH_QUERY_PARAMETER = "q";

function pathOf(edition: Edition, ...segments: string[]): string {
  return `${EDITIONS[edition].root}/${segments.join("/")}`;
}

/** A path shared by both editions (calendar files, the sitemap, robots.txt, the logo): at the root. */
function sharedPathOf(...segments: string[]): string {
  return pathOf("en", ...segments);
}

/** `/` and `/nl` (without a trailing slash, which Next would redirect). */
export function homePath(edition: Edition): string {
  return EDITIONS[edition].root || "/";
}

export function articlePath(edition: Edition, slug: string): string {
  return pathOf(edition, EDITIONS[edition].news, slug);
}

/** An article's generated link-preview card (articles without an image of their own), with the edition's labels and date. */
export function articlePreviewImagePath(edition: Edition, slug: string): string {
  return pathOf(edition, EDITIONS[edition].news, slug, ARTICLE_PREVIEW_IMAGE);
}

/** The link preview of an article with a local photo: a 1200x630 JPEG crop of it, one for both editions. */
export function articlePhotoPreviewPath(slug: string): string {
  return sharedPathOf(EDITIONS.en.news, slug, "photo.jpg");
}

/** An event article's own calendar file: one for both editions. */
export function articleCalendarPath(slug: string): string {
  return sharedPathOf(EDITIONS.en.news, slug, ARTICLE_CALENDAR);
}

/** The first page of a listing, e.g. /news or /nl/themas/cyber-security. */
function listingBase(edition: Edition, listing: Listing): string {
  const words = EDITIONS[edition];
  switch (listing.kind) {
    case "news":
      return pathOf(edition, words.news);
    case "events":
      return pathOf(edition, words.events);
    case "theme":
      return pathOf(edition, words.themes, listing.id);
    case "partner":
      return pathOf(edition, words.partners, listing.id);
  }
}

/** A page of a listing: page 1 at the listing's own address (/news), later ones below it (/news/page/2, /nl/nieuws/pagina/2). */
export function listingPath(edition: Edition, listing: Listing, pageNumber: number = 1): string {
  const base = listingBase(edition, listing);
  return pageNumber <= 1 ? base : `${base}/${EDITIONS[edition].page}/${pageNumber}`;
}

export function themesPath(edition: Edition): string {
  return pathOf(edition, EDITIONS[edition].themes);
}

export function partnersPath(edition: Edition): string {
  return pathOf(edition, EDITIONS[edition].partners);
}

/** An edition's feed of the newest articles, in one of its three formats: /feed.xml, /nl/feed.xml. */
export function feedPath(edition: Edition, format: FeedFormat): string {
  return pathOf(edition, FEED_FILES[format]);
}

/** A theme's own RSS feed. */
export function themeFeedPath(edition: Edition, id: string): string {
  return pathOf(edition, EDITIONS[edition].themes, id, FEED_FILES.rss);
}

/** The calendar of every upcoming (and recent) event, as a file: one for both editions. */
export function eventsCalendarPath(): string {
  return sharedPathOf(`${EDITIONS.en.events}.ics`);
}

/** The same calendar as a `webcal://` link, which makes a calendar application offer to subscribe. */
export function eventsCalendarSubscriptionUrl(): string {
  return absoluteUrl(eventsCalendarPath()).replace(/^https?:/, "webcal:");
}

/** The search page, with a query when one is given. */
export function searchPath(edition: Edition, query?: string): string {
  const base = pathOf(edition, EDITIONS[edition].search);
  return query === undefined ? base : `${base}?${new URLSearchParams({ [SEARCH_QUERY_PARAMETER]: query })}`;
}

/** The search address with a placeholder for the query, as schema.org's SearchAction wants it: /search?q={name}. */
export function searchPathTemplate(edition: Edition, placeholder: string): string {
  return `${pathOf(edition, EDITIONS[edition].search)}?${SEARCH_QUERY_PARAMETER}={${placeholder}}`;
}

export function accessibilityPath(edition: Edition): string {
  return pathOf(edition, EDITIONS[edition].accessibility);
}

export function sitemapPath(): string {
  return sharedPathOf("sitemap.xml");
}

export function robotsPath(): string {
  return sharedPathOf("robots.txt");
}

/** The edition's own link-preview card, for every page that is not an article: /preview.png, /nl/preview.png. */
export function sitePreviewImagePath(edition: Edition): string {
  return pathOf(edition, "preview.png");
}

/** The publisher's logo, for structured data and feeds. */
export function logoPath(): string {
  return sharedPathOf("logo.png");
}

/**
 * An address with no route behind it: the proxy rewrites a request there to answer with the
 * edition's ordinary 404 page without rendering the route that was asked for.
 */
export function nowherePath(edition: Edition): string {
  return pathOf(edition, "_hsd", "missing");
}

/**
 * A page of the site as the language switch sees it: what it shows, whatever the edition.
 * Every page exists in both editions (an untranslated article's Dutch page wraps its English
 * text), so the switch always has somewhere to go.
 */
export type SitePage =
  | { kind: "home" }
  | { kind: "article"; slug: string }
  | { kind: "listing"; listing: Listing; pageNumber: number }
  | { kind: "themes" }
  | { kind: "partners" }
  | { kind: "search"; query?: string }
  | { kind: "accessibility" };

/** The address of a page in an edition; for the other edition's, pass otherEdition(edition). */
export function sitePagePath(edition: Edition, page: SitePage): string {
  switch (page.kind) {
    case "home":
      return homePath(edition);
    case "article":
      return articlePath(edition, page.slug);
    case "listing":
      return listingPath(edition, page.listing, page.pageNumber);
    case "themes":
      return themesPath(edition);
    case "partners":
      return partnersPath(edition);
    case "search":
      // An empty query is no query: the switch from /search?q= leads to /nl/zoeken.
      return searchPath(edition, page.query || undefined);
    case "accessibility":
      return accessibilityPath(edition);
  }
}

/** What a path names among the routes whose pages depend on the content (see addressOf). */
export type Address = { edition: Edition } & (
  | { kind: "article"; slug: string }
  | { kind: "article-preview-image"; slug: string }
  | { kind: "article-calendar"; slug: string }
  /** `page` as written in the path ("2", but also "02" or "x"): only the caller knows what exists. */
  | { kind: "listing-page"; listing: Listing; page: string }
);

type AddressWithoutEdition = Address extends infer A ? (A extends Address ? Omit<A, "edition"> : never) : never;

/**
 * What a path (its decoded segments) names among the routes that render on demand, in either
 * edition: an article, its preview card or (English paths only, the file is shared) its
 * calendar file, or a later page of a listing (/news/page/N, /nl/nieuws/pagina/N,
 * /events/page/N, /themes/<id>/page/N, /partners/<id>/page/N and their Dutch twins).
 * Undefined for any other path.
 */
export function addressOf(segments: readonly string[]): Address | undefined {
  const edition: Edition = segments[0] === DUTCH_ROOT_SEGMENT ? "nl" : "en";
  const found = addressIn(edition, edition === "nl" ? segments.slice(1) : segments);
  return found && ({ edition, ...found } as Address);
}

function addressIn(edition: Edition, segments: readonly string[]): AddressWithoutEdition | undefined {
  const words = EDITIONS[edition];
  const [section, first, second, third, ...rest] = segments;
  if (rest.length > 0) return undefined;
  if (section === words.news) {
    if (first === words.page && second !== undefined && third === undefined) return { kind: "listing-page", listing: NEWS_LISTING, page: second };
    if (first === undefined) return undefined;
    if (second === undefined) return { kind: "article", slug: first };
    if (third !== undefined) return undefined;
    if (second === ARTICLE_PREVIEW_IMAGE) return { kind: "article-preview-image", slug: first };
    if (second === ARTICLE_CALENDAR && edition === "en") return { kind: "article-calendar", slug: first };
    return undefined;
  }
  if (section === words.events && first === words.page && second !== undefined && third === undefined) return { kind: "listing-page", listing: EVENTS_LISTING, page: second };
  if ((section === words.themes || section === words.partners) && first !== undefined && second === words.page && third !== undefined) {
    return { kind: "listing-page", listing: section === words.themes ? themeListing(first) : partnerListing(first), page: third };
  }
  return undefined;
}

/** Where English article addresses begin ("/news/"): text without it links to no English article. */
export function articlePathPrefix(): string {
  return articlePath("en", "");
}

/**
 * The slug of the article a link's path leads to (`/news/<slug>`, `/nl/nieuws/<slug>` or
 * anything below either), for the content check's warnings; undefined for the listings' own
 * pages (/news/page/N) and other paths.
 */
export function linkedArticleSlug(linkPath: string): string | undefined {
  for (const edition of ["en", "nl"] as const) {
    const prefix = articlePath(edition, "");
    if (!linkPath.startsWith(prefix)) continue;
    const first = linkPath.slice(prefix.length).split("/")[0];
    return first && first !== EDITIONS[edition].page ? first : undefined;
  }
  return undefined;
}
