/**
 * The one map of the site's addresses (src/lib/routes.ts): each address as readers, feeds and
 * crawlers know it, and the way back from a path to what it names.
 */
import { afterEach, describe, expect, test } from "vitest";
import {
  accessibilityPath,
  addressOf,
  articleCalendarPath,
  articlePath,
  articlePreviewImagePath,
  eventsCalendarPath,
  eventsCalendarSubscriptionUrl,
  EVENTS_LISTING,
  feedPath,
  homePath,
  linkedArticleSlug,
  listingPath,
  logoPath,
  NEWS_LISTING,
  nowherePath,
  partnerListing,
  partnersPath,
  robotsPath,
  searchPath,
  searchPathTemplate,
  sitemapPath,
  sitePreviewImagePath,
  themeFeedPath,
  themeListing,
  themesPath,
  type Listing,
} from "@/lib/routes";
import { config } from "@/proxy";

const segments = (path: string) => path.split("/").filter(Boolean);

afterEach(() => {
  delete process.env.SITE_URL;
});

describe("addresses", () => {
  test("pages, files and feeds", () => {
    expect([homePath(), themesPath(), partnersPath(), accessibilityPath(), sitemapPath(), robotsPath(), sitePreviewImagePath(), logoPath()]).toEqual([
      "/",
      "/themes",
      "/partners",
      "/accessibility",
      "/sitemap.xml",
      "/robots.txt",
      "/preview.png",
      "/logo.png",
    ]);
    expect([articlePath("a-b"), articlePreviewImagePath("a-b"), articleCalendarPath("a-b")]).toEqual(["/news/a-b", "/news/a-b/preview.png", "/news/a-b/event.ics"]);
    expect([feedPath("rss"), feedPath("atom"), feedPath("json"), themeFeedPath("smart-society"), eventsCalendarPath()]).toEqual([
      "/feed.xml",
      "/atom.xml",
      "/feed.json",
      "/themes/smart-society/feed.xml",
      "/events.ics",
    ]);
  });

  test("a listing's first page is its own address, later pages are below it", () => {
    const cases: [Listing, number, string][] = [
      [NEWS_LISTING, 1, "/news"],
      [NEWS_LISTING, 2, "/news/page/2"],
      [EVENTS_LISTING, 1, "/events"],
      [EVENTS_LISTING, 12, "/events/page/12"],
      [themeListing("cyber-security"), 1, "/themes/cyber-security"],
      [themeListing("cyber-security"), 3, "/themes/cyber-security/page/3"],
      [partnerListing("vng"), 1, "/partners/vng"],
      [partnerListing("vng"), 2, "/partners/vng/page/2"],
    ];
    for (const [listing, page, path] of cases) expect(listingPath(listing, page)).toBe(path);
    expect(listingPath(themeListing("x"))).toBe("/themes/x");
  });

  test("search, with a query written as a form sends it, and as schema.org's template", () => {
    expect(searchPath()).toBe("/search");
    expect(searchPath("smart society & <more>")).toBe("/search?q=smart+society+%26+%3Cmore%3E");
    expect(searchPathTemplate("search_term_string")).toBe("/search?q={search_term_string}");
  });

  test("the events calendar as a webcal:// subscription on the site's own host", () => {
    expect(eventsCalendarSubscriptionUrl()).toBe("webcal://localhost:3000/events.ics");
    process.env.SITE_URL = "https://news.example.org/";
    expect(eventsCalendarSubscriptionUrl()).toBe("webcal://news.example.org/events.ics");
  });
});

describe("from a path back to what it names", () => {
  test("each on-demand address is read back as what it was made from", () => {
    expect(addressOf(segments(articlePath("a-b")))).toEqual({ kind: "article", slug: "a-b" });
    expect(addressOf(segments(articlePreviewImagePath("a-b")))).toEqual({ kind: "article-preview-image", slug: "a-b" });
    expect(addressOf(segments(articleCalendarPath("a-b")))).toEqual({ kind: "article-calendar", slug: "a-b" });
    for (const listing of [NEWS_LISTING, EVENTS_LISTING, themeListing("t"), partnerListing("p")]) {
      expect(addressOf(segments(listingPath(listing, 2)))).toEqual({ kind: "listing-page", listing, page: "2" });
    }
  });

  test("a page number is kept as written, for the caller to judge", () => {
    expect(addressOf(["news", "page", "02"])).toEqual({ kind: "listing-page", listing: NEWS_LISTING, page: "02" });
    expect(addressOf(["themes", "t", "page", "x"])).toEqual({ kind: "listing-page", listing: themeListing("t"), page: "x" });
  });

  test("everything else is no on-demand address", () => {
    for (const path of ["/", "/news", "/events", "/themes", "/themes/t", "/partners/p", "/search", "/news/a/other", "/news/a/preview.png/x", "/news/page/2/x", "/events/page", "/themes/t/page", "/feed.xml", "/a/b/c/d/e"]) {
      expect(addressOf(segments(path)), path).toBeUndefined();
    }
  });

  test("the proxy's matcher, literal as Next requires, takes every little-visited on-demand address, and not the articles", () => {
    const patterns = config.matcher.map((pattern) => new RegExp(`^${pattern.replace(/:\w+\+/g, ".+").replace(/:\w+\((.*)\)/g, "$1").replace(/:\w+/g, "[^/]+")}$`));
    const onDemand = [articlePreviewImagePath("a"), articleCalendarPath("a"), ...[NEWS_LISTING, EVENTS_LISTING, themeListing("t"), partnerListing("p")].map((listing) => listingPath(listing, 2))];
    for (const path of onDemand) expect(patterns.some((pattern) => pattern.test(path)), path).toBe(true);
    // Articles ask the gate themselves: the proxy would cost every article request as much again as the page.
    for (const path of [articlePath("a"), listingPath(NEWS_LISTING)]) expect(patterns.some((pattern) => pattern.test(path)), path).toBe(false);
  });

  test("links in articles: the article a path leads to, not the listing's pages", () => {
    expect(linkedArticleSlug("/news/a-b")).toBe("a-b");
    expect(linkedArticleSlug("/news/a-b/preview.png")).toBe("a-b");
    expect(linkedArticleSlug("/news/page/2")).toBeUndefined();
    expect(linkedArticleSlug("/news/")).toBeUndefined();
    expect(linkedArticleSlug("/themes/a")).toBeUndefined();
  });

  test("the proxy's nowhere is no address of the site", () => {
    expect(nowherePath()).toBe("/_hsd/missing");
    expect(addressOf(segments(nowherePath()))).toBeUndefined();
  });
});
