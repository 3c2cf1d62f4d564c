/**
 * The one map of the site's addresses (src/lib/routes.ts), in both editions: each address as
 * readers, feeds and crawlers know it, the same page in the other edition (the language switch),
 * and the way back from a path to what it names.
 */
import { afterEach, describe, expect, test } from "vitest";
import { EDITIONS, otherEdition } from "@/lib/editions";
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
  dutchNotFoundDocumentPath,
  partnerListing,
  partnersPath,
  robotsPath,
  searchPath,
  searchPathTemplate,
  sitemapPath,
  sitePagePath,
  sitePreviewImagePath,
  themeFeedPath,
  themeListing,
  themesPath,
  type Listing,
  type SitePage,
} from "@/lib/routes";

const segments = (path: string) => path.split("/").filter(Boolean);

afterEach(() => {
  delete process.env.SITE_URL;
});

describe("addresses of the English edition, at the root", () => {
  test("pages, files and feeds", () => {
    expect([
      homePath("en"),
      themesPath("en"),
      partnersPath("en"),
      accessibilityPath("en"),
      sitePreviewImagePath("en"),
    ]).toEqual(["/", "/themes", "/partners", "/accessibility", "/preview.png"]);
    expect([articlePath("en", "a-b"), articlePreviewImagePath("en", "a-b")]).toEqual([
      "/news/a-b",
      "/news/a-b/preview.png",
    ]);
    expect([
      feedPath("en", "rss"),
      feedPath("en", "atom"),
      feedPath("en", "json"),
      themeFeedPath("en", "smart-society"),
    ]).toEqual(["/feed.xml", "/atom.xml", "/feed.json", "/themes/smart-society/feed.xml"]);
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
    for (const [listing, page, path] of cases) expect(listingPath("en", listing, page)).toBe(path);
    expect(listingPath("en", themeListing("x"))).toBe("/themes/x");
  });

  test("search, with a query written as a form sends it, and as schema.org's template", () => {
    expect(searchPath("en")).toBe("/search");
    expect(searchPath("en", "smart society & <more>")).toBe("/search?q=smart+society+%26+%3Cmore%3E");
    expect(searchPathTemplate("en", "search_term_string")).toBe("/search?q={search_term_string}");
  });
});

describe("addresses of the Dutch edition, under /nl with Dutch words and the same slugs and ids", () => {
  test("pages, files and feeds", () => {
    expect([
      homePath("nl"),
      themesPath("nl"),
      partnersPath("nl"),
      accessibilityPath("nl"),
      sitePreviewImagePath("nl"),
    ]).toEqual(["/nl", "/nl/themas", "/nl/partners", "/nl/toegankelijkheid", "/nl/preview.png"]);
    expect([articlePath("nl", "a-b"), articlePreviewImagePath("nl", "a-b")]).toEqual([
      "/nl/nieuws/a-b",
      "/nl/nieuws/a-b/preview.png",
    ]);
    expect([
      feedPath("nl", "rss"),
      feedPath("nl", "atom"),
      feedPath("nl", "json"),
      themeFeedPath("nl", "smart-society"),
    ]).toEqual(["/nl/feed.xml", "/nl/atom.xml", "/nl/feed.json", "/nl/themas/smart-society/feed.xml"]);
  });

  test("listings and their pages", () => {
    const cases: [Listing, number, string][] = [
      [NEWS_LISTING, 1, "/nl/nieuws"],
      [NEWS_LISTING, 2, "/nl/nieuws/pagina/2"],
      [EVENTS_LISTING, 1, "/nl/evenementen"],
      [EVENTS_LISTING, 3, "/nl/evenementen/pagina/3"],
      [themeListing("cyber-security"), 1, "/nl/themas/cyber-security"],
      [themeListing("cyber-security"), 3, "/nl/themas/cyber-security/pagina/3"],
      [partnerListing("vng"), 1, "/nl/partners/vng"],
      [partnerListing("vng"), 2, "/nl/partners/vng/pagina/2"],
    ];
    for (const [listing, page, path] of cases) expect(listingPath("nl", listing, page)).toBe(path);
  });

  test("search", () => {
    expect(searchPath("nl")).toBe("/nl/zoeken");
    expect(searchPath("nl", "cyber & data")).toBe("/nl/zoeken?q=cyber+%26+data");
    expect(searchPathTemplate("nl", "search_term_string")).toBe("/nl/zoeken?q={search_term_string}");
  });
});

describe("files both editions share, at the root", () => {
  test("the sitemap, robots.txt and the logo", () => {
    expect([sitemapPath(), robotsPath(), logoPath()]).toEqual(["/sitemap.xml", "/robots.txt", "/logo.png"]);
  });
});

describe("calendar files, one per edition in its words", () => {
  test("an event's file and the events calendar", () => {
    expect([articleCalendarPath("en", "a-b"), eventsCalendarPath("en")]).toEqual([
      "/news/a-b/event.ics",
      "/events.ics",
    ]);
    expect([articleCalendarPath("nl", "a-b"), eventsCalendarPath("nl")]).toEqual([
      "/nl/nieuws/a-b/event.ics",
      "/nl/evenementen.ics",
    ]);
  });

  test("the events calendar as a webcal:// subscription on the site's own host", () => {
    expect(eventsCalendarSubscriptionUrl("en")).toBe("webcal://localhost:3000/events.ics");
    expect(eventsCalendarSubscriptionUrl("nl")).toBe("webcal://localhost:3000/nl/evenementen.ics");
    process.env.SITE_URL = "https://news.example.org/";
    expect(eventsCalendarSubscriptionUrl("en")).toBe("webcal://news.example.org/events.ics");
  });
});

describe("the same page in the other edition (the language switch)", () => {
  const pages: [SitePage, string, string][] = [
    [{ kind: "home" }, "/", "/nl"],
    [{ kind: "article", slug: "a-b" }, "/news/a-b", "/nl/nieuws/a-b"],
    [{ kind: "listing", listing: NEWS_LISTING, pageNumber: 1 }, "/news", "/nl/nieuws"],
    [{ kind: "listing", listing: NEWS_LISTING, pageNumber: 4 }, "/news/page/4", "/nl/nieuws/pagina/4"],
    [{ kind: "listing", listing: EVENTS_LISTING, pageNumber: 2 }, "/events/page/2", "/nl/evenementen/pagina/2"],
    [{ kind: "listing", listing: themeListing("t"), pageNumber: 2 }, "/themes/t/page/2", "/nl/themas/t/pagina/2"],
    [{ kind: "listing", listing: partnerListing("p"), pageNumber: 1 }, "/partners/p", "/nl/partners/p"],
    [{ kind: "themes" }, "/themes", "/nl/themas"],
    [{ kind: "partners" }, "/partners", "/nl/partners"],
    [{ kind: "search" }, "/search", "/nl/zoeken"],
    [{ kind: "search", query: "smart society" }, "/search?q=smart+society", "/nl/zoeken?q=smart+society"],
    [{ kind: "search", query: "" }, "/search", "/nl/zoeken"],
    [{ kind: "accessibility" }, "/accessibility", "/nl/toegankelijkheid"],
  ];

  test.each(pages)(
    "%j is %s in English and %s in Dutch, never the other edition's home page",
    (page, english, dutch) => {
      expect(sitePagePath("en", page)).toBe(english);
      expect(sitePagePath("nl", page)).toBe(dutch);
      if (page.kind !== "home") expect([english, dutch]).not.toContain(homePath(otherEdition("en")));
    },
  );

  test("each edition's other is the other one", () => {
    expect(EDITIONS.map(otherEdition)).toEqual(["nl", "en"]);
  });
});

describe("from a path back to what it names", () => {
  test.each(EDITIONS)("each on-demand address of the %s edition is read back as what it was made from", (edition) => {
    expect(addressOf(segments(articlePath(edition, "a-b")))).toEqual({ edition, kind: "article", slug: "a-b" });
    expect(addressOf(segments(articlePreviewImagePath(edition, "a-b")))).toEqual({
      edition,
      kind: "article-preview-image",
      slug: "a-b",
    });
    for (const listing of [NEWS_LISTING, EVENTS_LISTING, themeListing("t"), partnerListing("p")]) {
      expect(addressOf(segments(listingPath(edition, listing, 2)))).toEqual({
        edition,
        kind: "listing-page",
        listing,
        page: "2",
      });
    }
  });

  test.each(EDITIONS)("an event's calendar file of the %s edition is read back with its edition", (edition) => {
    expect(addressOf(segments(articleCalendarPath(edition, "a-b")))).toEqual({
      edition,
      kind: "article-calendar",
      slug: "a-b",
    });
  });

  test("a page number is kept as written, for the caller to judge", () => {
    expect(addressOf(["news", "page", "02"])).toEqual({
      edition: "en",
      kind: "listing-page",
      listing: NEWS_LISTING,
      page: "02",
    });
    expect(addressOf(["themes", "t", "page", "x"])).toEqual({
      edition: "en",
      kind: "listing-page",
      listing: themeListing("t"),
      page: "x",
    });
    expect(addressOf(["nl", "themas", "t", "pagina", "x"])).toEqual({
      edition: "nl",
      kind: "listing-page",
      listing: themeListing("t"),
      page: "x",
    });
  });

  test("a theme's or partner's listing and a theme's feed are content addresses: the id may not exist", () => {
    for (const edition of EDITIONS) {
      expect(addressOf(segments(listingPath(edition, themeListing("t"))))).toEqual({
        edition,
        kind: "listing",
        listing: themeListing("t"),
      });
      expect(addressOf(segments(listingPath(edition, partnerListing("p"))))).toEqual({
        edition,
        kind: "listing",
        listing: partnerListing("p"),
      });
      expect(addressOf(segments(themeFeedPath(edition, "t")))).toEqual({
        edition,
        kind: "listing",
        listing: themeListing("t"),
        feed: true,
      });
    }
  });

  test("pages that exist whatever the content, files and English paths Next matches itself are no content address", () => {
    for (const path of [
      "/",
      "/news",
      "/events",
      "/themes",
      "/search",
      "/news/a/other",
      "/news/a/preview.png/x",
      "/news/page/2/x",
      "/events/page",
      "/themes/t/page",
      "/partners/p/feed.xml",
      "/feed.xml",
      "/a/b/c/d/e",
      "/news/pagina/2",
      "/nieuws/a",
      "/nl",
      "/nl/nieuws",
      "/nl/evenementen",
      "/nl/themas",
      "/nl/partners",
      "/nl/zoeken",
      "/nl/toegankelijkheid",
      "/nl/feed.xml",
      "/nl/atom.xml",
      "/nl/feed.json",
      "/nl/evenementen.ics",
      "/nl/preview.png",
    ]) {
      expect(addressOf(segments(path)), path).toBeUndefined();
    }
  });

  test("a Dutch path that names nothing is said to name nothing (Next would give it the empty error shell), English words included", () => {
    for (const path of [
      "/nl/news/a",
      "/nl/nieuws/page/2",
      "/nl/themas/t/page/2",
      "/nl/bestaat/niet",
      "/nl/zoeken/x",
      "/nl/a/b/c/d/e",
      "/nl/nieuws/a/event.icss",
      "/nl/events.ics",
    ]) {
      expect(addressOf(segments(path)), path).toEqual({ edition: "nl", kind: "nothing" });
    }
  });

  test("links in articles: the article a path leads to in either edition, not the listing's pages", () => {
    expect(linkedArticleSlug("/news/a-b")).toBe("a-b");
    expect(linkedArticleSlug("/news/a-b/preview.png")).toBe("a-b");
    expect(linkedArticleSlug("/nl/nieuws/a-b")).toBe("a-b");
    expect(linkedArticleSlug("/news/page/2")).toBeUndefined();
    expect(linkedArticleSlug("/nl/nieuws/pagina/2")).toBeUndefined();
    expect(linkedArticleSlug("/news/")).toBeUndefined();
    expect(linkedArticleSlug("/themes/a")).toBeUndefined();
  });

  test("the Dutch 404 document is no page of the edition: asked for, it is a 404 itself", () => {
    expect(addressOf(segments(dutchNotFoundDocumentPath()))).toEqual({ edition: "nl", kind: "nothing" });
  });
});
