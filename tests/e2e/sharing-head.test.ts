/**
 * What link previews, crawlers and feed readers see in each page type's head,
 * read from the main e2e site in Chromium.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { launchBrowser } from "./support/site";

const siteUrl = inject("siteUrl");
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
});

interface Head {
  canonicals: string[];
  meta: Record<string, string[]>;
  alternates: { type: string; href: string }[];
  jsonLd: string[];
  metaInBody: number;
}

async function readHead(path: string): Promise<Head> {
  const response = await page.goto(`${siteUrl}${path}`);
  expect(response?.status(), path).toBe(200);
  return page.evaluate(() => {
    const meta: Record<string, string[]> = {};
    for (const el of document.head.querySelectorAll("meta[property], meta[name]")) {
      const key = el.getAttribute("property") ?? el.getAttribute("name")!;
      (meta[key] ??= []).push(el.getAttribute("content") ?? "");
    }
    return {
      canonicals: [...document.querySelectorAll('link[rel="canonical"]')].map((el) => el.getAttribute("href")!),
      meta,
      alternates: [...document.head.querySelectorAll('link[rel="alternate"]')].map((el) => ({
        type: el.getAttribute("type")!,
        href: el.getAttribute("href")!,
      })),
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((el) => el.textContent ?? ""),
      metaInBody: document.body.querySelectorAll('meta[property^="og:"], link[rel="canonical"]').length,
    };
  });
}

function absolute(url: string | undefined): URL {
  expect(url).toBeTruthy();
  const parsed = new URL(url!); // throws on a relative URL
  expect(parsed.protocol).toMatch(/^https?:$/);
  return parsed;
}

const pages: [kind: string, path: string, ogType: "website" | "article"][] = [
  ["home", "/", "website"],
  ["news listing", "/news", "website"],
  ["news listing page 2", "/news/page/2", "website"],
  ["article", "/news/signing-of-smart-society-declaration", "article"],
  ["themes", "/themes", "website"],
  ["theme", "/themes/cyber-security", "website"],
  ["partners", "/partners", "website"],
  ["partner", "/partners/vng", "website"],
  ["search", "/search?q=smart", "website"],
];

describe.each(pages)("%s page (%s)", (_kind, path, ogType) => {
  test("has exactly one absolute canonical, matching og:url, in the head", async () => {
    const head = await readHead(path);
    expect(head.canonicals).toHaveLength(1);
    expect(absolute(head.canonicals[0]).pathname).toBe(path.split("?")[0]);
    expect(head.meta["og:url"]).toEqual(head.canonicals);
    expect(head.metaInBody).toBe(0);
  });

  test(`has og:type ${ogType}, title, description, site name, an absolute image with alt, and a large Twitter card`, async () => {
    const head = await readHead(path);
    expect(head.meta["og:type"]).toEqual([ogType]);
    expect(head.meta["og:title"]?.[0]).toBeTruthy();
    expect(head.meta["og:description"]?.[0]).toBeTruthy();
    expect(head.meta["og:site_name"]).toEqual(["HSD News"]);
    expect(head.meta["og:image"]).toHaveLength(1);
    absolute(head.meta["og:image"][0]);
    expect(head.meta["og:image:alt"]?.[0]).toBeTruthy();
    expect(head.meta["og:image:width"]).toEqual(["1200"]);
    expect(head.meta["og:image:height"]).toEqual(["630"]);
    expect(head.meta["twitter:card"]).toEqual(["summary_large_image"]);
    expect(head.meta["twitter:image"]).toEqual(head.meta["og:image"]);
    expect(head.meta["twitter:image:alt"]?.[0]).toBeTruthy();
    expect(head.meta["twitter:title"]?.[0]).toBeTruthy();
  });

  test("announces the RSS, Atom and JSON feeds", async () => {
    const head = await readHead(path);
    const types = head.alternates.map((link) => `${link.type} ${new URL(link.href, siteUrl).pathname}`);
    expect(types).toEqual(
      expect.arrayContaining([
        "application/rss+xml /feed.xml",
        "application/atom+xml /atom.xml",
        "application/feed+json /feed.json",
      ]),
    );
  });
});

test("an article's head carries its dates, author, themes and a NewsArticle that parses as JSON", async () => {
  const head = await readHead("/news/signing-of-smart-society-declaration");
  expect(head.meta["article:published_time"]).toEqual(["2019-03-20T00:00:00+01:00"]);
  expect(head.meta["article:modified_time"]).toEqual(["2019-03-20T00:00:00+01:00"]);
  expect(head.meta["article:author"]).toEqual(["HSD Foundation"]);
  expect(head.meta["article:tag"]).toEqual([
    "Smart Society",
    "Smart Cities & Urban Security",
    "Cyber Security",
    "Cooperation",
  ]);
  expect(head.meta["og:image"][0]).toMatch(/\/news\/signing-of-smart-society-declaration\/preview\.png$/);
  expect(head.jsonLd).toHaveLength(1);
  const data = JSON.parse(head.jsonLd[0]);
  expect(data["@type"]).toBe("NewsArticle");
  expect(data.headline).toBe("Signing of Smart Society Declaration");
  expect(data.datePublished).toBe("2019-03-20T00:00:00+01:00");
  expect(data.author.name).toBe("HSD Foundation");
  expect(data.publisher.name).toBe("The Hague Security Delta");
  absolute(data.publisher.logo.url);
  expect(data.image).toEqual(head.meta["og:image"]);
  expect(data.mainEntityOfPage["@id"]).toBe(head.canonicals[0]);
});

test("the home page describes the WebSite and the Organization in JSON-LD", async () => {
  const head = await readHead("/");
  expect(head.jsonLd).toHaveLength(1);
  const graph = JSON.parse(head.jsonLd[0])["@graph"] as { "@type": string; url: string }[];
  expect(graph.map((node) => node["@type"]).sort()).toEqual(["Organization", "WebSite"]);
  for (const node of graph) absolute(node.url);
});

test("a theme page also announces its own feed", async () => {
  const head = await readHead("/themes/cyber-security");
  expect(head.alternates.map((link) => new URL(link.href, siteUrl).pathname)).toContain(
    "/themes/cyber-security/feed.xml",
  );
});

/** Width and height from a PNG's IHDR chunk, which always comes first. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(new TextDecoder().decode(bytes.subarray(12, 16))).toBe("IHDR");
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe("preview images", () => {
  test.each(["/news/signing-of-smart-society-declaration", "/news/archive-item-3", "/"])(
    "the og:image of %s is a 1200x630 PNG of reasonable size",
    async (path) => {
      const head = await readHead(path);
      // The head names the public address (SITE_URL); fetch the same path from the test server.
      const imagePath = absolute(head.meta["og:image"][0]).pathname;
      const response = await fetch(`${siteUrl}${imagePath}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/png");
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
      expect(bytes.byteLength).toBeGreaterThan(5_000); // not blank
      expect(bytes.byteLength).toBeLessThan(300_000); // small enough for every preview crawler
    },
  );

  test("a second request for a card is served from the cache, and unknown articles have none", async () => {
    const url = `${siteUrl}/news/archive-item-7/preview.png`;
    await fetch(url);
    const again = await fetch(url);
    expect(again.status).toBe(200);
    expect(again.headers.get("x-nextjs-cache")).toBe("HIT");
    expect(again.headers.get("cache-control")).toMatch(/max-age=\d{4,}/);
    expect((await fetch(`${siteUrl}/news/no-such-article/preview.png`)).status).toBe(404);
  });

  test("the publisher logo is a square PNG", async () => {
    const response = await fetch(`${siteUrl}/logo.png`);
    expect(pngSize(new Uint8Array(await response.arrayBuffer()))).toEqual({ width: 512, height: 512 });
  });
});
