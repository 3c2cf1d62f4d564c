/**
 * The editors' workflow on a production build of its own content folder: a
 * draft, an article scheduled for later, and a renamed article with an old
 * address. One build for the whole file; the clock is set with HSD_NOW.
 */
import fs from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { realContentWithArchive } from "./support/content";
import { comparableHeaders } from "./support/http";
import { comparableHtml } from "./support/rsc";
import { buildSiteOrThrow, launchBrowser, projectRoot, startSite, type RunningSite } from "./support/site";
import { articlePath } from "@/lib/routes";

/** The moment of the build and of the first server: before the scheduled article's release. */
const beforeRelease = "2030-01-02T08:59";
const release = "2030-01-02T09:00";
const related =
  "themes: [smart-society, urban-security, cyber-security, cooperation]\npartners: [vng, municipality-of-the-hague]";
const SECRET = "Unannounced-draft-wording";
const EMBARGOED = "Embargoed-wording";

let contentDir: string;
let distDir: string;
let site: RunningSite | undefined;
let browser: Browser | undefined;

function write(file: string, text: string) {
  fs.writeFileSync(path.join(contentDir, "news", file), text);
}

beforeAll(async () => {
  // 8 real articles + 4 archive items: exactly one page of 12 until the scheduled one makes 13.
  contentDir = realContentWithArchive(4);
  write(
    "draft-announcement.md",
    `---\ntitle: Draft announcement\ndate: 2019-03-30\n${related}\ndraft: true\naliases: [draft-old-address]\n---\n\n${SECRET} that nobody may read yet.\n`,
  );
  write(
    "scheduled-announcement.md",
    `---\ntitle: Scheduled announcement\ndate: ${release}\n${related}\naliases: [scheduled-old-address]\n---\n\n${EMBARGOED} Released at nine in the morning.\n`,
  );
  const renamed = path.join(contentDir, "news/first-smart-society-meeting-at-hsd.md");
  fs.writeFileSync(
    renamed,
    fs
      .readFileSync(renamed, "utf8")
      .replace("date: 2019-03-25", "date: 2019-03-25\naliases: [smart-society-meeting-old-name]"),
  );
  distDir = buildSiteOrThrow({ name: "editors", contentDir, env: { HSD_NOW: beforeRelease } });
  site = await startSite({ distDir, contentDir, env: { HSD_NOW: beforeRelease } });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  if (contentDir) fs.rmSync(contentDir, { recursive: true, force: true });
});

/**
 * A redirect rendered on its first request carries its Location twice, the same value each time (Next
 * 16.4 appends the cached headers to those the render already set); fetch joins them with ", ". Every
 * value must name the target; browsers follow identical duplicates (the Chromium test below).
 */
function locationOf(response: Response): string | null {
  const values = response.headers.get("location")?.split(", ");
  if (!values) return null;
  expect(new Set(values).size).toBe(1);
  return values[0];
}

async function get(pathname: string): Promise<{ status: number; location: string | null; html: string }> {
  const response = await fetch(`${site!.url}${pathname}`, { redirect: "manual" });
  return { status: response.status, location: locationOf(response), html: await response.text() };
}

const listingPages = ["/", "/news", "/news/signing-of-smart-society-declaration"];

describe("before the release", () => {
  test("a draft is nowhere: its address and its old address are 404s, and no listing or More News shows it", async () => {
    expect((await get("/news/draft-announcement")).status).toBe(404);
    expect((await get("/news/draft-old-address")).status).toBe(404);
    for (const page of listingPages) {
      const { status, html } = await get(page);
      expect(status).toBe(200);
      expect(html).not.toContain("Draft announcement");
      expect(html).not.toContain(SECRET);
      expect(html).not.toContain("/news/draft-announcement");
    }
  });

  test("an article scheduled for later is nowhere yet, and the page it will need does not exist yet", async () => {
    expect((await get("/news/scheduled-announcement")).status).toBe(404);
    expect((await get("/news/page/2")).status).toBe(404);
    for (const page of listingPages) expect((await get(page)).html).not.toContain("Scheduled announcement");
  });

  test("a scheduled or draft article's address gets the very 404 page a made-up one gets, as served HTML, with the same headers, in both editions", async () => {
    for (const edition of ["en", "nl"] as const) {
      const madeUp = await fetch(`${site!.url}${articlePath(edition, "made-up-announcement")}`);
      const madeUpHtml = await madeUp.text();
      expect(madeUp.status).toBe(404);
      expect(madeUpHtml).toMatch(new RegExp(`^<!DOCTYPE html><html lang="${edition}"`));
      expect(madeUpHtml).not.toContain("__next_error__");
      for (const slug of ["scheduled-announcement", "draft-announcement", "scheduled-old-address"]) {
        const hidden = await fetch(`${site!.url}${articlePath(edition, slug)}`, { redirect: "manual" });
        expect(hidden.status, slug).toBe(404);
        expect(await hidden.text(), slug).toBe(madeUpHtml);
        expect(comparableHeaders(hidden), slug).toEqual(comparableHeaders(madeUp));
      }
    }
  });

  test("an old address answers 308 with the article's address, and a reader following it lands on the article", async () => {
    const { status, location } = await get("/news/smart-society-meeting-old-name");
    expect(status).toBe(308);
    expect(new URL(location!, site!.url).pathname).toBe("/news/first-smart-society-meeting-at-hsd");

    const page = await browser!.newPage();
    try {
      await page.goto(`${site!.url}/news/smart-society-meeting-old-name`);
      expect(new URL(page.url()).pathname).toBe("/news/first-smart-society-meeting-at-hsd");
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
        "First Smart Society meeting to be held at HSD",
      );
      const draft = await page.goto(`${site!.url}/news/draft-announcement`);
      expect(draft?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Page not found");
    } finally {
      await page.close();
    }
  });
});

describe("embargo: before its moment nothing the site serves reveals a scheduled article or a draft", () => {
  /**
   * Everything a client sees of an answer, but the Date header (the clock ticks between two requests);
   * with `slug` given, that slug is written as <slug>: a 404 page (or a redirect) names the address it was asked for.
   * The inline RSC data is compared by its text, not by how React cut it into rows (support/rsc.ts).
   */
  async function answer(pathname: string, headers: Record<string, string> = {}, slug?: string) {
    const response = await fetch(`${site!.url}${pathname}`, { redirect: "manual", headers });
    const asked = (text: string) => (slug ? text.split(slug).join("<slug>") : text);
    const seen = [...response.headers]
      .filter(([name]) => name !== "date")
      .map(([name, value]) => asked(`${name}: ${value}`));
    return { status: response.status, headers: seen, body: comparableHtml(asked(await response.text())) };
  }

  const hidden = ["scheduled-announcement", "draft-announcement"];
  const hiddenOldAddresses = ["scheduled-old-address", "draft-old-address"];

  test("its address, its old address, its preview card and its RSC payload answer exactly like a made-up slug's, header by header", async () => {
    const requests: [label: string, pathOf: (slug: string) => string, headers?: Record<string, string>][] = [
      ["page", (slug) => `/news/${slug}`],
      ["preview card", (slug) => `/news/${slug}/preview.png`],
      // (Next answers an RSC request without its cache-busting parameter with a redirect to add it: equal for both too.)
      ["RSC payload", (slug) => `/news/${slug}`, { RSC: "1" }],
      ["prefetch", (slug) => `/news/${slug}`, { RSC: "1", "Next-Router-Prefetch": "1" }],
    ];
    for (const [label, pathOf, headers] of requests) {
      const madeUp = await answer(pathOf("never-written-anywhere"), headers, "never-written-anywhere");
      if (!headers) expect(madeUp.status, label).toBe(404);
      for (const slug of [...hidden, ...hiddenOldAddresses])
        expect(await answer(pathOf(slug), headers, slug), `${label} of ${slug}`).toEqual(madeUp);
    }
  });

  test("no page, feed, sitemap, search or JSON-LD names it, nor the data inlined into the pages", async () => {
    const sitemap = await (await fetch(`${site!.url}/sitemap.xml`)).text();
    const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
    const everything = [
      ...pages,
      "/feed.xml",
      "/atom.xml",
      "/feed.json",
      "/themes/smart-society/feed.xml",
      "/sitemap.xml",
      "/themes",
      "/partners",
      "/search?q=announcement",
      "/search?q=released+nine",
      "/search?q=unannounced",
      "/search?q=embargoed",
    ];
    for (const pathname of everything) {
      const { body } = await answer(pathname);
      for (const secret of [
        ...hidden,
        ...hiddenOldAddresses,
        "Scheduled announcement",
        "Draft announcement",
        SECRET,
        EMBARGOED,
      ]) {
        expect(body.includes(secret), `${pathname} mentions ${secret}`).toBe(false);
      }
    }
    // The snapshot the server reads is not a file it serves.
    for (const file of ["index.json", "bodies.json", "search.json"])
      expect((await answer(`/_next/hsd-content/${file}`)).status).toBe(404);
  });
});

describe("after the release, without a new build", () => {
  beforeAll(async () => {
    await site?.stop();
    // Five minutes pass: the pages prerendered at build time become stale. The
    // route cache is what `next start` keeps at run time; the build's own files are aged.
    fs.rmSync(path.join(projectRoot, distDir, "server/route-cache"), { recursive: true, force: true });
    const tenMinutesAgo = new Date(Date.now() - 10 * 60_000);
    for (const entry of fs.readdirSync(path.join(projectRoot, distDir, "server/app"), {
      recursive: true,
      withFileTypes: true,
    })) {
      if (entry.isFile()) fs.utimesSync(path.join(entry.parentPath, entry.name), tenMinutesAgo, tenMinutesAgo);
    }
    site = await startSite({ distDir, contentDir, env: { HSD_NOW: release } });
  });

  /** The first request after the window serves the stale page and regenerates it; a later one gets the new page. */
  async function eventually(pathname: string, accept: (response: { status: number; html: string }) => boolean) {
    const deadline = Date.now() + 45_000;
    let last = await get(pathname);
    while (!accept(last) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      last = await get(pathname);
    }
    return last;
  }

  test("the scheduled article appears by itself: its page, the listings, More News and the new last page", async () => {
    const article = await eventually("/news/scheduled-announcement", (r) => r.status === 200);
    expect(article.status).toBe(200);
    expect(article.html).toContain("Released at nine in the morning.");
    for (const page of listingPages) {
      const { html } = await eventually(page, (r) => r.html.includes("Scheduled announcement"));
      expect(html).toContain('href="/news/scheduled-announcement"');
    }
    const secondPage = await eventually("/news/page/2", (r) => r.status === 200);
    expect(secondPage.status).toBe(200);
    expect(secondPage.html).toContain("Page 2 of 2");
  });

  test("its old address and its preview card work from its moment on", async () => {
    const old = await get("/news/scheduled-old-address");
    expect(old.status).toBe(308);
    expect(new URL(old.location!, site!.url).pathname).toBe("/news/scheduled-announcement");
    const card = await fetch(`${site!.url}/news/scheduled-announcement/preview.png`);
    expect(card.status).toBe(200);
    expect(card.headers.get("content-type")).toBe("image/png");
  });

  test("the draft stays hidden whatever the time", async () => {
    expect((await get("/news/draft-announcement")).status).toBe(404);
    for (const page of listingPages) expect((await get(page)).html).not.toContain("Draft announcement");
  });
});
