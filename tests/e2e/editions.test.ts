/**
 * The two editions in Chromium, on the main e2e site: `<html lang>` on every page type, the
 * language switch on every page leading to the same page in the other edition (both ways, never
 * to a home page unless from one), every English part of a Dutch page marked `lang="en"` (the
 * real content has one Dutch translation, of the Smart Society Declaration; every other article's
 * text is English on the Dutch pages), Dutch 404s, and what the heads, sitemap and feeds of the
 * two editions tell machines.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { PublicationView } from "@/content";
import { loadContent } from "@/content/load";
import { pageTypes } from "./support/pages";
import { launchBrowser } from "./support/site";

const siteUrl = inject("siteUrl");
const index = PublicationView.of(loadContent(inject("siteContentDir")));
const TRANSLATED = "signing-of-smart-society-declaration";
const UNTRANSLATED = "g5-smart-city-agenda-2019-2020";
/** Everything the Dutch translations say (titles, summaries, Markdown bodies): the only article text a Dutch page may leave unmarked. */
const dutchArticleText = index.articles
  .flatMap((article) => (article.translations?.nl ? [article.translations.nl] : []))
  .map((translation) => [translation.title, translation.summary, translation.markdown].join("\n"))
  .join("\n");
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
});

/** The language switch: the link with an hreflang in the main content. */
function languageSwitch() {
  return page.locator("main a[hreflang]");
}

describe("the language switch leads to the same page in the other edition, both ways", () => {
  const withSwitch = pageTypes.filter((type) => type.counterpart);

  test.each(withSwitch)("$name ($path)", async ({ path, edition = "en", counterpart }) => {
    const response = await page.goto(`${siteUrl}${path}`);
    expect(response?.status()).toBe(200);
    const other = edition === "en" ? "nl" : "en";
    await expect(languageSwitch().count()).resolves.toBe(1);
    const link = languageSwitch();
    await expect(link.getAttribute("href")).resolves.toBe(counterpart);
    await expect(link.getAttribute("hreflang")).resolves.toBe(other);
    await expect(link.getAttribute("lang")).resolves.toBe(other);
    await expect(link.textContent()).resolves.toBe(other === "nl" ? "Nederlands" : "English");
    await link.click();
    await page.waitForURL((url) => `${url.pathname}${url.search}` === counterpart);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(other);
    // And back: the counterpart's switch leads to where we came from.
    await expect(languageSwitch().getAttribute("href")).resolves.toBe(path);
  });

  test.each(pageTypes.filter((type) => type.status === 404))(
    "no switch on a 404: $name ($path)",
    async ({ path, edition = "en" }) => {
      const response = await page.goto(`${siteUrl}${path}`);
      expect(response?.status()).toBe(404);
      await page.locator("main h1").waitFor();
      await expect(languageSwitch().count()).resolves.toBe(0);
      // One line in the other language, marked with its lang, leads to that edition's home page.
      const other = edition === "en" ? "nl" : "en";
      const line = page.locator(`main p[lang="${other}"]`);
      await expect(line.locator("a").getAttribute("href")).resolves.toBe(other === "nl" ? "/nl" : "/");
    },
  );
});

describe("<html lang> on every page type", () => {
  test.each(pageTypes.filter(({ status }) => status !== 404))(
    "$name ($path) is lang=$edition in the HTML served",
    async ({ path, edition = "en" }) => {
      const response = await fetch(`${siteUrl}${path}`);
      expect(response.status).toBe(200);
      expect((await response.text()).match(/<html[^>]*\blang="([^"]+)"/)?.[1]).toBe(edition);
    },
  );

  test.each(pageTypes.filter(({ status }) => status === 404))(
    "$name ($path) is lang=$edition in the HTML served, without JavaScript",
    async ({ path, edition = "en" }) => {
      const response = await fetch(`${siteUrl}${path}`);
      expect(response.status).toBe(404);
      const html = await response.text();
      expect(html).not.toContain("__next_error__");
      expect(html.match(/<html[^>]*\blang="([^"]+)"/)?.[1]).toBe(edition);
    },
  );

  test("the 404 of an address no route matches is English HTML as served", async () => {
    const response = await fetch(`${siteUrl}/no/such/page`);
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html.match(/<html[^>]*\blang="([^"]+)"/)?.[1]).toBe("en");
    expect(html).toMatch(/<h1[^>]*>Page not found<\/h1>/);
  });

  test("an address that matches no route at all gets the English 404, an unknown one under /nl the Dutch 404", async () => {
    for (const [path, lang, heading] of [
      ["/no/such/page", "en", "Page not found"],
      ["/nl/bestaat/niet", "nl", "Pagina niet gevonden"],
      ["/nl/nieuws/pagina/99", "nl", "Pagina niet gevonden"],
      ["/news/page/99", "en", "Page not found"],
    ]) {
      const response = await page.goto(`${siteUrl}${path}`);
      expect(response?.status(), path).toBe(404);
      await page.locator("main h1").waitFor();
      await expect(
        page.evaluate(() => document.documentElement.lang),
        path,
      ).resolves.toBe(lang);
      await expect(page.getByRole("heading", { level: 1 }).textContent(), path).resolves.toBe(heading);
    }
  });
});

describe("every English part of a Dutch page says so", () => {
  /** Where an article's own words appear: its page's title and body, cards' titles and summaries, search results. */
  const ARTICLE_TEXT = [
    "main article h1",
    "main article h2",
    "main article h3",
    "main article [class*='_summary']",
    "main article [class*='_body']",
    "main ol li h2",
    "main ol li [class*='_summary']",
  ];

  const dutchWithArticles = pageTypes.filter(
    (type) =>
      type.edition === "nl" &&
      type.counterpart &&
      !["/nl/toegankelijkheid", "/nl/themas", "/nl/partners", "/nl/zoeken", "/nl/zoeken?q=zzzqqq"].includes(type.path),
  );

  test.each(dutchWithArticles)("$name ($path)", async ({ path }) => {
    await page.goto(`${siteUrl}${path}`);
    const parts = await page.evaluate((selectors) => {
      // A heading that names a region of the page (the event box's "Praktische informatie") is interface, not article text.
      const namesRegion = (element: HTMLElement) =>
        element.id !== "" && document.querySelector(`[aria-labelledby="${element.id}"]`) !== null;
      const elements = [...document.querySelectorAll<HTMLElement>(selectors.join(", "))].filter(
        (element) => !namesRegion(element),
      );
      return elements.map((element) => ({
        text: element.textContent?.trim().slice(0, 40),
        lang: element.closest("[lang]")?.getAttribute("lang"),
      }));
    }, ARTICLE_TEXT);
    expect(parts.length).toBeGreaterThan(0);
    // English text is marked "en"; text left in the page's language must be a translation's own.
    const unmarked = parts.filter((part) => part.lang !== "en");
    expect(unmarked.filter((part) => part.lang !== "nl" || !dutchArticleText.includes(part.text!))).toEqual([]);
    // The Dutch interface around them stays Dutch: headings of the page and its sections, dates, the footer.
    const interfaceParts = await page.evaluate(() =>
      [...document.querySelectorAll("main > div > h1, main section > h2, main time, footer p, header nav")].map(
        (element) => ({
          text: element.textContent?.trim().slice(0, 40),
          lang: element.closest("[lang]")?.getAttribute("lang"),
        }),
      ),
    );
    expect(interfaceParts.filter((part) => part.lang !== "nl")).toEqual([]);
  });

  test("a Dutch article page of an untranslated article: the English text under a Dutch note", async () => {
    await page.goto(`${siteUrl}/nl/nieuws/${UNTRANSLATED}`);
    const note = page.getByRole("note");
    await expect(note.textContent()).resolves.toBe("Dit artikel is alleen in het Engels beschikbaar.");
    await expect(note.evaluate((element) => element.closest("[lang]")?.getAttribute("lang"))).resolves.toBe("nl");
    await expect(page.getByRole("heading", { level: 1 }).getAttribute("lang")).resolves.toBe("en");
    await expect(page.locator("main article [class*='_body']").getAttribute("lang")).resolves.toBe("en");
    // The Dutch interface: date, author line, section headings.
    await expect(page.locator("main article time").first().textContent()).resolves.toBe("19 mrt 2019");
    await expect(page.getByText("Auteur: HSD Foundation").isVisible()).resolves.toBe(true);
    for (const heading of ["Deel dit artikel", "Betrokken HSD-partners", "Meer nieuws"]) {
      await expect(page.getByRole("heading", { level: 2, name: heading }).isVisible(), heading).resolves.toBe(true);
    }
    await expect(page.getByRole("button", { name: "Link kopiëren" }).isVisible()).resolves.toBe(true);
  });

  test("a Dutch article page of a translated article: the Dutch text, unmarked, with no note", async () => {
    await page.goto(`${siteUrl}/nl/nieuws/${TRANSLATED}`);
    await expect(page.getByRole("note").count()).resolves.toBe(0);
    const heading = page.getByRole("heading", { level: 1 });
    await expect(heading.textContent()).resolves.toBe("Smart Society-verklaring ondertekend");
    await expect(heading.evaluate((element) => element.closest("[lang]")?.getAttribute("lang"))).resolves.toBe("nl");
    // Nothing of the article itself is marked English (More News may hold untranslated articles' cards, marked "en").
    await expect(page.locator("main article:has(h1) [lang='en']").count()).resolves.toBe(0);
    await expect(
      page.getByRole("heading", { level: 2, name: "Opschalen en versnellen met de Smart Society-agenda" }).isVisible(),
    ).resolves.toBe(true);
    await expect(page.locator("main article time").first().textContent()).resolves.toBe("20 mrt 2019");
    await expect(page.getByText("Auteur: Stichting HSD").isVisible()).resolves.toBe(true);
    // Partners and themes by their Dutch names where they have one.
    await expect(page.getByRole("link", { name: "Gemeente Den Haag", exact: true }).first().isVisible()).resolves.toBe(
      true,
    );
    await expect(page.getByRole("link", { name: "Samenwerking", exact: true }).first().isVisible()).resolves.toBe(true);
  });

  test("the English article page carries no note and no lang of its own parts", async () => {
    await page.goto(`${siteUrl}/news/${UNTRANSLATED}`);
    await expect(page.getByRole("note").count()).resolves.toBe(0);
    await expect(
      page.locator("main [lang]").evaluateAll((elements) => elements.map((element) => element.outerHTML.slice(0, 80))),
    ).resolves.toEqual([
      expect.stringMatching(new RegExp(`^<a href="/nl/nieuws/${UNTRANSLATED}" lang="nl" hreflang="nl"`, "i")),
    ]);
  });
});

describe("Dutch dates, events and messages", () => {
  test("the event box in Dutch: days, times, 'uur' and the zone as Dutch writes them", async () => {
    await page.goto(`${siteUrl}/nl/nieuws/hsd-cafe-cyber-resilience`);
    const box = page.getByRole("region", { name: "Praktische informatie" });
    const when = await box.locator("dd").first().textContent();
    expect(when).toMatch(
      /^[a-z]+dag \d{1,2} [a-z]+ \d{4}, \d{1,2}\.\d{2} tot \d{1,2}\.\d{2} uur \(Nederlandse tijd\)$/,
    );
    await expect(box.getByRole("link", { name: "Aanmelden voor dit evenement" }).isVisible()).resolves.toBe(true);
    await expect(
      box.getByRole("link", { name: "Toevoegen aan agenda (.ics-bestand)" }).getAttribute("href"),
    ).resolves.toBe("/nl/nieuws/hsd-cafe-cyber-resilience/event.ics");
  });

  test("search in Dutch: Dutch messages over the English results, which say so", async () => {
    await page.goto(`${siteUrl}/nl/zoeken?q=smart+society`);
    // The server's count (the browser search's own live region beside it stays empty until the reader types).
    await expect(page.getByRole("status").filter({ hasText: /\S/ }).textContent()).resolves.toMatch(
      /^\d+ artikel(en)? gevonden voor ‘smart society’\.$/,
    );
    const results = page.locator("main ol li h2");
    expect(await results.count()).toBeGreaterThan(0);
    // Every result leads to the Dutch page; those of untranslated articles are in English and say so.
    const shown = await results.evaluateAll((headings) =>
      headings.map((heading) => ({
        href: heading.querySelector("a")!.getAttribute("href")!,
        lang: heading.getAttribute("lang"),
      })),
    );
    for (const { href, lang } of shown) {
      expect(href).toMatch(/^\/nl\/nieuws\//);
      expect(lang, href).toBe(href === `/nl/nieuws/${TRANSLATED}` ? null : "en");
    }
    expect(shown.some(({ lang }) => lang === "en")).toBe(true);
    // A translated article is found by its Dutch words, shown in Dutch (no lang of its own); the English edition does not know them.
    await page.goto(`${siteUrl}/nl/zoeken?q=verklaring+ondertekend`);
    await expect(results.first().textContent()).resolves.toBe("Smart Society-verklaring ondertekend");
    await expect(results.first().getAttribute("lang")).resolves.toBeNull();
    await expect(results.first().evaluate((element) => element.closest("[lang]")?.getAttribute("lang"))).resolves.toBe(
      "nl",
    );
    await page.goto(`${siteUrl}/search?q=verklaring+ondertekend`);
    await expect(page.getByText("No news matches “verklaring ondertekend”.").isVisible()).resolves.toBe(true);
    await page.goto(`${siteUrl}/nl/zoeken?q=zzzqqq`);
    await expect(page.getByText("Geen nieuws gevonden voor ‘zzzqqq’.").isVisible()).resolves.toBe(true);
  });
});

describe("what the heads tell machines", () => {
  async function head(path: string) {
    await page.goto(`${siteUrl}${path}`);
    return page.evaluate(() => ({
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute("href"),
      alternates: Object.fromEntries(
        [...document.querySelectorAll("link[rel='alternate'][hreflang]")].map((link) => [
          link.getAttribute("hreflang"),
          new URL(link.getAttribute("href")!).pathname,
        ]),
      ),
      locale: document.querySelector('meta[property="og:locale"]')?.getAttribute("content"),
      alternateLocale: [...document.querySelectorAll('meta[property="og:locale:alternate"]')].map((meta) =>
        meta.getAttribute("content"),
      ),
      siteName: document.querySelector('meta[property="og:site_name"]')?.getAttribute("content"),
      feeds: [...document.querySelectorAll("link[rel='alternate'][type]")].map(
        (link) => new URL(link.getAttribute("href")!).pathname,
      ),
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) =>
        JSON.parse(script.textContent!),
      ),
    }));
  }

  test("a page both editions have: each its own canonical, both named with x-default, og:locale and its alternate", async () => {
    const dutch = await head("/nl/nieuws");
    expect(new URL(dutch.canonical!).pathname).toBe("/nl/nieuws");
    expect(dutch.alternates).toEqual({ en: "/news", nl: "/nl/nieuws", "x-default": "/news" });
    expect([dutch.locale, dutch.alternateLocale, dutch.siteName]).toEqual(["nl_NL", ["en_GB"], "HSD Nieuws"]);
    expect(dutch.feeds).toEqual(["/nl/feed.xml", "/nl/atom.xml", "/nl/feed.json"]);
    const english = await head("/news");
    expect(english.alternates).toEqual(dutch.alternates);
    expect([english.locale, english.alternateLocale, english.siteName]).toEqual(["en_GB", ["nl_NL"], "HSD News"]);
  });

  test("a Dutch page that only wraps an English article: canonical to the English page, no alternates, its text's language", async () => {
    const dutch = await head(`/nl/nieuws/${UNTRANSLATED}`);
    expect(new URL(dutch.canonical!).pathname).toBe(`/news/${UNTRANSLATED}`);
    expect(dutch.alternates).toEqual({});
    expect([dutch.locale, dutch.alternateLocale]).toEqual(["en_GB", []]);
    expect(dutch.jsonLd[0]).toMatchObject({ "@type": "NewsArticle", inLanguage: "en" });
    const english = await head(`/news/${UNTRANSLATED}`);
    expect(english.alternates).toEqual({});
    expect(english.jsonLd[0]).toMatchObject({ "@type": "NewsArticle", inLanguage: "en" });
  });

  test("a translated article: each page its own canonical, both named with x-default, each in its own language", async () => {
    const dutch = await head(`/nl/nieuws/${TRANSLATED}`);
    const both = { en: `/news/${TRANSLATED}`, nl: `/nl/nieuws/${TRANSLATED}`, "x-default": `/news/${TRANSLATED}` };
    expect(new URL(dutch.canonical!).pathname).toBe(`/nl/nieuws/${TRANSLATED}`);
    expect(dutch.alternates).toEqual(both);
    expect([dutch.locale, dutch.alternateLocale]).toEqual(["nl_NL", ["en_GB"]]);
    expect(dutch.jsonLd[0]).toMatchObject({
      "@type": "NewsArticle",
      inLanguage: "nl",
      headline: "Smart Society-verklaring ondertekend",
    });
    const english = await head(`/news/${TRANSLATED}`);
    expect(new URL(english.canonical!).pathname).toBe(`/news/${TRANSLATED}`);
    expect(english.alternates).toEqual(both);
    expect([english.locale, english.alternateLocale]).toEqual(["en_GB", ["nl_NL"]]);
    expect(english.jsonLd[0]).toMatchObject({
      "@type": "NewsArticle",
      inLanguage: "en",
      headline: "Signing of Smart Society Declaration",
    });
  });

  test("the Dutch home page describes the Dutch site, with its own search", async () => {
    const dutch = await head("/nl");
    const website = dutch.jsonLd[0]["@graph"].find((node: { "@type": string }) => node["@type"] === "WebSite");
    expect(website).toMatchObject({ name: "HSD Nieuws", inLanguage: "nl" });
    expect(website.potentialAction.target.urlTemplate).toMatch(/\/nl\/zoeken\?q=\{search_term_string\}$/);
  });
});

describe("the sitemap and feeds of both editions", () => {
  test("the sitemap lists each edition's own pages with their alternates, and no Dutch page that only wraps English text", async () => {
    const xml = await (await fetch(`${siteUrl}/sitemap.xml`)).text();
    const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body]) => ({
      path: new URL(body.match(/<loc>([^<]+)<\/loc>/)![1]).pathname,
      alternates: Object.fromEntries(
        [...body.matchAll(/hreflang="([^"]+)"\s+href="([^"]+)"/g)].map(([, lang, href]) => [
          lang,
          new URL(href).pathname,
        ]),
      ),
    }));
    const byPath = new Map(entries.map((entry) => [entry.path, entry]));
    expect(byPath.get("/nl/nieuws")?.alternates).toEqual({ en: "/news", nl: "/nl/nieuws", "x-default": "/news" });
    expect(byPath.get("/news")?.alternates).toEqual({ en: "/news", nl: "/nl/nieuws", "x-default": "/news" });
    for (const path of [
      "/nl",
      "/nl/themas",
      "/nl/partners",
      "/nl/nieuws/pagina/2",
      "/nl/themas/smart-society",
      "/nl/partners/vng",
      "/nl/evenementen",
    ])
      expect(byPath.has(path), path).toBe(true);
    const translated = {
      en: `/news/${TRANSLATED}`,
      nl: `/nl/nieuws/${TRANSLATED}`,
      "x-default": `/news/${TRANSLATED}`,
    };
    expect(byPath.get(`/nl/nieuws/${TRANSLATED}`)?.alternates).toEqual(translated);
    expect(byPath.get(`/news/${TRANSLATED}`)?.alternates).toEqual(translated);
    expect(byPath.has(`/nl/nieuws/${UNTRANSLATED}`)).toBe(false);
    expect(byPath.get(`/news/${UNTRANSLATED}`)?.alternates).toEqual({});
  });

  test("the Dutch feeds hold the Dutch text where there is one, with Dutch addresses", async () => {
    const json = (await (await fetch(`${siteUrl}/nl/feed.json`)).json()) as {
      language?: string;
      items: { url: string; title: string; language?: string }[];
    };
    const signing = json.items.find((item) => item.url.endsWith(`/nl/nieuws/${TRANSLATED}`));
    expect(signing?.title).toBe("Smart Society-verklaring ondertekend");
    const g5 = json.items.find((item) => item.url.endsWith(`/nl/nieuws/${UNTRANSLATED}`));
    expect(g5?.title).toBe(index.bySlug(UNTRANSLATED)!.title);
    const rss = await (await fetch(`${siteUrl}/nl/feed.xml`)).text();
    expect(rss).toContain("<title>Smart Society-verklaring ondertekend</title>");
    expect(rss).toMatch(/<language>nl<\/language>/);
  });
});
