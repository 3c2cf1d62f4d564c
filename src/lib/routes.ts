/**
 * Every address of the site, in one place: pages, listings and their pages, feeds, calendars,
 * images and search, and the way back from a path to what it names. Routes, components, the
 * machine formats (src/publish), the sitemap, the proxy and the content check ask here; nothing
 * else writes a path of the site.
 *
 * The words of the paths are kept per edition (`EDITIONS`). There is one edition now, English at
 * the root. The Dutch one (`/nl`, `/nl/nieuws`, `/nl/nieuws/pagina/N`, `/nl/themas`, `/nl/zoeken`,
 * `/nl/toegankelijkheid`...) is one more entry there and an `edition` argument on the functions
 * below: made required, so that the compiler lists every caller that must choose one.
 */
import { absoluteUrl } from "./site";

/** The words an edition's paths are made of. */
interface EditionPaths {
  /** Prefix of every page of the edition ("" at the root). */
  root: string;
  news: string;
  /** The word before a listing's page number: /news/page/2. */
  page: string;
  themes: string;
  partners: string;
  events: string;
  search: string;
  accessibility: string;
}

export type Edition = "en";

const EDITIONS: Record<Edition, EditionPaths> = {
  en: { root: "", news: "news", page: "page", themes: "themes", partners: "partners", events: "events", search: "search", accessibility: "accessibility" },
};

const en = EDITIONS.en;

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

function pathOf(...segments: string[]): string {
  return `${en.root}/${segments.join("/")}`;
}

export function homePath(): string {
  return `${en.root}/`;
}

export function articlePath(slug: string): string {
  return pathOf(en.news, slug);
}

/** An article's generated link-preview card (articles without an image of their own). */
export function articlePreviewImagePath(slug: string): string {
  return pathOf(en.news, slug, ARTICLE_PREVIEW_IMAGE);
}

/** An event article's own calendar file. */
export function articleCalendarPath(slug: string): string {
  return pathOf(en.news, slug, ARTICLE_CALENDAR);
}

/** The first page of a listing, e.g. /news or /themes/cyber-security. */
function listingBase(listing: Listing): string {
  switch (listing.kind) {
    case "news":
      return pathOf(en.news);
    case "events":
      return pathOf(en.events);
    case "theme":
      return pathOf(en.themes, listing.id);
    case "partner":
      return pathOf(en.partners, listing.id);
  }
}

/** A page of a listing: page 1 at the listing's own address (/news), later ones below it (/news/page/2). */
export function listingPath(listing: Listing, pageNumber: number = 1): string {
  const base = listingBase(listing);
  return pageNumber <= 1 ? base : `${base}/${en.page}/${pageNumber}`;
}

export function themesPath(): string {
  return pathOf(en.themes);
}

export function partnersPath(): string {
  return pathOf(en.partners);
}

/** The site's feed of the newest articles, in one of its three formats. */
export function feedPath(format: FeedFormat): string {
  return pathOf(FEED_FILES[format]);
}

/** A theme's own RSS feed. */
export function themeFeedPath(id: string): string {
  return pathOf(en.themes, id, FEED_FILES.rss);
}

/** The calendar of every upcoming (and recent) event, as a file. */
export function eventsCalendarPath(): string {
  return pathOf(`${en.events}.ics`);
}

/** The same calendar as a `webcal://` link, which makes a calendar application offer to subscribe. */
export function eventsCalendarSubscriptionUrl(): string {
  return absoluteUrl(eventsCalendarPath()).replace(/^https?:/, "webcal:");
}

/** The search page, with a query when one is given. */
export function searchPath(query?: string): string {
  const base = pathOf(en.search);
  return query === undefined ? base : `${base}?${new URLSearchParams({ [SEARCH_QUERY_PARAMETER]: query })}`;
}

/** The search address with a placeholder for the query, as schema.org's SearchAction wants it: /search?q={name}. */
export function searchPathTemplate(placeholder: string): string {
  return `${pathOf(en.search)}?${SEARCH_QUERY_PARAMETER}={${placeholder}}`;
}

export function accessibilityPath(): string {
  return pathOf(en.accessibility);
}

export function sitemapPath(): string {
  return pathOf("sitemap.xml");
}

export function robotsPath(): string {
  return pathOf("robots.txt");
}

/** The site's own link-preview card, for every page that is not an article. */
export function sitePreviewImagePath(): string {
  return pathOf("preview.png");
}

/** The publisher's logo, for structured data and feeds. */
export function logoPath(): string {
  return pathOf("logo.png");
}

/**
 * An address with no route behind it: the proxy rewrites a request there to answer with the
 * site's ordinary 404 page without rendering the route that was asked for.
 */
export function nowherePath(): string {
  return pathOf("_hsd", "missing");
}

/** What a path names among the routes whose pages depend on the content (see addressOf). */
export type Address =
  | { kind: "article"; slug: string }
  | { kind: "article-preview-image"; slug: string }
  | { kind: "article-calendar"; slug: string }
  /** `page` as written in the path ("2", but also "02" or "x"): only the caller knows what exists. */
  | { kind: "listing-page"; listing: Listing; page: string };

/**
 * What a path (its decoded segments) names among the routes that render on demand: an article,
 * its preview card or calendar file, or a later page of a listing (/news/page/N,
 * /events/page/N, /themes/<id>/page/N, /partners/<id>/page/N). Undefined for any other path.
 */
export function addressOf(segments: readonly string[]): Address | undefined {
  const [section, first, second, third, ...rest] = segments;
  if (rest.length > 0) return undefined;
  if (section === en.news) {
    if (first === en.page && second !== undefined && third === undefined) return { kind: "listing-page", listing: NEWS_LISTING, page: second };
    if (first === undefined) return undefined;
    if (second === undefined) return { kind: "article", slug: first };
    if (third !== undefined) return undefined;
    if (second === ARTICLE_PREVIEW_IMAGE) return { kind: "article-preview-image", slug: first };
    if (second === ARTICLE_CALENDAR) return { kind: "article-calendar", slug: first };
    return undefined;
  }
  if (section === en.events && first === en.page && second !== undefined && third === undefined) return { kind: "listing-page", listing: EVENTS_LISTING, page: second };
  if ((section === en.themes || section === en.partners) && first !== undefined && second === en.page && third !== undefined) {
    return { kind: "listing-page", listing: section === en.themes ? themeListing(first) : partnerListing(first), page: third };
  }
  return undefined;
}

/** Where article addresses begin ("/news/"): text without it links to no article. */
export function articlePathPrefix(): string {
  return articlePath("");
}

/**
 * The slug of the article a link's path leads to (`/news/<slug>` or anything below it), for the
 * content check's warnings; undefined for the listing's own pages (/news/page/N) and other paths.
 */
export function linkedArticleSlug(linkPath: string): string | undefined {
  const prefix = articlePathPrefix();
  if (!linkPath.startsWith(prefix)) return undefined;
  const first = linkPath.slice(prefix.length).split("/")[0];
  return first && first !== en.page ? first : undefined;
}
