/**
 * The archive at scale, against real `next start` servers:
 * - a page rendered on its first request is the very page the build would
 *   have prerendered, and is then served from the cache;
 * - made-up addresses (articles, listing pages, preview images) are answered
 *   without leaving anything in any cache folder or in the server's memory;
 * - a server started over a broken, emptied, changed or deleted content
 *   folder serves exactly what was built, search included (the snapshot).
 * The main e2e site prerenders everything (its 17 articles are fewer than the
 * default); the "on-demand" build of the same content prerenders nothing
 * that can be left to the first request.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { tempContentDir } from "./support/content";
import { inspectorOptions, liveHeapBytes } from "./support/heap";
import { pageTypes } from "./support/pages";
import { buildSiteOrThrow, distDirFor, projectRoot, startSite, type RunningSite } from "./support/site";

const onDemandDist = buildOutputPath(distDirFor("on-demand"));
let onDemand: RunningSite;
let mainUrl: string;

function buildOutputPath(distDir: string): string {
  return path.join(projectRoot, distDir);
}

/**
 * Two builds of the same code differ in their build id; and Next marks each segment of its RSC
 * payload with prefetch hints (`"h":512` when prerendered, `"h":1024` when rendered at run time)
 * that no reader or browser sees. Everything else in a page must be the same.
 */
function comparable(html: string, distPath: string): string {
  const buildId = fs.readFileSync(path.join(distPath, "BUILD_ID"), "utf8").trim();
  return html
    .split(buildId)
    .join("<build-id>")
    .replace(/\\"h\\":\d+/g, '\\"h\\":<hints>');
}

async function fetchText(
  url: string,
): Promise<{ status: number; body: string; cache: string | null; headers: Headers }> {
  const response = await fetch(url, { redirect: "manual" });
  return {
    status: response.status,
    body: await response.text(),
    cache: response.headers.get("x-nextjs-cache"),
    headers: response.headers,
  };
}

/** Every file under a folder, with its size: what "the cache grew" means on disk. */
function filesUnder(folder: string): Map<string, number> {
  const files = new Map<string, number>();
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      files.set(path.relative(folder, file), fs.statSync(file).size);
    }
  }
  return files;
}

/** Every address the sitemap lists: each published article and each page of each listing. */
async function publishedPaths(baseUrl: string): Promise<string[]> {
  const sitemap = await (await fetch(`${baseUrl}/sitemap.xml`)).text();
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
}

beforeAll(async () => {
  mainUrl = inject("siteUrl");
  const contentDir = inject("siteContentDir");
  buildSiteOrThrow({ name: "on-demand", contentDir, env: { PRERENDER_ARTICLES: "0", PRERENDER_LISTING_PAGES: "1" } });
  onDemand = await startSite({ distDir: distDirFor("on-demand"), contentDir });
});

afterAll(async () => {
  await onDemand?.stop();
});

describe("pages rendered on their first request", () => {
  test("the on-demand build prerendered no article and no later listing page", () => {
    const prerendered = Object.keys(
      JSON.parse(fs.readFileSync(path.join(onDemandDist, "prerender-manifest.json"), "utf8")).routes as object,
    );
    expect(prerendered.filter((route) => /^\/news\/(?!page$)[^/]+$/.test(route) || /\/page\/\d+$/.test(route))).toEqual(
      [],
    );
    expect(prerendered).toContain("/news");
  });

  test("every published article and listing page answers 200 with the same HTML as its prerendered twin, then comes from the cache", async () => {
    const paths = await publishedPaths(mainUrl);
    expect(paths.filter((p) => p.startsWith("/news/")).length).toBeGreaterThanOrEqual(17);
    for (const pagePath of paths) {
      const prerendered = await fetchText(`${mainUrl}${pagePath}`);
      const first = await fetchText(`${onDemand.url}${pagePath}`);
      const again = await fetchText(`${onDemand.url}${pagePath}`);
      expect(prerendered.status, pagePath).toBe(200);
      expect(first.status, pagePath).toBe(200);
      expect(comparable(first.body, onDemandDist), pagePath).toBe(
        comparable(prerendered.body, buildOutputPath(distDirFor("main"))),
      );
      expect(again.cache, pagePath).toBe("HIT");
      expect(again.body, pagePath).toBe(first.body);
    }
  });
});

describe("made-up addresses", () => {
  const madeUp = (i: number): string[] => [
    `/news/made-up-article-${i}`,
    `/news/made-up-article-${i}/preview.png`,
    `/news/page/${1000 + i}`,
    `/themes/smart-society/page/${100 + i}`,
    `/partners/vng/page/${100 + i}`,
    `/themes/no-such-theme-${i}/page/2`,
    `/nl/nieuws/made-up-article-${i}`,
    `/nl/nieuws/made-up-article-${i}/preview.png`,
    `/nl/nieuws/pagina/${1000 + i}`,
    `/nl/themas/smart-society/pagina/${100 + i}`,
    `/nl/bestaat-niet-${i}`,
  ];

  test("1,000 of them are answered 404 and grow no cache folder and no memory", async () => {
    // A server of its own, whose heap can be measured through the inspector.
    const inspector = await inspectorOptions();
    const server = await startSite({
      distDir: distDirFor("on-demand"),
      contentDir: inject("siteContentDir"),
      env: inspector.env,
    });
    try {
      const notFoundPage = await fetchText(`${server.url}/no/such/page`);
      const dutchNotFoundPage = await fetchText(`${server.url}/nl/bestaat-niet`);
      expect(notFoundPage.body).toContain("Page not found");
      expect(dutchNotFoundPage.body).toContain("<title>Pagina niet gevonden | HSD Nieuws</title>");
      // Warm up before measuring: the content snapshot, and the code paths, which keep growing for the first ~1,000 requests.
      for (let i = 0; i < 200; i++)
        for (const address of madeUp(i)) await fetch(`${server.url}${address}`).then((r) => r.arrayBuffer());
      const filesBefore = filesUnder(onDemandDist);
      const heapBefore = await liveHeapBytes(inspector.port);
      let answered = 0;
      for (let i = 200; answered < 1000; i++) {
        for (const address of madeUp(i)) {
          const response = await fetchText(`${server.url}${address}`);
          expect(response.status, address).toBe(404);
          if (address.endsWith(".png")) expect(response.headers.get("cache-control"), address).toBe("no-store");
          // Every other address gets its edition's one 404 document, rendered by the build, never on request.
          else
            expect(response.body, address).toBe(
              address.startsWith("/nl/") ? dutchNotFoundPage.body : notFoundPage.body,
            );
          answered++;
        }
      }
      const filesAfter = filesUnder(onDemandDist);
      expect([...filesAfter.keys()].filter((file) => !filesBefore.has(file))).toEqual([]);
      // A cached 404 page weighs about 25 KB in Next's memory cache: 1,000 of them would keep ~25 MB.
      expect((await liveHeapBytes(inspector.port)) - heapBefore).toBeLessThan(1024 * 1024);
    } finally {
      await server.stop();
    }
  }, 240_000);
});

describe("a server (re)started over a changed content folder serves what was built", () => {
  /** The pages compared: every page type, the feeds, the sitemap and search. */
  const addresses = [
    ...pageTypes.map((page) => page.path),
    "/feed.xml",
    "/atom.xml",
    "/feed.json",
    "/sitemap.xml",
    "/search?q=declaration",
    "/news/page/2",
  ];

  const variants: [label: string, change: (dir: string) => void][] = [
    [
      "a broken article added",
      (dir) =>
        fs.writeFileSync(
          path.join(dir, "news", "broken-push.md"),
          "---\ntitle: Pushed in a hurry\ndate: 2024-02-30\n---\n\nThe date does not exist.\n",
        ),
    ],
    ["every article deleted", (dir) => fs.rmSync(path.join(dir, "news"), { recursive: true, force: true })],
    [
      "an article removed and another added",
      (dir) => {
        fs.rmSync(path.join(dir, "news", "signing-of-smart-society-declaration.md"));
        fs.writeFileSync(
          path.join(dir, "news", "added-after-the-build.md"),
          "---\ntitle: Added after the build\ndate: 2019-03-30\n---\n\nNot in the build.\n",
        );
      },
    ],
    ["the whole folder deleted", (dir) => fs.rmSync(dir, { recursive: true, force: true })],
  ];

  test.each(variants)("%s", async (_label, change) => {
    const contentDir = tempContentDir("restart");
    fs.cpSync(inject("siteContentDir"), contentDir, { recursive: true });
    change(contentDir);
    // A fresh copy of the on-demand build, its caches left behind: every page below renders in this server.
    const distDir = distDirFor("restart");
    const distPath = buildOutputPath(distDir);
    fs.rmSync(distPath, { recursive: true, force: true });
    fs.cpSync(onDemandDist, distPath, {
      recursive: true,
      filter: (source) => path.basename(source) !== "cache" && !source.includes(`${path.sep}route-cache`),
    });
    const restarted = await startSite({ distDir, contentDir });
    try {
      for (const address of addresses) {
        const built = await fetchText(`${onDemand.url}${address}`);
        const served = await fetchText(`${restarted.url}${address}`);
        expect(served.status, address).toBe(built.status);
        expect(comparable(served.body, distPath), address).toBe(comparable(built.body, onDemandDist));
      }
      expect(restarted.logs()).not.toMatch(/Error|ENOENT|content has/);
    } finally {
      await restarted.stop();
      fs.rmSync(distPath, { recursive: true, force: true });
      fs.rmSync(contentDir, { recursive: true, force: true });
    }
  });
});
