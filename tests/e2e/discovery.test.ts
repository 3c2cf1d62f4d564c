/**
 * Themes, partners, search and sharing as a reader meets them, on the main
 * e2e site. Search and the listings are used with JavaScript turned off.
 */
import { gzipSync } from "node:zlib";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { PublicationView } from "@/content";
import { loadContent } from "@/content/load";
import { partnerListing, themeListing } from "@/lib/routes";
import { launchBrowser } from "./support/site";

const siteUrl = inject("siteUrl");
const index = PublicationView.of(loadContent(inject("siteContentDir")));
let browser: Browser;
let noJs: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  noJs = await browser.newContext({ javaScriptEnabled: false });
  page = await noJs.newPage();
});

afterAll(async () => {
  await browser?.close();
});

const h1 = () => page.getByRole("heading", { level: 1 }).textContent();
const cardTitles = () => page.locator("main li article h2").allTextContents();

describe("themes and partners, without JavaScript", () => {
  test("/themes lists every theme with its count, and a theme page lists its articles newest first", async () => {
    await page.goto(`${siteUrl}/themes`);
    await expect(h1()).resolves.toBe("Themes");
    for (const { theme, articleCount } of index.themesWithCounts()) {
      const item = page.locator("main li", { has: page.getByRole("link", { name: theme.name, exact: true }) });
      await expect(item.getByText(`${articleCount} article`).textContent()).resolves.toBe(
        `${articleCount} ${articleCount === 1 ? "article" : "articles"}`,
      );
    }
    await page.getByRole("link", { name: "Cyber Security", exact: true }).click();
    await page.waitForURL(`${siteUrl}/themes/cyber-security`);
    await expect(h1()).resolves.toBe("Cyber Security");
    await expect(cardTitles()).resolves.toEqual(index.articlesIn(themeListing("cyber-security")).map((a) => a.title));
    await expect(page.getByRole("link", { name: /feed \(RSS\)/ }).getAttribute("href")).resolves.toBe(
      "/themes/cyber-security/feed.xml",
    );
  });

  test("an article's theme chips lead to the theme's page", async () => {
    await page.goto(`${siteUrl}/news/the-hague-leads-safety-and-security-theme`);
    const chips = page.getByRole("list", { name: "Themes" }).first().getByRole("link");
    await expect(chips.allTextContents()).resolves.toEqual(["Smart Cities & Urban Security", "Smart Society"]);
    await chips.first().click();
    await page.waitForURL(`${siteUrl}/themes/urban-security`);
    await expect(h1()).resolves.toBe("Smart Cities & Urban Security");
  });

  test("cards on listings show their themes as links", async () => {
    await page.goto(`${siteUrl}/news`);
    const card = page.locator("main li article", {
      has: page.getByRole("link", { name: "Signing of Smart Society Declaration" }),
    });
    await expect(card.getByRole("list", { name: "Themes" }).getByRole("link").count()).resolves.toBe(4);
  });

  test("'HSD Partners involved' links to the partner's page and to its own site; the partner page lists its news", async () => {
    await page.goto(`${siteUrl}/news/signing-of-smart-society-declaration`);
    const involved = page.getByRole("region", { name: "HSD Partners involved" });
    await expect(involved.getByRole("link", { name: "website of VNG" }).getAttribute("href")).resolves.toBe(
      "https://vng.nl",
    );
    await involved.getByRole("link", { name: /^VNG/ }).first().click();
    await page.waitForURL(`${siteUrl}/partners/vng`);
    await expect(h1()).resolves.toBe("VNG (Vereniging van Nederlandse Gemeenten)");
    await expect(page.getByRole("link", { name: "vng.nl" }).getAttribute("href")).resolves.toBe("https://vng.nl");
    await expect(cardTitles()).resolves.toEqual(index.articlesIn(partnerListing("vng")).map((a) => a.title));

    await page.goto(`${siteUrl}/partners`);
    await expect(page.locator("main li a").allTextContents()).resolves.toEqual(
      index.catalogue.partners.map((p) => p.name),
    );
  });

  test.each([
    "/themes/no-such-theme",
    "/themes/Cyber-Security",
    "/themes/cyber-security/page/2",
    "/themes/cyber-security/page/abc",
    "/partners/no-such-partner",
    "/partners/vng/page/2",
    "/partners/vng/page/0",
  ])("%s is a 404", async (path) => {
    const response = await fetch(`${siteUrl}${path}`);
    expect(response.status).toBe(404);
  });

  test.each([
    ["/themes/cyber-security/page/1", "/themes/cyber-security"],
    ["/partners/vng/page/1", "/partners/vng"],
  ])("%s redirects to %s, like /news/page/1", async (path, target) => {
    const response = await fetch(`${siteUrl}${path}`, { redirect: "manual" });
    expect(response.status).toBe(308);
    expect(new URL(response.headers.get("location") ?? "", siteUrl).pathname).toBe(target);
  });
});

describe("search, without JavaScript", () => {
  test("the header's search form on any page leads to ranked results with the matching words marked", async () => {
    await page.goto(`${siteUrl}/news/page/2`);
    const form = page.getByRole("search").first();
    await form.getByRole("searchbox", { name: "Search news" }).fill("declaration");
    await form.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(`${siteUrl}/search?q=declaration`);
    const titles = await page.locator("main ol li h2").allTextContents();
    expect(titles[0]).toBe("Signing of Smart Society Declaration");
    const marks = await page.locator("main ol li mark").allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.toLowerCase()).toMatch(/^declaration/);
    await expect(page.getByRole("searchbox").last().inputValue()).resolves.toBe("declaration");
  });

  test("a partner's name finds the news it was involved in", async () => {
    await page.goto(`${siteUrl}/search?q=${encodeURIComponent("Vereniging Gemeenten")}`);
    const titles = await page.locator("main ol li h2").allTextContents();
    expect(titles.sort()).toEqual(
      index
        .articlesIn(partnerListing("vng"))
        .map((a) => a.title)
        .sort(),
    );
  });

  test.each([
    ["", "Type one or more words"],
    ["   ", "Type one or more words"],
    ["x".repeat(300), "300 characters long"],
    ["!!! ??? ***", "no words in it"],
    ["zzqxvvw", "No news matches"],
  ])("the query %j gets a helpful page", async (query, advice) => {
    const response = await page.goto(`${siteUrl}/search?q=${encodeURIComponent(query)}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("main").textContent()).resolves.toContain(advice);
    await expect(page.getByRole("link", { name: "theme" }).first().getAttribute("href")).resolves.toBe("/themes");
  });

  test("markup in a query is shown as text and never runs", async () => {
    const query = `"><script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">smart`;
    await page.goto(`${siteUrl}/search?q=${encodeURIComponent(query)}`);
    await expect(page.locator("main script, main img[src=x]").count()).resolves.toBe(0);
    await expect(page.getByRole("searchbox").last().inputValue()).resolves.toBe(query);
  });

  test.each([
    "/search",
    "/search?q=%E0%A4%A",
    "/search?q=a&q=b",
    "/search?q[]=x",
    `/search?q=${"%F0%9F%99%82".repeat(100)}`,
  ])("GET %s answers 200", async (path) => {
    expect((await fetch(`${siteUrl}${path}`)).status).toBe(200);
  });
});

describe("sharing an article", () => {
  const slug = "signing-of-smart-society-declaration";
  const title = "Signing of Smart Society Declaration";

  test("share links work without JavaScript and carry the article's URL; Copy link appears only with JavaScript", async () => {
    await page.goto(`${siteUrl}/news/${slug}`);
    const share = page.getByRole("region", { name: "Share this article" });
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute("href"))!;
    const href = async (name: string) => new URL((await share.getByRole("link", { name }).getAttribute("href"))!);
    expect((await href("LinkedIn")).searchParams.get("url")).toBe(canonical);
    expect((await href("X")).searchParams.get("url")).toBe(canonical);
    expect((await href("X")).searchParams.get("text")).toBe(title);
    const mail = await href("E-mail");
    expect(mail.protocol).toBe("mailto:");
    expect(mail.searchParams.get("subject")).toBe(title);
    expect(mail.searchParams.get("body")).toContain(canonical);
    expect((await href("WhatsApp")).searchParams.get("text")).toContain(canonical);
    await expect(share.getByRole("button", { name: "Copy link" }).count()).resolves.toBe(0);
  });

  test("Copy link copies the URL and says so in a visible live region", async () => {
    const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
    try {
      const jsPage = await context.newPage();
      await jsPage.goto(`${siteUrl}/news/${slug}`);
      const canonical = await jsPage.locator('link[rel="canonical"]').getAttribute("href");
      await jsPage.getByRole("button", { name: "Copy link" }).click();
      const status = jsPage.getByRole("status").filter({ hasText: "Link copied" });
      await status.waitFor();
      await expect(status.isVisible()).resolves.toBe(true);
      await expect(status.getAttribute("aria-live")).resolves.toBe("polite");
      await expect(jsPage.evaluate(() => navigator.clipboard.readText())).resolves.toBe(canonical);
    } finally {
      await context.close();
    }
  });

  test("Copy link keeps its place before the page hydrates: on a phone nothing below the Dutch share row moves when it appears", async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      const moreNewsTop = async (hydrated: boolean) => {
        const reader = await phone.newPage();
        // Without its scripts the page stays as the server sent it, as it is on a slow phone before hydration.
        if (!hydrated)
          await reader.route(
            (url) => url.pathname.startsWith("/_next/static/") && url.pathname.endsWith(".js"),
            (route) => route.abort(),
          );
        await reader.goto(`${siteUrl}/nl/nieuws/${slug}`, { waitUntil: "load" });
        if (hydrated) await reader.getByRole("button", { name: "Link kopiëren" }).waitFor({ state: "visible" });
        const top = await reader
          .locator("#more-news")
          .evaluate((heading) => heading.getBoundingClientRect().top + window.scrollY);
        await reader.close();
        return top;
      };
      expect(await moreNewsTop(false)).toBe(await moreNewsTop(true));
    } finally {
      await phone.close();
    }
  });

  test("an article page loads at most 5 KiB (gzip) more JavaScript than a page without the share button", async () => {
    const context = await browser.newContext();
    try {
      const scriptBytes = async (path: string) => {
        const jsPage = await context.newPage();
        const sizes = new Map<string, number>();
        jsPage.on("response", async (response) => {
          if (response.request().resourceType() === "script")
            sizes.set(response.url(), gzipSync(await response.body()).byteLength);
        });
        await jsPage.goto(`${siteUrl}${path}`, { waitUntil: "networkidle" });
        await jsPage.close();
        return [...sizes.values()].reduce((sum, size) => sum + size, 0);
      };
      const bare = await scriptBytes("/partners");
      const article = await scriptBytes(`/news/${slug}`);
      expect(article - bare, `article page ${article} B, page without the button ${bare} B (gzip)`).toBeLessThanOrEqual(
        5 * 1024,
      );
    } finally {
      await context.close();
    }
  });
});
