/**
 * Every address of the site, in one place, for both editions: pages, listings and their pages,
 * feeds, calendars, images and search, the same page in the other edition (the language
 * switch), and the way back from a path to what it names. Routes, components, the machine
 * formats (src/publish), the sitemap, the front door and the content check ask here; nothing else
 * writes a path of the site.
 *
 * The words of the paths are kept per edition (`EDITIONS`): English at the root (/news,
 * /news/page/2, /themes), Dutch under /nl with Dutch words (/nl/nieuws, /nl/nieuws/pagina/2,
 * /nl/themas). The route folders under src/app must use the same words
 * (tests/unit/route-folders.test.ts holds them to each other). Slugs and ids are the same in both. Every function of a page takes its edition,
 * required, so the compiler lists every caller that must choose one; the few files both editions
 * share (the sitemap, robots.txt, the logo) take none.
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
  en: {
    root: "",
    news: "news",
    page: "page",
    themes: "themes",
    partners: "partners",
    events: "events",
    search: "search",
    accessibility: "accessibility",
  },
  nl: {
    root: "/nl",
    news: "nieuws",
    page: "pagina",
    themes: "themas",
    partners: "partners",
    events: "evenementen",
    search: "zoeken",
    accessibility: "toegankelijkheid",
  },
};

/** The first segment of every Dutch path ("nl"). */
const DUTCH_ROOT_SEGMENT = EDITIONS.nl.root.slice(1);

/** What the routes below an article are called. */
const ARTICLE_CALENDAR = "event.ics";
/** An article's link-preview card, and each edition's own. */
const PREVIEW_IMAGE = "preview.png";
/** An article's photo as its link preview (articles with a local photo), one for both editions. */
const PHOTO_PREVIEW = "photo.jpg";
const NOT_FOUND_DOCUMENT = "niet-gevonden";
/** The list of articles released since the build, below each edition's search page. */
const RELEASED_SEARCH_FILE = "released.json";

/**
 * A listing of articles: all the news, a theme's, a partner's, or the events. With a page number
 * it is one page of that listing; page 1 lives at the listing's own address.
 */
export type Listing =
  { kind: "news" } | { kind: "events" } | { kind: "theme"; id: string } | { kind: "partner"; id: string };
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

/** A path shared by both editions (the sitemap, robots.txt, the logo): at the root. */
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
  return pathOf(edition, EDITIONS[edition].news, slug, PREVIEW_IMAGE);
}

/** The link preview of an article with a local photo: a 1200x630 JPEG crop of it, one for both editions. */
export function articlePhotoPreviewPath(slug: string): string {
  return sharedPathOf(EDITIONS.en.news, slug, PHOTO_PREVIEW);
}

/** An event article's own calendar file, in the edition's words and with its links: /news/<slug>/event.ics, /nl/nieuws/<slug>/event.ics. */
export function articleCalendarPath(edition: Edition, slug: string): string {
  return pathOf(edition, EDITIONS[edition].news, slug, ARTICLE_CALENDAR);
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

/** The calendar of every upcoming (and recent) event, as a file, in the edition's words: /events.ics, /nl/evenementen.ics. */
export function eventsCalendarPath(edition: Edition): string {
  return pathOf(edition, `${EDITIONS[edition].events}.ics`);
}

/** The same calendar as a `webcal://` link, which makes a calendar application offer to subscribe. */
export function eventsCalendarSubscriptionUrl(edition: Edition): string {
  return absoluteUrl(eventsCalendarPath(edition)).replace(/^https?:/, "webcal:");
}

/** The page number of a search's results in the address: /search?q=words&page=2. */
export const SEARCH_PAGE_PARAMETER = "page";

/** The search page, with a query when one is given, and the page of its results after the first. */
export function searchPath(edition: Edition, query?: string, pageNumber: number = 1): string {
  const base = pathOf(edition, EDITIONS[edition].search);
  if (query === undefined) return base;
  const parameters = new URLSearchParams({ [SEARCH_QUERY_PARAMETER]: query });
  if (pageNumber > 1) parameters.set(SEARCH_PAGE_PARAMETER, String(pageNumber));
  return `${base}?${parameters}`;
}

/** Where the browser's search index (Pagefind's files, one set for both editions) is served: /pagefind/<file>. */
export const STATIC_SEARCH_BASE = "/pagefind/";

export function staticSearchFilePath(file: string): string {
  return `${STATIC_SEARCH_BASE}${file}`;
}

/** The articles released since the build's browser search index, for the browser to merge: /search/released.json, /nl/zoeken/released.json. */
export function releasedSearchPath(edition: Edition): string {
  return pathOf(edition, EDITIONS[edition].search, RELEASED_SEARCH_FILE);
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
  return pathOf(edition, PREVIEW_IMAGE);
}

/** The publisher's logo, for structured data and feeds. */
export function logoPath(): string {
  return sharedPathOf("logo.png");
}

/**
 * The Dutch edition's 404 document: a page rendered at build (app/(nl)/nl/niet-gevonden) that the
 * front door (src/server/frontDoor.ts) sends, with status 404, for every Dutch address that names
 * nothing. It is no page of the edition itself: asked for directly, it is a 404 like any other.
 * (The English one is Next's own 404 document of an address that matches no route.)
 */
export function dutchNotFoundDocumentPath(): string {
  return pathOf("nl", NOT_FOUND_DOCUMENT);
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
  /** English paths only: the crop is one file for both editions. */
  | { kind: "article-photo-preview"; slug: string }
  /** `page` as written in the path ("2", but also "02" or "x"): only the caller knows what exists. */
  | { kind: "listing-page"; listing: Listing; page: string }
  /** The first page of a theme's or partner's listing, or (`feed`) the theme's own feed: only the caller knows whether the id exists. */
  | { kind: "listing"; listing: Extract<Listing, { kind: "theme" | "partner" }>; feed?: true }
  /** A path under /nl that names no page or file of the Dutch edition (English paths that match no route are Next's own 404). */
  | { kind: "nothing" }
);

type AddressWithoutEdition = Address extends infer A ? (A extends Address ? Omit<A, "edition"> : never) : never;

/**
 * What a path (its decoded segments) names among the routes whose answer depends on the content,
 * in either edition: an article, its preview card or its calendar file, a later page of a listing
 * (/news/page/N, /nl/nieuws/pagina/N, /events/page/N, /themes/<id>/page/N, /partners/<id>/page/N and
 * their Dutch twins), a theme's or partner's listing or a theme's feed; and, for a Dutch path that
 * names no page or file at all, `nothing`. Undefined for any other path (pages that always exist,
 * files, and English paths Next matches or 404s).
 */
export function addressOf(segments: readonly string[]): Address | undefined {
  const edition: Edition = segments[0] === DUTCH_ROOT_SEGMENT ? "nl" : "en";
  const rest = edition === "nl" ? segments.slice(1) : segments;
  const found =
    addressIn(edition, rest) ?? (edition === "nl" && !isFixedPath("nl", rest) ? { kind: "nothing" } : undefined);
  return found && ({ edition, ...found } as Address);
}

function addressIn(edition: Edition, segments: readonly string[]): AddressWithoutEdition | undefined {
  const words = EDITIONS[edition];
  const [section, first, second, third, ...rest] = segments;
  if (rest.length > 0) return undefined;
  if (section === words.news) {
    if (first === words.page && second !== undefined && third === undefined)
      return { kind: "listing-page", listing: NEWS_LISTING, page: second };
    if (first === undefined) return undefined;
    if (second === undefined) return { kind: "article", slug: first };
    if (third !== undefined) return undefined;
    if (second === PREVIEW_IMAGE) return { kind: "article-preview-image", slug: first };
    if (second === ARTICLE_CALENDAR) return { kind: "article-calendar", slug: first };
    if (second === PHOTO_PREVIEW && edition === "en") return { kind: "article-photo-preview", slug: first };
    return undefined;
  }
  if (section === words.events && first === words.page && second !== undefined && third === undefined)
    return { kind: "listing-page", listing: EVENTS_LISTING, page: second };
  if ((section === words.themes || section === words.partners) && first !== undefined) {
    const listing = section === words.themes ? themeListing(first) : partnerListing(first);
    if (second === undefined) return { kind: "listing", listing };
    if (second === words.page && third !== undefined) return { kind: "listing-page", listing, page: third };
    if (second === FEED_FILES.rss && third === undefined && listing.kind === "theme")
      return { kind: "listing", listing, feed: true };
  }
  return undefined;
}

/** The edition's pages and files that exist whatever the content (after its root): its home, listings' first pages, feeds, calendar, search (and its releases), the statement, its card. */
function isFixedPath(edition: Edition, segments: readonly string[]): boolean {
  const words = EDITIONS[edition];
  if (segments.length === 0) return true;
  if (segments.length === 2) return segments[0] === words.search && segments[1] === RELEASED_SEARCH_FILE;
  if (segments.length > 2) return false;
  const [only] = segments;
  return [
    words.news,
    words.events,
    `${words.events}.ics`,
    words.themes,
    words.partners,
    words.search,
    words.accessibility,
    PREVIEW_IMAGE,
    ...Object.values(FEED_FILES),
  ].includes(only);
}

const EDITIONS_IN_ORDER = Object.keys(EDITIONS) as Edition[];

/** Where English article addresses begin ("/news/"). */
export function articlePathPrefix(): string {
  return articlePath("en", "");
}

/** Where each edition's article addresses begin ("/news/", "/nl/nieuws/"): text with neither links to no article. */
export function articlePathPrefixes(): string[] {
  return EDITIONS_IN_ORDER.map((edition) => articlePath(edition, ""));
}

/**
 * The article a link's path leads to (`/news/<slug>`, `/nl/nieuws/<slug>` or anything below
 * either) and in which edition, for the content check's warnings; undefined for the listings' own
 * pages (/news/page/N) and other paths.
 */
export function linkedArticle(linkPath: string): { edition: Edition; slug: string } | undefined {
  for (const edition of EDITIONS_IN_ORDER) {
    const prefix = articlePath(edition, "");
    if (!linkPath.startsWith(prefix)) continue;
    const first = linkPath.slice(prefix.length).split("/")[0];
    return first && first !== EDITIONS[edition].page ? { edition, slug: first } : undefined;
  }
  return undefined;
}

/** The slug of the article a link's path leads to, in either edition (see linkedArticle). */
export function linkedArticleSlug(linkPath: string): string | undefined {
  return linkedArticle(linkPath)?.slug;
}
