import { describe, expect, test } from "vitest";
import { markdownToSearchText } from "@/content/markdown";
import { partnerListing, themeListing } from "@/lib/routes";
import { articleMetadata, pageMetadata } from "@/publish/metadata";
import { sharingIndex } from "./sharing-fixture";

const index = sharingIndex();

describe("theme and partner queries", () => {
  test("every theme is counted, empty ones too, in themes.yml order", () => {
    expect(index.themesWithCounts().map(({ theme, articleCount }) => [theme.id, articleCount])).toEqual([
      ["cyber-security", 2],
      ["urban-security", 1],
      ["empty-theme", 0],
    ]);
    expect(index.themesWithCounts()).toBe(index.themesWithCounts());
  });

  test("a theme's and a partner's articles come newest first", () => {
    expect(index.articlesIn(themeListing("cyber-security")).map((a) => a.slug)).toEqual([
      "cyber-week-opens",
      "hostile-title",
    ]);
    expect(index.articlesIn(partnerListing("vng")).map((a) => a.slug)).toEqual(["municipalities-meet"]);
    expect(index.articlesIn(themeListing("no-such-theme"))).toEqual([]);
  });

  test("theme pages exist for known themes only, from 1 to the last page", () => {
    expect(index.listingPage(themeListing("cyber-security"), 1)?.articles.map((a) => a.slug)).toEqual([
      "cyber-week-opens",
      "hostile-title",
    ]);
    expect(index.listingPage(themeListing("empty-theme"), 1)).toEqual({ articles: [], pageNumber: 1, pageCount: 1 });
    expect(index.listingPage(themeListing("cyber-security"), 2)).toBeUndefined();
    expect(index.listingPage(themeListing("cyber-security"), 0)).toBeUndefined();
    expect(index.listingPage(themeListing("cyber-security"), 1.5)).toBeUndefined();
    expect(index.listingPage(themeListing("no-such-theme"), 1)).toBeUndefined();
    expect(index.listingPage(partnerListing("tno"), 1)?.articles.map((a) => a.slug)).toEqual(["cyber-week-opens"]);
    expect(index.listingPage(partnerListing("no-such-partner"), 1)).toBeUndefined();
  });

  test("the body text for search has no Markdown left in it", () => {
    expect(index.catalogue.bodyText(index.bySlug("municipalities-meet")!)).toBe(
      "Twelve mayors met to compare notes. Read the earlier report and see the map.",
    );
  });
});

test("search text keeps link and image words but drops their addresses, HTML tags and bare URLs", () => {
  const text = markdownToSearchText(
    "## Plan\n\nSee [the **plan**](https://example.org/secret-word) <b>now</b> at https://tracker.example/x.\n\n[ref]: https://example.org/hidden",
  );
  expect(text).toBe("## Plan See the **plan** now at");
  expect(text).not.toMatch(/secret|hidden|tracker/);
});

describe("page metadata", () => {
  test("an article with an image shares that image; one without gets its generated card", () => {
    process.env.SITE_URL = "https://news.example.org";
    try {
      const withImage = articleMetadata(index.catalogue.inEdition(index.bySlug("with-image")!, "en"), "en", [], false);
      expect(withImage.openGraph?.images).toEqual([
        {
          url: "https://www.thehaguesecuritydelta.com/images/exercise.jpg",
          alt: "Responders around a table during the exercise",
        },
      ]);
      const card = articleMetadata(index.catalogue.inEdition(index.bySlug("annual-report")!, "en"), "en", [], false);
      expect(card.openGraph?.images).toEqual([
        {
          url: "https://news.example.org/news/annual-report/preview.png",
          alt: "Annual report published: HSD News",
          width: 1200,
          height: 630,
        },
      ]);
      expect(card.twitter).toMatchObject({ card: "summary_large_image" });
    } finally {
      delete process.env.SITE_URL;
    }
  });

  test("a page's own feeds come first and the site's feeds stay announced", () => {
    const metadata = pageMetadata({
      edition: "en",
      title: "T",
      description: "D",
      page: { kind: "listing", listing: themeListing("x"), pageNumber: 1 },
      feeds: { "application/rss+xml": [{ url: "/themes/x/feed.xml", title: "X" }] },
    });
    const rss = (metadata.alternates?.types as Record<string, { url: string }[]>)["application/rss+xml"];
    expect(rss.map((link) => link.url)).toEqual(["/themes/x/feed.xml", "/feed.xml"]);
    expect(Object.keys(metadata.alternates?.types ?? {})).toEqual([
      "application/rss+xml",
      "application/atom+xml",
      "application/feed+json",
    ]);
  });
});
