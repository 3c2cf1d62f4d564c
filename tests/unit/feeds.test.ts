import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { JSDOM } from "jsdom";
import Parser from "rss-parser";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PublicationView } from "@/content";
import { loadContent } from "@/content/load";
import { absolutizeHtml, siteFeed, themeFeed } from "@/publish/feeds";
import { ATOM_ELEMENTS, foreignElements, RSS_ELEMENTS, type ElementAllowList } from "../e2e/support/feed-formats";
import { sharingFixtureDir, sharingIndex } from "./sharing-fixture";

const SITE = "https://news.example.org";
let dir: string;
let index: PublicationView;

beforeAll(() => {
  process.env.SITE_URL = SITE;
  // The fixture plus 20 older articles: more than a feed holds.
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "hsd-feeds-"));
  fs.cpSync(sharingFixtureDir, dir, { recursive: true });
  for (let i = 1; i <= 20; i++) {
    const day = String(i).padStart(2, "0");
    fs.writeFileSync(
      path.join(dir, "news", `older-${day}.md`),
      `---\ntitle: Older item ${day}\ndate: 2023-01-${day}\nthemes: [cyber-security]\n---\n\nOlder text ${i}.\n`,
    );
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
    const feed = await parser.parseString(siteFeed(index, "en", format));
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
    const feed = await parser.parseString(siteFeed(index, "en", format));
    const item = feed.items.find((i) => i.title === "Municipalities meet on safe streets")! as Parser.Item & {
      contentEncoded?: string;
      summary?: string;
    };
    const html = format === "rss" ? item.contentEncoded! : item.content!;
    expect(html).toContain(`href="${SITE}/news/cyber-week-opens"`);
    expect(html).toContain(`src="${SITE}/images/map.png"`);
    const summary = format === "rss" ? item.content : item.summary;
    expect(summary).toContain("Mayors compare how they keep streets safe at night.");
  });

  test("a title with markup survives as text", async () => {
    const feed = await parser.parseString(siteFeed(index, "en", format));
    expect(feed.items.map((item) => item.title)).toContain(
      "Closing tags </script><script>alert('title')</script> in a title",
    );
  });
});

describe("JSON Feed 1.1", () => {
  test("is valid JSON with version 1.1, items, dates, summaries, HTML and absolute links", () => {
    const feed = JSON.parse(siteFeed(index, "en", "json"));
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
    const theme = index.catalogue.theme("urban-security")!;
    const feed = await parser.parseString(themeFeed(index, "en", theme));
    expect(feed.title).toBe("Urban Security: HSD News");
    expect(feed.link).toBe(`${SITE}/themes/urban-security`);
    expect(feed.items.map((item) => item.title)).toEqual(["Municipalities meet on safe streets"]);
  });
});

test("absolutizeHtml leaves absolute, protocol-relative and fragment links alone", () => {
  expect(
    absolutizeHtml('<a href="https://x.org/a">a</a><a href="//cdn.org/b">b</a><a href="#c">c</a><img src="/d.png">'),
  ).toBe(`<a href="https://x.org/a">a</a><a href="//cdn.org/b">b</a><a href="#c">c</a><img src="${SITE}/d.png">`);
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
        const xml = siteFeed(oddIndex, "en", format);
        // A browser's XML parser is strict where rss-parser and fast-xml-parser forgive (a raw `<` in an attribute).
        const parsed = new new JSDOM().window.DOMParser().parseFromString(xml, "application/xml");
        expect(parsed.querySelector("parsererror")?.textContent ?? null, format).toBeNull();
        expect(XMLValidator.validate(xml), format).toBe(true);
        const feed = await parser.parseString(xml);
        expect(feed.items[0].title, format).toBe("A ]]> title </title> with <script>x</script>");
      }
      const atom = new XMLParser({ ignoreAttributes: false }).parse(siteFeed(oddIndex, "en", "atom"));
      expect(atom.feed.entry.category["@_label"]).toBe('<b>"Odd" & </category> ]]> theme');
      const json = JSON.parse(siteFeed(oddIndex, "en", "json")) as { items: { title: string }[] };
      expect(json.items[0].title).toBe("A ]]> title </title> with <script>x</script>");
    } finally {
      fs.rmSync(hostile, { recursive: true, force: true });
    }
  });
});

/**
 * Feeds stay well-formed and inert for anything an editor can write. Each feed is read by
 * jsdom's strict, namespace-aware XML parser (not a forgiving feed reader), every element must belong
 * to the feed format, and every field must come back as exactly the text the editor wrote.
 */
/** Parses strictly; throws with the parser's message when the text is not well-formed XML. */
function strictXml(xml: string): Document {
  const doc = new new JSDOM().window.DOMParser().parseFromString(xml, "application/xml");
  const error = doc.querySelector("parsererror");
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
}

/** Every element that is not one of the format's own, and every attribute in a foreign namespace. */
function foreignNodes(doc: Document, allowed: ElementAllowList): string[] {
  const elements = [...doc.getElementsByTagName("*")];
  const attributes = elements.flatMap((element) =>
    [...element.attributes]
      .filter(
        (a) =>
          a.namespaceURI !== null &&
          a.namespaceURI !== "http://www.w3.org/XML/1998/namespace" &&
          a.namespaceURI !== "http://www.w3.org/2000/xmlns/",
      )
      .map((a) => `@${a.namespaceURI}|${a.localName}`),
  );
  return [
    ...foreignElements(
      elements.map((e) => `${e.namespaceURI ?? ""}|${e.localName}`),
      allowed,
    ),
    ...attributes,
  ];
}

/** What a feed reader that renders the value as HTML shows: the text, and any element the markup made. */
function asHtml(html: string): { text: string; elements: string[] } {
  const body = new JSDOM(`<body>${html}</body>`).window.document.body;
  return {
    text: body.textContent ?? "",
    elements: [...body.querySelectorAll("*")].map((e) => e.tagName.toLowerCase()),
  };
}

const INJECTED_TITLE = `A ]]> B ]]><x:script xmlns:x="http://www.w3.org/1999/xhtml">window.__pwned=1</x:script><![CDATA[`;
const HOSTILE_SUMMARY = `<img src=x onerror="window.__pwned='summary'"> ]]> & "quoted" 'apos' <b>bold</b>`;
const HOSTILE_AUTHOR = `"Q" & <A> ]]> 'R'`;
const HOSTILE_THEME = `Theme "T" & <i>i</i> ]]>`;

describe("hostile text in every field cannot break or inject into a feed", () => {
  let hostileDir: string;
  let hostileIndex: PublicationView;

  beforeAll(() => {
    hostileDir = fs.mkdtempSync(path.join(os.tmpdir(), "hsd-feeds-injection-"));
    fs.mkdirSync(path.join(hostileDir, "news"));
    fs.writeFileSync(
      path.join(hostileDir, "themes.yml"),
      `- id: odd\n  name: ${JSON.stringify(HOSTILE_THEME)}\n  description: ${JSON.stringify(`About <script>x</script> & ]]> "odd"`)}\n`,
    );
    fs.writeFileSync(path.join(hostileDir, "partners.yml"), "");
    fs.writeFileSync(
      path.join(hostileDir, "news", "injection.md"),
      [
        "---",
        `title: ${JSON.stringify(INJECTED_TITLE)}`,
        "date: 2024-01-02",
        `author: ${JSON.stringify(HOSTILE_AUTHOR)}`,
        `summary: ${JSON.stringify(HOSTILE_SUMMARY)}`,
        "themes: [odd]",
        "---",
        "",
        "An article about XML: a CDATA section ends with ]]> and this one quotes it twice: ]]>.",
        "",
        "```xml",
        "<![CDATA[ x ]]> ]]><script>window.__pwned='code'</script>",
        "```",
        "",
      ].join("\n"),
    );
    hostileIndex = sharingIndex(hostileDir);
  });

  afterAll(() => fs.rmSync(hostileDir, { recursive: true, force: true }));

  const xmlFeeds = [
    ["RSS", () => siteFeed(hostileIndex, "en", "rss"), RSS_ELEMENTS],
    ["Atom", () => siteFeed(hostileIndex, "en", "atom"), ATOM_ELEMENTS],
    ["theme RSS", () => themeFeed(hostileIndex, "en", hostileIndex.catalogue.theme("odd")!), RSS_ELEMENTS],
  ] as const;

  test.each(xmlFeeds)("%s is well-formed XML with no element outside the format", (_name, render, allowed) => {
    const doc = strictXml(render());
    expect(foreignNodes(doc, allowed)).toEqual([]);
  });

  test("RSS: title, author and category are the exact text; the summary is text even to a reader that renders HTML", () => {
    for (const xml of [
      siteFeed(hostileIndex, "en", "rss"),
      themeFeed(hostileIndex, "en", hostileIndex.catalogue.theme("odd")!),
    ]) {
      const item = strictXml(xml).querySelector("item")!;
      expect(item.querySelector("title")!.textContent).toBe(INJECTED_TITLE);
      expect(item.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "creator")[0]?.textContent).toBe(
        HOSTILE_AUTHOR,
      );
      expect(item.querySelector("category")!.textContent).toBe(HOSTILE_THEME);
      const summary = asHtml(item.querySelector("description")!.textContent ?? "");
      expect(summary).toEqual({ text: HOSTILE_SUMMARY, elements: [] });
      const body = asHtml(
        item.getElementsByTagNameNS("http://purl.org/rss/1.0/modules/content/", "encoded")[0].textContent ?? "",
      );
      expect(body.text).toContain("quotes it twice: ]]>.");
      expect(body.text).toContain("<script>window.__pwned='code'</script>");
      expect(body.elements).not.toContain("script");
    }
  });

  test("the theme feed's own title and description are text", () => {
    const channel = strictXml(themeFeed(hostileIndex, "en", hostileIndex.catalogue.theme("odd")!)).querySelector(
      "channel",
    )!;
    expect(channel.querySelector(":scope > title")!.textContent).toBe(`${HOSTILE_THEME}: HSD News`);
    expect(asHtml(channel.querySelector(":scope > description")!.textContent ?? "")).toEqual({
      text: `About <script>x</script> & ]]> "odd"`,
      elements: [],
    });
  });

  test("Atom: title and summary are sent as text (type text), the body as escaped HTML", () => {
    const entry = strictXml(siteFeed(hostileIndex, "en", "atom")).querySelector("entry")!;
    const title = entry.querySelector("title")!;
    const summary = entry.querySelector("summary")!;
    expect([title.getAttribute("type") ?? "text", title.textContent]).toEqual(["text", INJECTED_TITLE]);
    expect([summary.getAttribute("type") ?? "text", summary.textContent]).toEqual(["text", HOSTILE_SUMMARY]);
    expect(entry.querySelector("author > name")!.textContent).toBe(HOSTILE_AUTHOR);
    expect(entry.querySelector("category")!.getAttribute("label")).toBe(HOSTILE_THEME);
    const content = entry.querySelector("content")!;
    expect(content.getAttribute("type")).toBe("html");
    const body = asHtml(content.textContent ?? "");
    expect(body.text).toContain("quotes it twice: ]]>.");
    expect(body.elements).not.toContain("script");
  });

  test("JSON Feed carries the same fields as text", () => {
    const item = JSON.parse(siteFeed(hostileIndex, "en", "json")).items[0];
    expect(item.title).toBe(INJECTED_TITLE);
    expect(item.summary).toBe(HOSTILE_SUMMARY);
    expect(item.authors).toEqual([{ name: HOSTILE_AUTHOR }]);
    expect(item.tags).toEqual([HOSTILE_THEME]);
  });

  test("characters XML 1.0 forbids never reach a feed, even past the content check", () => {
    // `npm run check` refuses these (tests/unit/check-rules.test.ts); this is the feed's own last line of defence.
    const content = loadContent(hostileDir, { warnings: false });
    const [first] = content.articles;
    (first as { title: string }).title = "Bell\u0007 vertical tab\u000b NUL\u0000 lone surrogate \ud800 end";
    const unchecked = PublicationView.of(content);
    for (const xml of [siteFeed(unchecked, "en", "rss"), siteFeed(unchecked, "en", "atom")]) {
      const title = strictXml(xml).querySelector("item > title, entry > title")!.textContent;
      expect(title).toBe("Bell\ufffd vertical tab\ufffd NUL\ufffd lone surrogate \ufffd end");
    }
  });
});

describe("the Dutch edition's feeds", () => {
  test("RSS: Dutch title, description and language, Dutch addresses; articles without a translation in English", () => {
    const rss = new XMLParser({ ignoreAttributes: false }).parse(siteFeed(index, "nl", "rss")).rss.channel;
    expect(rss.title).toBe("HSD Nieuws");
    expect(rss.language).toBe("nl");
    expect(rss.link).toBe(`${SITE}/nl`);
    expect(rss.description).toContain("het Nederlandse veiligheidscluster");
    expect(rss["atom:link"]["@_href"]).toBe(`${SITE}/nl/feed.xml`);
    expect(rss.image.url).toBe(`${SITE}/nl/preview.png`);
    expect(rss.item[0].link).toBe(`${SITE}/nl/nieuws/${index.articles[0].slug}`);
    expect(rss.item[0].title).toBe(index.articles[0].title);
  });

  test("Atom: the feed is xml:lang nl, each untranslated entry says it is English", () => {
    const feed = new XMLParser({ ignoreAttributes: false }).parse(siteFeed(index, "nl", "atom")).feed;
    expect(feed["@_xml:lang"]).toBe("nl");
    expect(feed.title["#text"]).toBe("HSD Nieuws");
    expect(feed.entry.map((entry: Record<string, string>) => entry["@_xml:lang"])).toEqual(Array(20).fill("en"));
    // The English feed's entries need no language of their own.
    const english = new XMLParser({ ignoreAttributes: false }).parse(siteFeed(index, "en", "atom")).feed;
    expect(english.entry.map((entry: Record<string, string>) => entry["@_xml:lang"])).toEqual(
      Array(20).fill(undefined),
    );
  });

  test("JSON Feed: language nl, each untranslated item language en, Dutch addresses", () => {
    const feed = JSON.parse(siteFeed(index, "nl", "json"));
    expect([feed.title, feed.language, feed.home_page_url, feed.feed_url]).toEqual([
      "HSD Nieuws",
      "nl",
      `${SITE}/nl`,
      `${SITE}/nl/feed.json`,
    ]);
    expect(new Set(feed.items.map((item: { language: string }) => item.language))).toEqual(new Set(["en"]));
    expect(feed.items[0].url).toBe(`${SITE}/nl/nieuws/${index.articles[0].slug}`);
    expect(JSON.parse(siteFeed(index, "en", "json")).items.every((item: object) => !("language" in item))).toBe(true);
  });

  test("a theme's Dutch feed: Dutch title and description, Dutch theme addresses", () => {
    const theme = index.catalogue.theme("cyber-security")!;
    const rss = new XMLParser({ ignoreAttributes: false }).parse(themeFeed(index, "nl", theme)).rss.channel;
    expect(rss.title).toBe(`${theme.name}: HSD Nieuws`);
    expect(rss.link).toBe(`${SITE}/nl/themas/cyber-security`);
    expect(rss["atom:link"]["@_href"]).toBe(`${SITE}/nl/themas/cyber-security/feed.xml`);
    const categories = [rss.item].flat().flatMap((item: { category?: unknown }) => [item.category ?? []].flat()) as {
      "@_domain": string;
    }[];
    expect(categories.length).toBeGreaterThan(0);
    for (const category of categories) expect(category["@_domain"]).toMatch(new RegExp(`^${SITE}/nl/themas/`));
  });
});
