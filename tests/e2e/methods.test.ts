/**
 * No request of any method, header or timing changes what the next reader gets. Next caches what
 * the request that rendered (or refreshed) a route got, whatever its method: a POST as the first
 * request of a preview card stored a 405 for everyone, an OPTIONS a 204 that every later GET turned
 * into a 500, and a POST that found a feed stale refreshed it with its 405. Here every cached kind of
 * route is asked with every other method, fresh and stale, then read back with GET, from this server
 * and from a second one started on the same build folder.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { MAIN_SITE_EVENTS } from "./support/content";
import { buildSiteOrThrow, projectRoot, startSite, type RunningSite } from "./support/site";
import { articleCalendarPath, articlePath, articlePreviewImagePath, eventsCalendarPath, feedPath, listingPath, NEWS_LISTING, robotsPath, sitemapPath, themeFeedPath } from "@/lib/routes";

const ARTICLE = "signing-of-smart-society-declaration";
const EVENT = MAIN_SITE_EVENTS[0];
const OTHER_METHODS = ["POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"] as const;

/** Every kind of cached answer, with the content type a GET must get. */
const cachedRoutes: { path: string; type: RegExp }[] = [
  { path: articlePreviewImagePath("en", ARTICLE), type: /^image\/png/ },
  { path: articlePreviewImagePath("nl", ARTICLE), type: /^image\/png/ },
  ...(["en", "nl"] as const).flatMap((edition) => [
    { path: feedPath(edition, "rss"), type: /^application\/rss\+xml/ },
    { path: feedPath(edition, "atom"), type: /^application\/atom\+xml/ },
    { path: feedPath(edition, "json"), type: /^application\/feed\+json/ },
    { path: themeFeedPath(edition, "smart-society"), type: /^application\/rss\+xml/ },
  ]),
  { path: sitemapPath(), type: /^application\/xml/ },
  { path: robotsPath(), type: /^text\/plain/ },
  { path: eventsCalendarPath(), type: /^text\/calendar/ },
  { path: articleCalendarPath(EVENT), type: /^text\/calendar/ },
  { path: articlePath("en", ARTICLE), type: /^text\/html/ },
  { path: articlePath("nl", ARTICLE), type: /^text\/html/ },
  { path: listingPath("en", NEWS_LISTING), type: /^text\/html/ },
];

let distDir: string;
let first: RunningSite | undefined;

/** Sets every prerendered answer of the build an hour back: each is then stale (revalidate is 300 s) and its next request refreshes it. */
function ageBuild(): void {
  const hourAgo = new Date(Date.now() - 3_600_000);
  const root = path.join(projectRoot, distDir, "server", "app");
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) fs.utimesSync(path.join(entry.parentPath, entry.name), hourAgo, hourAgo);
  }
}

/** The ways a request can try to reach a route with another method: plain, as a server action, as a form post. */
function attacks(method: string): RequestInit[] {
  const plain: RequestInit = { method };
  if (method !== "POST") return [plain];
  const form = new FormData();
  form.set("x", "1");
  return [plain, { method, headers: { "Next-Action": "0123456789abcdef0123456789abcdef01234567" }, body: "[]" }, { method, body: form }];
}

async function expectRefused(url: string, init: RequestInit): Promise<void> {
  const response = await fetch(url, { ...init, redirect: "manual" });
  const label = `${init.method} ${url}`;
  expect(response.status, label).toBe(405);
  expect(response.headers.get("allow"), label).toBe("GET, HEAD");
  expect(response.headers.get("cache-control"), label).toBe("no-store");
  expect(response.headers.get("content-security-policy"), label).toContain("frame-ancestors 'none'");
  expect(response.headers.get("x-content-type-options"), label).toBe("nosniff");
  await response.arrayBuffer();
}

async function expectServed(base: string, { path: address, type }: { path: string; type: RegExp }): Promise<void> {
  const response = await fetch(`${base}${address}`, { redirect: "manual" });
  expect(response.status, address).toBe(200);
  expect(response.headers.get("content-type") ?? "", address).toMatch(type);
  expect((await response.arrayBuffer()).byteLength, address).toBeGreaterThan(0);
}

beforeAll(async () => {
  distDir = buildSiteOrThrow({ name: "methods", contentDir: inject("siteContentDir") });
  first = await startSite({ distDir, contentDir: inject("siteContentDir") });
});

afterAll(async () => {
  await first?.stop();
});

describe("only GET and HEAD reach a page, a route handler or the cache", () => {
  test("the first request of an on-demand preview card, made with any other method, is refused and leaves the card as it is", async () => {
    for (const edition of ["en", "nl"] as const) {
      const card = `${first!.url}${articlePreviewImagePath(edition, ARTICLE)}`;
      for (const method of OTHER_METHODS) await expectRefused(card, { method });
      await expectServed(first!.url, { path: articlePreviewImagePath(edition, ARTICLE), type: /^image\/png/ });
    }
  });

  test("every cached kind of route refuses every other method, fresh, and a GET then gets the right answer", async () => {
    for (const route of cachedRoutes) {
      for (const method of OTHER_METHODS) for (const init of attacks(method)) await expectRefused(`${first!.url}${route.path}`, init);
      await expectServed(first!.url, route);
    }
  });

  test("stale: other methods while every cached copy is due for a refresh change nothing, here or on a second server of the same build", async () => {
    await first?.stop();
    first = undefined;
    ageBuild();
    const stale = await startSite({ distDir, contentDir: inject("siteContentDir") });
    try {
      for (const route of cachedRoutes) {
        for (const method of OTHER_METHODS) for (const init of attacks(method)) await expectRefused(`${stale.url}${route.path}`, init);
      }
      // HEADs start the refreshes (a HEAD's answer has no body: what it refreshed must still have one), then GETs, now and once stored.
      for (const route of cachedRoutes) expect((await fetch(`${stale.url}${route.path}`, { method: "HEAD", redirect: "manual" })).status, route.path).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      for (const route of cachedRoutes) await expectServed(stale.url, route);
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      for (const route of cachedRoutes) await expectServed(stale.url, route);
    } finally {
      await stale.stop();
    }
    const second = await startSite({ distDir, contentDir: inject("siteContentDir") });
    try {
      for (const route of cachedRoutes) await expectServed(second.url, route);
    } finally {
      await second.stop();
    }
  }, 180_000);
});
