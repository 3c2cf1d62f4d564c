/**
 * What the front door lets through to the routes whose pages depend on the content: only
 * addresses that exist at that moment. A draft, a scheduled article before its
 * moment and a made-up slug get the same answer, so nothing reveals them.
 */
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { PublicationView } from "@/content";
import { verdictFor } from "@/content/gate";
import { loadContent } from "@/content/load";
import { resetClock, setClock } from "@/lib/clock";
import { EVENTS_LISTING } from "@/lib/routes";

const fixture = path.resolve(__dirname, "../fixtures/editors-publishing");
/** 1 June 2030, 09:00 in Amsterdam: the embargoed announcement's moment. */
const release = Date.parse("2030-06-01T07:00:00Z");
const index = PublicationView.of(loadContent(fixture, { warnings: false }));
const verdict = (address: string) => verdictFor(index, address.split("/").filter(Boolean));

afterEach(() => resetClock());

describe("articles", () => {
  test("a published article is served; a made-up slug, a draft and a scheduled article are the same missing page", () => {
    setClock(release - 1);
    expect(verdict("/news/older-news")).toEqual({ kind: "serve" });
    for (const address of ["/news/no-such-article", "/news/work-in-progress", "/news/embargoed-announcement"]) {
      expect(verdict(address), address).toEqual({ kind: "missing-page", edition: "en" });
    }
  });

  test("a scheduled article is served from its moment on, without a new index", () => {
    setClock(release - 1);
    expect(verdict("/news/embargoed-announcement").kind).toBe("missing-page");
    setClock(release);
    expect(verdict("/news/embargoed-announcement")).toEqual({ kind: "serve" });
  });

  test("an old address redirects to the article, unless the article is a draft or not out yet", () => {
    setClock(release - 1);
    expect(verdict("/news/first-name-of-the-article")).toEqual({ kind: "redirect", location: "/news/renamed-article" });
    expect(verdict("/news/draft-old-name")).toEqual({ kind: "missing-page", edition: "en" });
    expect(verdict("/news/embargoed-old-name")).toEqual({ kind: "missing-page", edition: "en" });
    setClock(release);
    expect(verdict("/news/embargoed-old-name")).toEqual({ kind: "redirect", location: "/news/embargoed-announcement" });
  });
});

describe("preview cards", () => {
  test("only a published article's card is served; any other is a missing file that no cache keeps", () => {
    setClock(release - 1);
    expect(verdict("/news/older-news/preview.png")).toEqual({ kind: "serve" });
    for (const address of [
      "/news/no-such-article/preview.png",
      "/news/work-in-progress/preview.png",
      "/news/embargoed-announcement/preview.png",
    ]) {
      expect(verdict(address), address).toEqual({ kind: "missing-file" });
    }
    setClock(release);
    expect(verdict("/news/embargoed-announcement/preview.png")).toEqual({ kind: "serve" });
  });
});

describe("listing pages", () => {
  test("page 1 redirects to the listing itself; pages past the end, unknown ids and odd numbers are missing", () => {
    setClock(release - 1);
    expect(verdict("/news/page/1")).toEqual({ kind: "redirect", location: "/news" });
    expect(verdict("/themes/cyber-security/page/1")).toEqual({ kind: "redirect", location: "/themes/cyber-security" });
    for (const address of [
      "/news/page/2",
      "/news/page/02",
      "/news/page/0",
      "/news/page/-1",
      "/news/page/abc",
      "/themes/cyber-security/page/2",
      "/themes/no-such-theme/page/2",
      "/themes/no-such-theme/page/1",
      "/partners/nobody/page/2",
    ]) {
      expect(verdict(address), address).toEqual({ kind: "missing-page", edition: "en" });
    }
  });

  test("a later page that exists is served", () => {
    // 25 articles under one theme: 3 pages of 12.
    const many = PublicationView.of({
      articles: Array.from({ length: 25 }, (_, i) => ({
        ...index.catalogue.allArticles.find((article) => article.slug === "older-news")!,
        slug: `item-${i}`,
        date: { day: "2019-01-01", epochMs: Date.UTC(2019, 0, 1) - i },
        aliases: [],
      })),
      themes: [...index.catalogue.themes],
      partners: [...index.catalogue.partners],
      problems: [],
    });
    const pages = (address: string) => verdictFor(many, address.split("/").filter(Boolean)).kind;
    expect(pages("/news/page/3")).toBe("serve");
    expect(pages("/news/page/4")).toBe("missing-page");
    expect(pages("/themes/cyber-security/page/3")).toBe("serve");
  });

  test("addresses outside the on-demand routes are left to Next", () => {
    for (const address of ["/", "/news", "/themes", "/themes/cyber-security", "/search", "/news/older-news/other"]) {
      expect(verdict(address), address).toEqual({ kind: "serve" });
    }
  });
});

describe("events", () => {
  const events = PublicationView.of(loadContent(path.resolve(__dirname, "../fixtures/events"), { warnings: false }));
  const eventVerdict = (address: string) => verdictFor(events, address.split("/").filter(Boolean));

  test("an event's calendar file is served; a made-up slug's, a news article's and a draft event's are missing files", () => {
    setClock(Date.parse("2030-03-20T12:00:00Z"));
    expect(eventVerdict("/news/cyber-week-2029/event.ics")).toEqual({ kind: "serve" });
    for (const address of [
      "/news/no-such-event/event.ics",
      "/news/campus-news/event.ics",
      "/news/draft-event/event.ics",
    ]) {
      expect(eventVerdict(address), address).toEqual({ kind: "missing-file" });
    }
  });

  test("/events/page/1 redirects to /events; later pages exist only up to the last", () => {
    setClock(Date.parse("2030-03-20T12:00:00Z"));
    expect(eventVerdict("/events/page/1")).toEqual({ kind: "redirect", location: "/events" });
    const last = events.listingPageCount(EVENTS_LISTING);
    if (last > 1) expect(eventVerdict(`/events/page/${last}`)).toEqual({ kind: "serve" });
    expect(eventVerdict(`/events/page/${last + 1}`)).toEqual({ kind: "missing-page", edition: "en" });
  });
});

describe("the Dutch edition", () => {
  test("the same answers under Dutch addresses, with the Dutch 404 page and Dutch redirects", () => {
    setClock(release - 1);
    expect(verdict("/nl/nieuws/older-news")).toEqual({ kind: "serve" });
    for (const address of [
      "/nl/nieuws/no-such-article",
      "/nl/nieuws/work-in-progress",
      "/nl/nieuws/embargoed-announcement",
      "/nl/nieuws/pagina/2",
      "/nl/themas/no-such-theme/pagina/2",
    ]) {
      expect(verdict(address), address).toEqual({ kind: "missing-page", edition: "nl" });
    }
    expect(verdict("/nl/nieuws/first-name-of-the-article")).toEqual({
      kind: "redirect",
      location: "/nl/nieuws/renamed-article",
    });
    expect(verdict("/nl/nieuws/pagina/1")).toEqual({ kind: "redirect", location: "/nl/nieuws" });
    expect(verdict("/nl/themas/cyber-security/pagina/1")).toEqual({
      kind: "redirect",
      location: "/nl/themas/cyber-security",
    });
    expect(verdict("/nl/nieuws/older-news/preview.png")).toEqual({ kind: "serve" });
    expect(verdict("/nl/nieuws/work-in-progress/preview.png")).toEqual({ kind: "missing-file" });
    setClock(release);
    expect(verdict("/nl/nieuws/embargoed-announcement")).toEqual({ kind: "serve" });
  });
});

describe("listings and Dutch addresses that name nothing", () => {
  test("a theme's or partner's listing, and a theme's feed, exist only for a known id, in both editions", () => {
    const theme = index.catalogue.themes[0].id;
    for (const address of [
      `/themes/${theme}`,
      `/nl/themas/${theme}`,
      `/themes/${theme}/feed.xml`,
      `/nl/themas/${theme}/feed.xml`,
    ]) {
      expect(verdict(address), address).toEqual({ kind: "serve" });
    }
    expect(verdict("/themes/no-such-theme")).toEqual({ kind: "missing-page", edition: "en" });
    expect(verdict("/nl/themas/no-such-theme/feed.xml")).toEqual({ kind: "missing-page", edition: "nl" });
    expect(verdict("/partners/no-such-partner")).toEqual({ kind: "missing-page", edition: "en" });
    expect(verdict("/nl/partners/no-such-partner")).toEqual({ kind: "missing-page", edition: "nl" });
  });

  test("a Dutch address that names nothing is the Dutch 404 page; the edition's fixed pages are served", () => {
    for (const address of ["/nl/bestaat/niet", "/nl/news/older-news", "/nl/zoeken/x", "/nl/niet-gevonden"]) {
      expect(verdict(address), address).toEqual({ kind: "missing-page", edition: "nl" });
    }
    for (const address of [
      "/nl",
      "/nl/nieuws",
      "/nl/zoeken",
      "/nl/themas",
      "/nl/partners",
      "/nl/evenementen",
      "/nl/toegankelijkheid",
      "/nl/feed.xml",
    ]) {
      expect(verdict(address), address).toEqual({ kind: "serve" });
    }
  });
});
