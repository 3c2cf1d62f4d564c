import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { JSDOM } from "jsdom";
import Parser from "rss-parser";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { ContentIndex } from "@/content";
import { absolutizeHtml, siteFeed, themeFeed } from "@/lib/feeds";
import { sharingFixtureDir, sharingIndex } from "./sharing-fixture";

const SITE = "https://news.example.org";
let dir: string;
let index: ContentIndex;

beforeAll(() => {
  process.env.SITE_URL = SITE;
  // The fixture plus 20 older articles: more than a feed holds.
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "hsd-feeds-"));
  fs.cpSync(sharingFixtureDir, dir, { recursive: true });
  for (let i = 1; i <= 20; i++) {
    const day = String(i).padStart(2, "0");
    fs.writeFileSync(path.join(dir, "news", `older-${day}.md`), `---\ntitle: Older item ${day}\ndate: 2023-01-${day}\nthemes: [cyber-security]\n---\n\nOlder text ${i}.\n`);
  }
  index = sharingIndex(dir);
});

afterAll(() => {
  delete process.env.SITE_URL;
  fs.rmSync(dir, { recursive: true, force: true });
});

const parser = new Parser({ customFields: { item: [["content:encoded", "contentEncoded"]] } });

describe.each(["rss", "atom"] as const)("%s feed, parsed by rss-parser", (format) => {
  test("holds the newest 20 articles, newest first, with titles, dates and absolute links", async () => {
    const feed = await parser.parseString(siteFeed(index, format));
    expect(feed.title).toBe("HSD News");
    expect(feed.items).toHaveLength(20);
    const expected = index.articles.slice(0, 20);
    expect(feed.items.map((item) => item.title)).toEqual(expected.map((a) => a.title));
    expect(feed.items.map((item) => item.link)).toEqual(expected.map((a) => `${SITE}/news/${a.slug}`));
    const cyberWeek = feed.items.find((item) => item.title === "Cyber Security Week opens in The Hague")!;
    expect(new Date(cyberWeek.isoDate!).toISOString()).toBe("2024-09-29T22:00:00.000Z"); // midnight in Amsterdam
    expect(feed.items.map((item) => item.title)).not.toContain("Older item 01");
  });

  test("carries the summary and the full HTML, with site-relative links made absolute", async () => {
    const feed = await parser.parseString(siteFeed(index, format));
    const item = feed.items.find((i) => i.title === "Municipalities meet on safe streets")! as Parser.Item & { contentEncoded?: string; summary?: string };
    const html = format === "rss" ? item.contentEncoded! : item.content!;
    expect(html).toContain(`href="${SITE}/news/cyber-week-opens"`);
    expect(html).toContain(`src="${SITE}/images/map.png"`);
    const summary = format === "rss" ? item.content : item.summary;
    expect(summary).toContain("Mayors compare how they keep streets safe at night.");
  });

  test("a title with markup survives as text", async () => {
    const feed = await parser.parseString(siteFeed(index, format));
    expect(feed.items.map((item) => item.title)).toContain("Closing tags </script><script>alert('title')</script> in a title");
  });
});

describe("JSON Feed 1.1", () => {
  test("is valid JSON with version 1.1, items, dates, summaries, HTML and absolute links", () => {
    const feed = JSON.parse(siteFeed(index, "json"));
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.title).toBe("HSD News");
    expect(feed.home_page_url).toBe(`${SITE}/`);
    expect(feed.feed_url).toBe(`${SITE}/feed.json`);
    expect(feed.items).toHaveLength(20);
    const item = feed.items.find((i: { title: string }) => i.title === "Municipalities meet on safe streets");
    expect(item.url).toBe(`${SITE}/news/municipalities-meet`);
    expect(item.id).toBe(item.url);
    expect(item.date_published).toBe("2024-08-15T12:30:00.000Z");
    expect(item.date_modified).toBe("2024-08-19T22:00:00.000Z");
    expect(item.summary).toBe("Mayors compare how they keep streets safe at night.");
    expect(item.content_html).toContain(`href="${SITE}/news/cyber-week-opens"`);
    expect(item.authors).toEqual([{ name: "The Hague Security Delta" }]);
    expect(item.author).toBeUndefined();
    for (const i of feed.items) expect(i.url).toMatch(/^https:\/\/news\.example\.org\/news\/[a-z0-9-]+$/);
  });
});

describe("theme feed", () => {
  test("lists only that theme's articles and links to the theme page", async () => {
    const theme = index.theme("urban-security")!;
    const feed = await parser.parseString(themeFeed(index, theme));
    expect(feed.title).toBe("Urban Security: HSD News");
    expect(feed.link).toBe(`${SITE}/themes/urban-security`);
    expect(feed.items.map((item) => item.title)).toEqual(["Municipalities meet on safe streets"]);
  });
});

test("absolutizeHtml leaves absolute, protocol-relative and fragment links alone", () => {
  expect(absolutizeHtml('<a href="https://x.org/a">a</a><a href="//cdn.org/b">b</a><a href="#c">c</a><img src="/d.png">')).toBe(
    `<a href="https://x.org/a">a</a><a href="//cdn.org/b">b</a><a href="#c">c</a><img src="${SITE}/d.png">`,
  );
});

describe("markup in theme names and titles cannot break a feed", () => {
  test("every format stays well-formed and carries the names as text", async () => {
    const hostile = fs.mkdtempSync(path.join(os.tmpdir(), "hsd-feeds-hostile-"));
    try {
      fs.mkdirSync(path.join(hostile, "news"));
      fs.writeFileSync(path.join(hostile, "themes.yml"), `- id: odd\n  name: '<b>"Odd" & </category> ]]> theme'\n`);
      fs.writeFileSync(path.join(hostile, "partners.yml"), "");
      fs.writeFileSync(
        path.join(hostile, "news", "odd.md"),
        `---\ntitle: 'A ]]> title </title> with <script>x</script>'\ndate: 2024-01-01\nthemes: [odd]\n---\n\nText ]]> with <b>markup</b>.\n`,
      );
      const oddIndex = sharingIndex(hostile);
      for (const format of ["rss", "atom"] as const) {
        const xml = siteFeed(oddIndex, format);
        // A browser's XML parser is strict where rss-parser and fast-xml-parser forgive (a raw `<` in an attribute).
        const parsed = new new JSDOM().window.DOMParser().parseFromString(xml, "application/xml");
        expect(parsed.querySelector("parsererror")?.textContent ?? null, format).toBeNull();
        expect(XMLValidator.validate(xml), format).toBe(true);
        const feed = await parser.parseString(xml);
        expect(feed.items[0].title, format).toBe("A ]]> title </title> with <script>x</script>");
      }
      const atom = new XMLParser({ ignoreAttributes: false }).parse(siteFeed(oddIndex, "atom"));
      expect(atom.feed.entry.category["@_label"]).toBe('<b>"Odd" & </category> ]]> theme');
      const json = JSON.parse(siteFeed(oddIndex, "json")) as { items: { title: string }[] };
      expect(json.items[0].title).toBe("A ]]> title </title> with <script>x</script>");
    } finally {
      fs.rmSync(hostile, { recursive: true, force: true });
    }
  });
});
