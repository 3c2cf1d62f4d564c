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
import { rawRequest } from "./support/http";
import { buildSiteOrThrow, projectRoot, startSite, type RunningSite } from "./support/site";
import {
  articleCalendarPath,
  articlePath,
  articlePreviewImagePath,
  eventsCalendarPath,
  feedPath,
  listingPath,
  NEWS_LISTING,
  robotsPath,
  sitemapPath,
  themeFeedPath,
} from "@/lib/routes";

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
  ...(["en", "nl"] as const).flatMap((edition) => [
    { path: eventsCalendarPath(edition), type: /^text\/calendar/ },
    { path: articleCalendarPath(edition, EVENT), type: /^text\/calendar/ },
  ]),
  { path: articlePath("en", ARTICLE), type: /^text\/html/ },
  { path: articlePath("nl", ARTICLE), type: /^text\/html/ },
  { path: listingPath("en", NEWS_LISTING), type: /^text\/html/ },
];

let distDir: string;
let first: RunningSite | undefined;

/**
 * Sets every cached answer of the build an hour back: each is then stale (revalidate is 300 s) and
 * its next request refreshes it. Next dates an entry by its file's time or, once a server has copied
 * a prerendered entry into its route cache (server/route-cache), by the `routeCacheLastModified` of the copy's .meta file.
 */
function ageBuild(): void {
  const hourAgo = new Date(Date.now() - 3_600_000);
  const roots = ["app", "route-cache"]
    .map((folder) => path.join(projectRoot, distDir, "server", folder))
    .filter((root) => fs.existsSync(root));
  for (const entry of roots.flatMap((root) => fs.readdirSync(root, { recursive: true, withFileTypes: true }))) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (entry.name.endsWith(".meta")) {
      const meta = JSON.parse(fs.readFileSync(file, "utf8"));
      if ("routeCacheLastModified" in meta)
        fs.writeFileSync(file, JSON.stringify({ ...meta, routeCacheLastModified: hourAgo.getTime() }));
    }
    fs.utimesSync(file, hourAgo, hourAgo);
  }
}

type Attack = { method: string; headers?: Record<string, string>; body?: string };

const BOUNDARY = "----hsd-test-boundary";

/** The ways a request can try to reach a route with another method: plain, as a server action, as a form post. */
function attacks(method: string): Attack[] {
  const plain: Attack = { method };
  if (method !== "POST") return [plain];
  return [
    plain,
    {
      method,
      headers: {
        "Next-Action": "0123456789abcdef0123456789abcdef01234567",
        "Content-Type": "text/plain;charset=UTF-8",
      },
      body: "[]",
    },
    {
      method,
      headers: { "Content-Type": `multipart/form-data; boundary=${BOUNDARY}` },
      body: `--${BOUNDARY}\r\nContent-Disposition: form-data; name="x"\r\n\r\n1\r\n--${BOUNDARY}--\r\n`,
    },
  ];
}

async function expectRefused(url: string, attack: Attack): Promise<void> {
  const answer = await rawRequest(url, attack);
  const label = `${attack.method} ${url} ${JSON.stringify(attack.headers ?? {})}`;
  expect(answer.status, label).toBe(405);
  expect(answer.headers.allow, label).toBe("GET, HEAD");
  expect(answer.headers["cache-control"], label).toBe("no-store");
  expect(answer.headers["content-security-policy"], label).toContain("frame-ancestors 'none'");
  expect(answer.headers["x-content-type-options"], label).toBe("nosniff");
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
      for (const method of OTHER_METHODS)
        for (const init of attacks(method)) await expectRefused(`${first!.url}${route.path}`, init);
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
        for (const method of OTHER_METHODS)
          for (const init of attacks(method)) await expectRefused(`${stale.url}${route.path}`, init);
      }
      // HEADs start the refreshes (a HEAD's answer has no body: what it refreshed must still have one), then GETs, now and once stored.
      const cacheStates = new Map<string, string | null>();
      for (const route of cachedRoutes) {
        const head = await fetch(`${stale.url}${route.path}`, { method: "HEAD", redirect: "manual" });
        expect(head.status, route.path).toBe(200);
        cacheStates.set(route.path, head.headers.get("x-nextjs-cache"));
      }
      // The aging worked: the prerendered feeds were found stale, so those requests refreshed them.
      expect(cacheStates.get(feedPath("en", "rss"))).toBe("STALE");
      expect(cacheStates.get(sitemapPath())).toBe("STALE");
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
