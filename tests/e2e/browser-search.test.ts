/**
 * Search in the reader's browser, in Chromium against a real build: typing answers at once in
 * both editions from the build's Pagefind index, filters narrow, the address follows and the
 * back button restores, focus stays in the field, axe finds nothing; without JavaScript the
 * server's form still answers. The build is made before a scheduled article's moment and served
 * after it: the article is in no file of the index, yet the browser finds it (the server's list
 * of releases since the build), without a new build.
 */
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { cachingProxyBlock, startNginx } from "../../scripts/lib/nginx";
import { buildSiteOrThrow, freePort, launchBrowser, projectRoot, startSite, type RunningSite } from "./support/site";

vi.setConfig({ testTimeout: 60_000, hookTimeout: 600_000 });

const contentDir = path.resolve(projectRoot, "tests/fixtures/translations");
/** The fixture's scheduled article is dated 2099-01-01 09:00 in Amsterdam: the server runs five minutes past it. */
const AFTER_RELEASE = "2099-01-01T09:05";
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

let distDir: string;
let site: RunningSite;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  // Built at today's date: the scheduled article is still to come, so the index must not hold it.
  distDir = buildSiteOrThrow({ name: "browser-search", contentDir });
  site = await startSite({ distDir, contentDir, env: { HSD_NOW: AFTER_RELEASE } });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

/**
 * Opens a search page, comes to its field as a reader does (the browser search is set up then,
 * not at load) and waits for the browser search to be ready (its filters are enabled).
 */
async function openSearch(address: string): Promise<Page> {
  page = await browser.newPage();
  await page.goto(`${site.url}${address}`);
  await field().focus();
  await page.locator("fieldset:not([disabled])").waitFor({ timeout: 15_000 });
  return page;
}

const field = () => page.locator("#search-page-query");
const titles = () => page.locator("main ol h2").allInnerTexts();
const status = () => page.locator("main [role=status]").first().innerText();

describe("as the reader types", () => {
  test("English: results appear without submitting, words are marked, the count is announced, focus stays, the address follows", async () => {
    await openSearch("/search");
    await field().click();
    await field().pressSequentially("declaration", { delay: 30 });
    await expect.poll(titles).toEqual(["Signing of Smart Society Declaration"]);
    await expect.poll(status).toBe("1 article matches “declaration”.");
    await expect(page.locator("main ol mark").allInnerTexts()).resolves.toContain("Declaration");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("search-page-query");
    await expect.poll(() => new URL(page.url()).search).toBe("?q=declaration");
    await page.close();
  });

  test("Dutch: the Dutch index answers with the Dutch texts and the Dutch messages", async () => {
    await openSearch("/nl/zoeken");
    await field().pressSequentially("ondertekening", { delay: 30 });
    await expect.poll(titles).toEqual(["Ondertekening van de Smart Society Declaration"]);
    await expect.poll(status).toBe("1 artikel gevonden voor ‘ondertekening’.");
    await expect(page.locator("main ol a").getAttribute("href")).resolves.toBe(
      "/nl/nieuws/signing-of-smart-society-declaration",
    );
    await page.close();
  });

  test("filters narrow the results and go into the address; the back button restores the search before them", async () => {
    await openSearch("/search?q=smart");
    // The server's answer to the address stays once the browser search is ready (the browser's
    // render of the same results, seconds later, was the page's largest paint); the back button
    // returns to it.
    const unfiltered = await titles();
    expect(unfiltered.length).toBeGreaterThan(1);
    // Some time passes before the filter, as for a reader: the filter gets an entry of its own in the history.
    await page.waitForTimeout(1600);
    await page.locator("label", { hasText: "Events only" }).click();
    await expect.poll(titles).toEqual(["Smart Society meeting at HSD"]);
    expect(unfiltered).toContain("Smart Society meeting at HSD");
    await expect.poll(() => new URL(page.url()).searchParams.get("events")).toBe("1");
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe("?q=smart");
    await expect.poll(titles).toEqual(unfiltered);
    await expect(field().inputValue()).resolves.toBe("smart");
    await page.close();
  });

  test("axe-core finds no WCAG 2.1 A/AA or best-practice violation on the page with results and filters", async () => {
    await openSearch("/search");
    await field().pressSequentially("smart", { delay: 30 });
    await expect.poll(status).toMatch(/articles match “smart”/);
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const result = await (
        window as unknown as {
          axe: {
            run: (
              context: Document,
              options: object,
            ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe.run(document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        resultTypes: ["violations"],
      });
      return result.violations.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe("a scheduled article released after the build", () => {
  test("is in no file of the browser's index, yet the browser finds it in both editions", async () => {
    const served = await (await fetch(`${site.url}/pagefind/pagefind-entry.json`)).json();
    expect(served.languages.en.page_count).toBe(4);
    await openSearch("/search");
    await field().pressSequentially("scheduled", { delay: 30 });
    await expect.poll(titles).toEqual(["Scheduled release"]);
    await page.close();
    await openSearch("/nl/zoeken");
    await field().pressSequentially("geplande", { delay: 30 });
    await expect.poll(titles).toEqual(["Geplande publicatie"]);
    await page.close();
  });
});

describe("without JavaScript", () => {
  test("the server's form answers, 10 a page", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noScript = await context.newPage();
    await noScript.goto(`${site.url}/search`);
    await noScript.locator("#search-page-query").fill("declaration");
    await noScript.locator("main form button[type=submit]").click();
    await noScript.waitForURL((url) => url.search === "?q=declaration");
    await expect(noScript.locator("main ol h2").allInnerTexts()).resolves.toEqual([
      "Signing of Smart Society Declaration",
    ]);
    await expect(noScript.locator("fieldset").isVisible()).resolves.toBe(false);
    await context.close();
  });
});

describe("a query asked again", () => {
  test("is sent as it was rendered, with the same headers, in each edition and encoding; the router's data requests are rendered", async () => {
    for (const address of ["/search?q=smart+society", "/nl/zoeken?q=verklaring&page=1"]) {
      for (const encoding of ["identity", "gzip"]) {
        const ask = () => fetch(site.url + address, { headers: { "Accept-Encoding": encoding } });
        const first = await ask();
        const firstBody = Buffer.from(await first.arrayBuffer());
        const again = await ask();
        expect(again.status).toBe(200);
        expect(first.headers.get("x-search-page")).toBeNull();
        expect(again.headers.get("x-search-page")).toBe("kept");
        expect(Buffer.from(await again.arrayBuffer()).equals(firstBody)).toBe(true);
        const comparable = (headers: Headers) =>
          [...headers].filter(
            ([name]) => !["date", "x-search-page", "transfer-encoding", "content-length"].includes(name),
          );
        expect(comparable(again.headers)).toEqual(comparable(first.headers));
        expect(again.headers.get("content-security-policy")).toContain("default-src");
      }
    }
    // What one client sends cannot end up in the page kept for the next: the page reads neither its host nor its agent.
    const poisoned = await fetch(`${site.url}/search?q=declaration+smart`, {
      headers: { "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "http", "User-Agent": "Googlebot/2.1" },
    });
    expect(await poisoned.text()).not.toContain("evil.example");
    const next = await fetch(`${site.url}/search?q=declaration+smart`);
    expect(next.headers.get("x-search-page")).toBe("kept");
    expect(await next.text()).not.toContain("evil.example");
    const data = () => fetch(`${site.url}/search?q=smart+society`, { headers: { RSC: "1" } });
    await (await data()).arrayBuffer();
    const dataAgain = await data();
    expect(dataAgain.headers.get("content-type")).toContain("text/x-component");
    expect(dataAgain.headers.get("x-search-page")).toBeNull();
  });
});

describe("a crowd of new searches", () => {
  test("is rendered one at a time with a short line; the rest get a 503 page in the edition's language at once, while kept pages and articles answer", async () => {
    const kept = `${site.url}/search?q=smart`;
    await (await fetch(kept)).arrayBuffer();
    for (const [edition, path, title] of [
      ["en", "/search", "Search is busy"],
      ["nl", "/nl/zoeken", "Het is even druk"],
    ] as const) {
      const crowd = Array.from({ length: 100 }, (_, i) =>
        fetch(`${site.url}${path}?q=crowd+${edition}+${i}`).then(async (response) => ({
          status: response.status,
          headers: response.headers,
          body: await response.text(),
        })),
      );
      const [keptAnswer, article] = await Promise.all([fetch(kept), fetch(`${site.url}/news`)]);
      const answers = await Promise.all(crowd);
      expect(keptAnswer.status).toBe(200);
      expect(keptAnswer.headers.get("x-search-page")).toBe("kept");
      expect(article.status).toBe(200);
      const refused = answers.filter((answer) => answer.status === 503);
      expect(answers.filter((answer) => answer.status === 200).length).toBeGreaterThan(0);
      expect(refused.length).toBeGreaterThan(0);
      expect(refused.length + answers.filter((answer) => answer.status === 200).length).toBe(100);
      expect(refused[0].body).toContain(`<html lang="${edition}">`);
      expect(refused[0].body).toContain(`<h1>${title}</h1>`);
      expect(refused[0].headers.get("retry-after")).toBe("5");
      expect(refused[0].headers.get("cache-control")).toBe("no-store");
      expect(refused[0].headers.get("content-security-policy")).toContain("default-src");
    }
    // Once the crowd is gone, a new query is rendered again.
    expect((await fetch(`${site.url}/search?q=after+the+crowd`)).status).toBe(200);
  });
});

describe("the policy Pagefind needs", () => {
  test("WebAssembly is allowed in the browser search's worker alone, not on the pages", async () => {
    const worker = await fetch(`${site.url}/pagefind/pagefind-worker.js`);
    expect(worker.headers.get("content-security-policy")).toBe(
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'",
    );
    const searchPage = await fetch(`${site.url}/search?q=smart`);
    expect(searchPage.headers.get("content-security-policy")).toMatch(
      /^default-src 'self'; script-src 'self' 'unsafe-inline';/,
    );
    expect(searchPage.headers.get("content-security-policy")).not.toContain("wasm");
    const chunk = await fetch(`${site.url}/pagefind/pagefind-entry.json`);
    expect(chunk.headers.get("content-security-policy")).toMatch(/^sandbox; default-src 'none'/);
  });
});

describe("only the search pages load the browser search", () => {
  test("the home page fetches nothing from /pagefind/", async () => {
    const other = await browser.newPage();
    const fetched: string[] = [];
    other.on("request", (request) => fetched.push(new URL(request.url()).pathname));
    await other.goto(`${site.url}/`, { waitUntil: "networkidle" });
    expect(fetched.filter((address) => address.startsWith("/pagefind/"))).toEqual([]);
    expect(fetched.length).toBeGreaterThan(1);
    await other.close();
  });

  test("a search page fetches nothing from /pagefind/ until the reader comes to its form (it was most of the page's blocking time)", async () => {
    const other = await browser.newPage();
    const fetched: string[] = [];
    other.on("request", (request) => fetched.push(new URL(request.url()).pathname));
    await other.goto(`${site.url}/search?q=smart`, { waitUntil: "networkidle" });
    expect(fetched.filter((address) => address.startsWith("/pagefind/"))).toEqual([]);
    await other.locator("#search-page-query").focus();
    await other.locator("fieldset:not([disabled])").waitFor({ timeout: 15_000 });
    expect(fetched.filter((address) => address.startsWith("/pagefind/")).length).toBeGreaterThan(0);
    await other.close();
  });
});

describe("the documented nginx in front", () => {
  test("answers a client searching past its rate with 429 and a page in the edition's language, and serves the browser search's files from disk", async () => {
    const port = await freePort();
    const nginx = await startNginx((prefix) => {
      // A copy inside nginx's own folder, which its workers can read whatever user they run as.
      fs.cpSync(
        path.resolve(projectRoot, distDir, "hsd-content", "pagefind"),
        path.join(prefix, "snapshot", "pagefind"),
        { recursive: true },
      );
      return [cachingProxyBlock(prefix, port, [site.port], path.join(prefix, "snapshot"))];
    }, port);
    try {
      const proxy = `http://127.0.0.1:${port}`;
      const flood = async (address: string) =>
        Promise.all(
          Array.from({ length: 40 }, (_, i) =>
            fetch(`${proxy}${address}?q=smart${i}`).then(async (response) => ({
              status: response.status,
              body: await response.text(),
            })),
          ),
        );
      const english = await flood("/search");
      const busy = english.filter((answer) => answer.status === 429);
      expect(english.filter((answer) => answer.status === 200).length).toBeGreaterThan(0);
      expect(busy.length).toBeGreaterThan(0);
      expect(busy[0].body).toContain('<html lang="en">');
      expect(busy[0].body).toContain("Too many searches at once");
      const dutch = (await flood("/nl/zoeken")).filter((answer) => answer.status === 429);
      expect(dutch.length).toBeGreaterThan(0);
      expect(dutch[0].body).toContain('<html lang="nl">');
      // Other pages are not limited.
      const news = await Promise.all(
        Array.from({ length: 30 }, () => fetch(`${proxy}/news`).then((response) => response.status)),
      );
      expect(news.every((status) => status === 200)).toBe(true);

      const worker = await fetch(`${proxy}/pagefind/pagefind-worker.js`);
      expect(worker.status).toBe(200);
      expect(worker.headers.get("content-security-policy")).toContain("'wasm-unsafe-eval'");
      expect(worker.headers.get("content-type")).toMatch(/javascript/);
      const entry = (await (await fetch(`${proxy}/pagefind/pagefind-entry.json`)).json()) as {
        languages: Record<string, { hash: string }>;
      };
      const meta = await fetch(`${proxy}/pagefind/pagefind.${entry.languages.nl.hash}.pf_meta`);
      expect(meta.status).toBe(200);
      expect(meta.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    } finally {
      await nginx.stop();
    }
  });
});
