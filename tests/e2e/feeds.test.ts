/** The feeds, sitemap and robots.txt of the main e2e site, read with the libraries real clients use. */
import { XMLParser } from "fast-xml-parser";
import Parser from "rss-parser";
import { describe, expect, inject, test } from "vitest";
import { PublicationView } from "@/content";
import { loadContent } from "@/content/load";
import { themeListing } from "@/lib/routes";

const siteUrl = inject("siteUrl");
const index = PublicationView.of(loadContent(inject("siteContentDir")));
const newest = index.articles.slice(0, 20);
const parser = new Parser();

async function get(path: string, contentType: RegExp): Promise<string> {
  const response = await fetch(`${siteUrl}${path}`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(contentType);
  return response.text();
}

function expectAbsoluteArticleLink(link: string | undefined, slug: string) {
  const url = new URL(link!); // throws when relative
  expect(url.protocol).toMatch(/^https?:$/);
  expect(url.pathname).toBe(`/news/${slug}`);
}

describe.each([
  ["/feed.xml", /^application\/rss\+xml/],
  ["/atom.xml", /^application\/atom\+xml/],
])("%s", (path, contentType) => {
  test("parses, with the newest articles' titles, dates and absolute links", async () => {
    const feed = await parser.parseString(await get(path, contentType));
    expect(feed.title).toBe("HSD News");
    expect(feed.items.map((item) => item.title)).toEqual(newest.map((a) => a.title));
    feed.items.forEach((item, i) => {
      expectAbsoluteArticleLink(item.link, newest[i].slug);
      expect(new Date(item.isoDate!).getTime()).toBe((newest[i].updated ?? newest[i].date).epochMs);
    });
  });
});

test("/feed.json is JSON Feed 1.1 with the newest articles, dates, summaries, HTML and absolute links", async () => {
  const feed = JSON.parse(await get("/feed.json", /^application\/feed\+json/));
  expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
  expect(feed.title).toBe("HSD News");
  expect(feed.items.map((item: { title: string }) => item.title)).toEqual(newest.map((a) => a.title));
  feed.items.forEach(
    (item: { url: string; date_published: string; summary: string; content_html: string }, i: number) => {
      expectAbsoluteArticleLink(item.url, newest[i].slug);
      expect(new Date(item.date_published).getTime()).toBe(newest[i].date.epochMs);
      expect(item.summary).toBe(newest[i].summary);
      expect(item.content_html).toMatch(/^<p>/);
    },
  );
});

test("each theme has its own RSS feed with only that theme's articles; an unknown theme has none", async () => {
  for (const theme of index.catalogue.themes) {
    const feed = await parser.parseString(await get(`/themes/${theme.id}/feed.xml`, /^application\/rss\+xml/));
    expect(feed.items.map((item) => item.title)).toEqual(
      index
        .articlesIn(themeListing(theme.id))
        .slice(0, 20)
        .map((a) => a.title),
    );
  }
  expect((await fetch(`${siteUrl}/themes/no-such-theme/feed.xml`)).status).toBe(404);
});

test("the sitemap parses as XML and lists every article, listing, theme and partner page with lastModified", async () => {
  const xml = await get("/sitemap.xml", /xml/);
  const parsed = new XMLParser().parse(xml) as { urlset: { url: { loc: string; lastmod?: string }[] } };
  const entries = parsed.urlset.url;
  const paths = entries.map((entry) => new URL(entry.loc).pathname);
  for (const article of index.articles) expect(paths).toContain(`/news/${article.slug}`);
  for (const theme of index.catalogue.themes) expect(paths).toContain(`/themes/${theme.id}`);
  for (const partner of index.catalogue.partners) expect(paths).toContain(`/partners/${partner.id}`);
  expect(paths).toEqual(expect.arrayContaining(["/", "/news", "/news/page/2", "/themes", "/partners"]));
  expect(new Set(paths).size).toBe(paths.length);
  expect(paths).not.toContain("/search");
  const signing = entries.find((entry) => entry.loc.endsWith("/news/signing-of-smart-society-declaration"))!;
  expect(new Date(signing.lastmod!).getTime()).toBe(index.bySlug("signing-of-smart-society-declaration")!.date.epochMs);
  for (const entry of entries) expect(entry.lastmod).toBeTruthy();
});

test("robots.txt allows crawling and points to the sitemap", async () => {
  const robots = await get("/robots.txt", /^text\/plain/);
  expect(robots).toMatch(/^User-Agent: \*$/im);
  expect(robots).toMatch(/^Sitemap: https?:\/\/[^\s]+\/sitemap\.xml$/m);
});
