import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { launchBrowser } from "./support/site";

const siteUrl = inject("siteUrl");
let browser: Browser;
let context: BrowserContext;
let page: Page;
const consoleProblems: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
  page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning")
      consoleProblems.push(`${message.type()}: ${message.text()} (${page.url()})`);
  });
  page.on("pageerror", (error) => consoleProblems.push(`pageerror: ${error.message}`));
});

afterAll(async () => {
  await browser?.close();
});

test("a reader goes from home to the listing, page 2, an article, More News, All latest news and a 404", async () => {
  await page.goto(`${siteUrl}/`);
  await expect(page.title()).resolves.toMatch(/HSD News/);
  const featured = page.getByRole("article").first();
  await expect(featured.getByRole("heading", { level: 2 }).textContent()).resolves.toBeTruthy();

  await page.getByRole("link", { name: "All latest news" }).first().click();
  await page.waitForURL(`${siteUrl}/news`);
  await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("All latest news");
  await expect(page.locator("main li article").count()).resolves.toBe(12);

  await page.getByRole("link", { name: /Older news/ }).click();
  await page.waitForURL(`${siteUrl}/news/page/2`);
  await expect(page.getByText("Page 2 of 2").first().isVisible()).resolves.toBe(true);
  // 8 real articles, 9 archive items, 3 events and 2 articles with photos (support/content.ts): 12 on page 1, 10 on page 2.
  await expect(page.locator("main li article").count()).resolves.toBe(10);

  await page.getByRole("link", { name: /Newer news/ }).click();
  await page.waitForURL(`${siteUrl}/news`);
  await page.getByRole("link", { name: "Signing of Smart Society Declaration" }).click();
  await page.waitForURL(`${siteUrl}/news/signing-of-smart-society-declaration`);

  const main = page.locator("main");
  await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
    "Signing of Smart Society Declaration",
  );
  await expect(main.locator("time").first().textContent()).resolves.toBe("20 Mar 2019");
  await expect(main.locator("time").first().getAttribute("datetime")).resolves.toBe("2019-03-20");
  await expect(main.getByText("Author: HSD Foundation").isVisible()).resolves.toBe(true);
  await expect(
    main.getByRole("heading", { name: "Upscaling and acceleration in Smart Society agenda" }).isVisible(),
  ).resolves.toBe(true);
  await expect(main.locator("blockquote").textContent()).resolves.toContain("Together we secure the future.");
  await expect(main.getByRole("heading", { name: "HSD Partners involved" }).isVisible()).resolves.toBe(true);

  const moreNews = page.getByRole("region", { name: "More News" });
  const moreNewsLinks = moreNews.getByRole("heading", { level: 3 }).getByRole("link");
  await expect(moreNewsLinks.count()).resolves.toBe(3);
  const hrefs = await moreNewsLinks.evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(new Set(hrefs).size).toBe(3);
  expect(hrefs).not.toContain("/news/signing-of-smart-society-declaration");

  const relatedTitle = await moreNewsLinks.first().textContent();
  await moreNewsLinks.first().click();
  await page.waitForURL((url) => url.pathname === hrefs[0]);
  await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(relatedTitle);

  await page.getByRole("link", { name: "All latest news" }).first().click();
  await page.waitForURL(`${siteUrl}/news`);

  const response = await page.goto(`${siteUrl}/news/no-such-article`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Page not found");

  expect(consoleProblems.filter((line) => !line.includes("404"))).toEqual([]);
});

test.each([
  ["/news/page/1", 308, "/news"],
  ["/news/page/3", 404, null],
  ["/news/page/0", 404, null],
  ["/news/page/02", 404, null],
  ["/news/page/abc", 404, null],
  ["/news/page/-1", 404, null],
  ["/news/Signing-Of-Smart-Society-Declaration", 404, null],
  ["/no/such/page", 404, null],
])("GET %s answers %i", async (path, status, location) => {
  const response = await fetch(`${siteUrl}${path}`, { redirect: "manual" });
  expect(response.status).toBe(status);
  if (location) expect(new URL(response.headers.get("location") ?? "", siteUrl).pathname).toBe(location);
});
