import type { Edition } from "./editions";

/**
 * The one place for site-wide settings. Everything that would otherwise be a
 * constant repeated across pages (names, URL, page sizes, time zone) lives here.
 * What each edition says (the news's title, the description, every label) is
 * interface text, in src/i18n's catalogues.
 */
export const site = {
  /** Proper names, the same in both editions. */
  name: "The Hague Security Delta",
  shortName: "HSD",
  /** Editors write dates in this zone; every date shown or emitted is read in it. */
  timeZone: "Europe/Amsterdam",
  /** Articles per page on /news and /news/page/N, and on every other paginated listing (themes, partners, events). */
  newsPageSize: 12,
  /** Cards shown under the featured article on the home page. */
  homeCardCount: 6,
  /** Upcoming events on the home page, soonest first; the section is absent when none are coming. */
  homeEventCount: 3,
  /** How long an event stays in the subscribable calendar (/events.ics) after it ended, in days. */
  calendarPastDays: 365,
  /** Articles in an article page's "More News" block. */
  moreNewsCount: 3,
  /** Brand colours as in globals.css, for output CSS cannot style (generated preview images). */
  brandColor: "#0d2b4e",
  accentColor: "#c2410c",
  /** Newest articles in each feed (RSS, Atom, JSON Feed, per theme). */
  feedSize: 20,
  /**
   * Seconds a page, feed, calendar or the sitemap is served before it is made again: within this
   * window a scheduled article appears, an event moves to the past and More News picks up new
   * articles, without a deploy. 300: editors are told "within five minutes" (docs/EDITING.md), and a
   * server then renders each page at most once in five minutes, whatever the traffic. Next reads
   * `revalidate` only as a literal in each route file, so they repeat the number, and
   * tests/unit/freshness.test.ts holds every one of them to this.
   */
  revalidateSeconds: 300,
  /**
   * Photos (front matter `image`): the only hosts an https:// photo may come from (the check
   * refuses any other, and the image optimizer serves only these and /images/ files).
   */
  photoHosts: ["www.thehaguesecuritydelta.com", "thehaguesecuritydelta.com"],
  /**
   * The widths (in pixels) the image optimizer makes of a photo: the small ones for the crops on
   * cards, the large ones for the article's lead photo on phones and wide screens. Any other width
   * is a 400, so strangers cannot fill the optimizer's cache with variants.
   */
  photoCardWidths: [240, 480],
  photoWidths: [640, 828, 1080, 1280, 1920],
  /** The one JPEG/WebP/AVIF quality the pages ask of the optimizer. */
  photoQuality: 70,
  /** The image optimizer's disk cache, per server (next.config.ts `images.maximumDiskCacheSize`): every width of a few thousand photos in two formats. */
  photoCacheBytes: 512 * 1024 * 1024,
  /** A photo narrower than this is blurry in the article's column on a sharp screen: the check warns. */
  photoMinimumWidth: 1280,
  /** An original larger than this (bytes) is resized for readers, but it grows the repository: the check warns. */
  photoMaximumBytes: 5 * 1024 * 1024,
  /** Longest search query answered, in characters; longer ones get a helpful page instead. */
  searchMaxQueryLength: 200,
  /** Search results on one page of the server's answer (the rest on further pages). */
  searchPageSize: 10,
  /** Most distinct words of a query looked up; the rest are named as ignored (each word costs a pass over its matches). */
  searchMaxTerms: 6,
  /**
   * SETTING: where readers report accessibility problems (shown on /accessibility).
   * Replace with the real mailbox before launch.
   */
  accessibilityContact: "accessibility@thehaguesecuritydelta.com",
  /** When the accessibility statement was last reviewed (YYYY-MM-DD); update with every re-test. */
  accessibilityReviewed: "2026-11-28",
  /**
   * SETTING: the GitHub repository (owner/name) and branch the editing desk at /admin writes to;
   * `CMS_GITHUB_REPO` and `CMS_GITHUB_BRANCH` override them at build (docs/DEPLOYMENT.md).
   */
  cmsRepository: "thehaguesecuritydelta/hsd-news",
  cmsBranch: "main",
} as const;

/**
 * What `next build` renders ahead in an edition: the newest `articles` published
 * articles and the first `listingPages` pages of every listing (news, events,
 * each theme, each partner). Everything else is rendered on its first request,
 * from the same content snapshot, and then served from the cache like a
 * prerendered page, so the build does not grow with the archive. Settings
 * `PRERENDER_ARTICLES` and `PRERENDER_LISTING_PAGES` (whole numbers, 0 and up)
 * override the defaults for both editions; `PRERENDER_ARTICLES_NL` and
 * `PRERENDER_LISTING_PAGES_NL` override them for the Dutch edition alone (fewer
 * readers may well justify a smaller build there).
 */
export function prerenderSettings(edition: Edition): { articles: number; listingPages: number } {
  const articles = wholeNumberSetting("PRERENDER_ARTICLES", 50);
  const listingPages = wholeNumberSetting("PRERENDER_LISTING_PAGES", 2);
  if (edition === "en") return { articles, listingPages };
  const suffix = `_${edition.toUpperCase()}`;
  return {
    articles: wholeNumberSetting(`PRERENDER_ARTICLES${suffix}`, articles),
    listingPages: wholeNumberSetting(`PRERENDER_LISTING_PAGES${suffix}`, listingPages),
  };
}

function wholeNumberSetting(name: string, fallback: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  // A typo must not silently prerender everything or nothing.
  if (!/^\d+$/.test(raw)) throw new Error(`${name}="${raw}" is not a whole number`);
  return Number(raw);
}

/** The absolute URL of a path on the public site, e.g. `/news/x` → `https://…/news/x`. */
export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith("/") ? path : `/${path}`}`;
}

const DEFAULT_SITE_URL = "http://localhost:3000";

/** Absolute origin of the public site, without a trailing slash. */
export function siteUrl(): string {
  const raw = process.env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  return raw.replace(/\/+$/, "");
}

/**
 * How long the server keeps an idle connection open (Node's default is 5 s). It must outlast the
 * keep-alive of the proxy in front (nginx's `keepalive_timeout` of upstream connections, 60 s in
 * docs/DEPLOYMENT.md and scripts/lib/nginx.ts), or nginx reuses connections the server is closing
 * and a reader gets a 502 now and then.
 */
export const SERVER_KEEP_ALIVE_MS = 75_000;

/**
 * The build output folder (`NEXT_DIST_DIR`, default `.next`), relative to the
 * project root: next.config.ts builds into it and the server reads the content
 * snapshot from it, so both must ask here.
 */
export function buildOutputDirName(): string {
  return process.env.NEXT_DIST_DIR?.trim() || ".next";
}

/**
 * What a production build without SITE_URL prints once (next.config.ts): the build still works,
 * for `npm run build && npm start` on a laptop, but a public deploy would send readers, feed
 * readers and crawlers to localhost.
 */
export function missingSiteUrlWarning(): string | undefined {
  if (process.env.SITE_URL?.trim()) return undefined;
  return (
    `warning: SITE_URL is not set, so every absolute link of this build (canonical links, feeds, sitemap, ` +
    `link previews, structured data) points at ${DEFAULT_SITE_URL}. Fine on this machine; for the public site ` +
    `build and start with SITE_URL=https://<public address> (docs/DEPLOYMENT.md).`
  );
}

/** Folder the content is read from; `CONTENT_DIR` is relative to the project root. */
export function contentDirName(): string {
  return process.env.CONTENT_DIR?.trim() || "content";
}
