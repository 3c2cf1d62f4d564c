/**
 * Hostile articles (tests/fixtures/hostile) built into a site of their own and
 * opened in Chromium: no script from content runs, no dialog opens, no
 * navigation happens, no element carries an on* attribute, every link is
 * http(s), mailto or relative, and the hostile text is shown as text.
 */
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ATOM_ELEMENTS, foreignElements, RSS_ELEMENTS, type ElementAllowList } from "./support/feed-formats";
import { buildSiteOrThrow, launchBrowser, projectRoot, startSite, type RunningSite } from "./support/site";

const fixture = path.join(projectRoot, "tests/fixtures/hostile");
const articlePaths = fs
  .readdirSync(path.join(fixture, "news"))
  .filter((name) => name.endsWith(".md"))
  .map((name) => `/news/${name.slice(0, -".md".length)}`);
/** Where the crawl starts; every same-site link found on these pages is followed too, so new page types are covered. */
const startPaths = ["/", "/news", "/accessibility", "/news/no-such-article", ...articlePaths];
const crawlLimit = 60;

let site: RunningSite;
let browser: Browser;

interface PageReport {
  path: string;
  status: number;
  dialogs: string[];
  navigations: string[];
  pwned: unknown;
  frames: number;
  handlerAttributes: string[];
  badLinks: string[];
  badUrls: string[];
  forbiddenElements: string[];
  jsonLdErrors: string[];
  links: string[];
  headingText: string;
  documentTitle: string;
  description: string | null;
}

const reports = new Map<string, PageReport>();

async function inspect(page: Page, pagePath: string): Promise<PageReport> {
  const dialogs: string[] = [];
  const navigations: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) navigations.push(frame.url());
  });
  const response = await page.goto(`${site.url}${pagePath}`, { waitUntil: "networkidle" });
  // Give delayed payloads (meta refresh, timers, lazy images) their chance.
  await page.mouse.move(200, 300);
  await page.keyboard.press("Tab");
  await page.waitForTimeout(700);
  const found = await page.evaluate(() => {
    // The site's own calendar subscription (webcal://<site>/events.ics) is the one other scheme a page may link to.
    const siteHost = new URL(document.querySelector<HTMLLinkElement>("link[rel='canonical']")?.href ?? location.href)
      .host;
    const isSafeLink = (value: string) => {
      try {
        const url = new URL(value, location.href);
        return (
          ["http:", "https:", "mailto:"].includes(url.protocol) || (url.protocol === "webcal:" && url.host === siteHost)
        );
      } catch {
        return false;
      }
    };
    const isSafeResource = (value: string) => {
      try {
        return ["http:", "https:"].includes(new URL(value, location.href).protocol);
      } catch {
        return false;
      }
    };
    const all = [...document.querySelectorAll("*")];
    const handlerAttributes = all.flatMap((element) =>
      [...element.attributes]
        .filter((a) => /^on/i.test(a.name))
        .map((a) => `<${element.tagName.toLowerCase()} ${a.name}>`),
    );
    const badLinks = [...document.querySelectorAll("a, area")]
      .map((element) => element.getAttribute("href") ?? element.getAttribute("xlink:href"))
      .filter((href): href is string => href !== null && !isSafeLink(href));
    const badUrls = all.flatMap((element) =>
      ["src", "action", "formaction", "data", "poster", "background", "xlink:href", "srcdoc"]
        .map((name) => [name, element.getAttribute(name)] as const)
        .filter(([name, value]) => value !== null && (name === "srcdoc" || !isSafeResource(value)))
        .map(([name, value]) => `<${element.tagName.toLowerCase()} ${name}="${value}">`),
    );
    const forbidden = [
      "main script:not([type='application/ld+json'])",
      "body > script[src]:not([src^='/_next/'])",
      "iframe",
      "frame",
      "object",
      "embed",
      "applet",
      "form:not([role='search'])",
      "base",
      "meta[http-equiv]",
      "body style",
      "body link",
      "main svg script",
      "main [style]",
    ];
    const forbiddenElements = forbidden.flatMap((selector) =>
      [...document.querySelectorAll(selector)].map(() => selector),
    );
    const jsonLdErrors = [...document.querySelectorAll("script[type='application/ld+json']")].flatMap((script) => {
      try {
        JSON.parse(script.textContent ?? "");
        return [];
      } catch (error) {
        return [String(error)];
      }
    });
    return {
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      handlerAttributes,
      badLinks,
      badUrls,
      forbiddenElements,
      jsonLdErrors,
      links: [...document.querySelectorAll("a[href]")].map((a) => (a as HTMLAnchorElement).href),
      headingText: document.querySelector("h1")?.textContent ?? "",
      documentTitle: document.title,
      description: document.querySelector("meta[name='description']")?.getAttribute("content") ?? null,
    };
  });
  return {
    path: pagePath,
    status: response?.status() ?? 0,
    dialogs,
    navigations: navigations.filter((url) => url !== `${site.url}${pagePath}`),
    frames: page.frames().length,
    ...found,
  };
}

beforeAll(async () => {
  const distDir = buildSiteOrThrow({ name: "hostile", contentDir: fixture });
  site = await startSite({ distDir, contentDir: fixture });
  browser = await launchBrowser();
  const queue = [...startPaths];
  const seen = new Set(queue);
  while (queue.length > 0 && reports.size < crawlLimit) {
    const pagePath = queue.shift() as string;
    const page = await browser.newPage();
    try {
      const report = await inspect(page, pagePath);
      reports.set(pagePath, report);
      for (const link of report.links) {
        const url = new URL(link);
        // Calendar files (.ics) are downloads, not pages: the browser cannot open them as a page.
        if (
          url.origin !== site.url ||
          url.pathname.startsWith("/_next/") ||
          url.pathname.endsWith(".ics") ||
          seen.has(url.pathname)
        )
          continue;
        seen.add(url.pathname);
        queue.push(url.pathname);
      }
    } finally {
      await page.close();
    }
  }
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

describe("no payload from content does anything", () => {
  test("every page answered: the crawl covered the start pages and the pages they link to", () => {
    for (const start of startPaths) expect(reports.has(start), start).toBe(true);
    const failed = [...reports.values()]
      .filter((r) => r.status >= 500 || r.status === 0)
      .map((r) => `${r.path}: ${r.status}`);
    expect(failed).toEqual([]);
    for (const article of articlePaths) expect(reports.get(article)?.status, article).toBe(200);
  });

  test("no script from content ran: no dialog, window.__pwned unset, no extra frame", () => {
    const ran = [...reports.values()].filter((r) => r.dialogs.length > 0 || r.pwned !== undefined || r.frames !== 1);
    expect(ran.map((r) => ({ path: r.path, dialogs: r.dialogs, pwned: r.pwned, frames: r.frames }))).toEqual([]);
  });

  test("no navigation happened (no meta refresh, no base, no script)", () => {
    expect(
      [...reports.values()]
        .filter((r) => r.navigations.length > 0)
        .map((r) => `${r.path} -> ${r.navigations.join(", ")}`),
    ).toEqual([]);
  });

  test("no element carries an on* attribute", () => {
    expect([...reports.values()].flatMap((r) => r.handlerAttributes.map((a) => `${r.path}: ${a}`))).toEqual([]);
  });

  test("every link is http(s), mailto or relative; every other URL is http(s) or relative", () => {
    expect([...reports.values()].flatMap((r) => r.badLinks.map((href) => `${r.path}: ${href}`))).toEqual([]);
    expect([...reports.values()].flatMap((r) => r.badUrls.map((url) => `${r.path}: ${url}`))).toEqual([]);
  });

  test("no iframe, object, embed, form, base, meta refresh, style or script from content", () => {
    expect([...reports.values()].flatMap((r) => r.forbiddenElements.map((s) => `${r.path}: ${s}`))).toEqual([]);
  });

  test("structured data, when present, is still valid JSON", () => {
    expect([...reports.values()].flatMap((r) => r.jsonLdErrors.map((e) => `${r.path}: ${e}`))).toEqual([]);
  });

  test("hostile front matter is shown as text in the heading, the title and the description", () => {
    const report = reports.get("/news/hostile-front-matter");
    expect(report?.headingText).toContain(`</title><script>window.__pwned="title"</script>`);
    expect(report?.documentTitle).toContain(`<script>window.__pwned="title"</script>`);
    expect(report?.description).toContain(`<script>window.__pwned="summary"</script>`);
  });

  test("the article bodies kept their harmless text and links", () => {
    const links = reports.get("/news/hostile-links")?.links ?? [];
    expect(links).toContain("https://example.org/fine");
    expect(links).toContain("mailto:editor@example.org");
    expect(links).toContain(`${site.url}/news`);
  });
});

describe("feeds stay well-formed and inert", () => {
  const xmlFeeds: [string, ElementAllowList][] = [
    ["/feed.xml", RSS_ELEMENTS],
    ["/atom.xml", ATOM_ELEMENTS],
    ["/themes/hostile-theme/feed.xml", RSS_ELEMENTS],
    ["/themes/quiet-theme/feed.xml", RSS_ELEMENTS],
  ];
  const feedTitle = `A ]]> B ]]><x:script xmlns:x="http://www.w3.org/1999/xhtml">fetch("/__pwned?feed-title");window.__pwned="feed-title"</x:script><![CDATA[`;

  test("/feed.json is valid JSON carrying the hostile titles as text", async () => {
    const response = await fetch(`${site.url}/feed.json`);
    expect(response.status).toBe(200);
    const feed = JSON.parse(await response.text()) as { items: { title: string; url: string }[] };
    expect(feed.items.some((item) => item.title.includes(`<script>window.__pwned="title"</script>`))).toBe(true);
    expect(feed.items.map((item) => item.title)).toContain(feedTitle);
    for (const item of feed.items) expect(new URL(item.url).protocol).toMatch(/^https?:$/);
  });

  test.for(xmlFeeds)(
    "%s: Chromium's strict XML parser reads it, every element is the format's own, titles are text",
    async ([feedPath, allowed]) => {
      const response = await fetch(`${site.url}${feedPath}`);
      expect(response.status).toBe(200);
      const xml = await response.text();
      const page = await browser.newPage();
      try {
        const parsed = await page.evaluate((text) => {
          const doc = new DOMParser().parseFromString(text, "application/xml");
          return {
            error: doc.querySelector("parsererror")?.textContent ?? null,
            elements: [...doc.getElementsByTagName("*")].map((e) => `${e.namespaceURI ?? ""}|${e.localName}`),
            titles: [...doc.querySelectorAll("item > title, entry > title")].map((e) => e.textContent),
          };
        }, xml);
        expect(parsed.error).toBeNull();
        expect(foreignElements(parsed.elements, allowed)).toEqual([]);
        expect(parsed.titles).toContain(feedTitle);
        expect(parsed.titles.some((title) => title?.includes(`<script>window.__pwned="title"</script>`))).toBe(true);
      } finally {
        await page.close();
      }
    },
  );

  test("/sitemap.xml is well-formed XML", async () => {
    const xml = await (await fetch(`${site.url}/sitemap.xml`)).text();
    const page = await browser.newPage();
    try {
      expect(
        await page.evaluate(
          (text) =>
            new DOMParser().parseFromString(text, "application/xml").querySelector("parsererror")?.textContent ?? null,
          xml,
        ),
      ).toBeNull();
    } finally {
      await page.close();
    }
  });

  /** Opens a feed in Chromium, as served, or with only its body (no headers) to show the document alone is inert. */
  async function scriptRunsIn(feedPath: string, bodyOnly: boolean): Promise<string[]> {
    const page = await browser.newPage();
    const ran: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/__pwned")) ran.push(new URL(request.url()).search);
    });
    page.on("dialog", (dialog) => {
      ran.push(`dialog ${dialog.message()}`);
      void dialog.dismiss();
    });
    try {
      const url = `${site.url}${feedPath}`;
      if (bodyOnly) {
        const served = await fetch(url);
        const body = await served.text();
        // As a plain XML (or JSON) document, without the file policy next.config.ts adds.
        const contentType = feedPath.endsWith(".json") ? "application/json" : "application/xml";
        await page.route(url, (route) => route.fulfill({ status: 200, contentType, body }));
      }
      await page.goto(url, { waitUntil: "load" });
      await page.waitForTimeout(300);
      const pwned = await page
        .evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)
        .catch(() => undefined);
      if (pwned !== undefined) ran.push(`window.__pwned=${String(pwned)}`);
    } finally {
      await page.close();
    }
    return ran;
  }

  test.for([...xmlFeeds.map(([feedPath]) => feedPath), "/feed.json", "/sitemap.xml"])(
    "%s opened in Chromium runs no script, with or without its headers",
    async (feedPath) => {
      expect(await scriptRunsIn(feedPath, false)).toEqual([]);
      expect(await scriptRunsIn(feedPath, true)).toEqual([]);
    },
  );
});
