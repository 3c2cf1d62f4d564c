/**
 * `npm run bench`: generates synthetic content folders (N = 100, 1,000, 10,000)
 * and for each measures, in one run beside a bare Next.js page:
 * - the content index (the real loader, fresh process);
 * - the site's own build command, `npm run build`, cold, with the phases Next reports;
 * - `next start` from spawn to its first 200 of `/`, of a search, of an on-demand article;
 * - every kind of page under load with Debian's wrk (`wrk -t1 -c50 -d<D>s --latency`),
 *   each without and with a browser's `Accept-Encoding: gzip, br`, the bare page and
 *   the bare page padded to the bytes of each page it is compared with, loaded the same way
 *   at each size, with the server's CPU per request; a made-up article address (its
 *   404 page: real HTML, and its CPU under load);
 * - at 10,000 (--rebuild-at): `npm run build` again after changing one article, the
 *   build folder's cache/ kept;
 * - search: one query (answered from the cache), a new query each request (Lua), and
 *   the CPU of uncached queries in process (search-probe.ts);
 * - at 1,000 (--compare-at): Lighthouse of an article against the bare page, and the
 *   deployment guide's nginx cache against nginx serving the same HTML from a file;
 * - the bytes of each page and its JavaScript against the bare page.
 * Prints every target (targets.ts, each labelled with where it was set) with figure, ratio and
 * verdict, and rewrites the generated section of docs/BENCHMARKS.md.
 *
 *   npm run bench                               # 100, 1,000, 10,000; 10 s x 50 connections, twice
 *   npm run bench -- --sizes 100 --duration 3   # a short run
 *   npm run bench -- --smoke                    # N=100, 2 s loads, one run, no warm-up, no Lighthouse, no nginx, no rebuild, into .bench/smoke/ (CI)
 *   npm run bench -- --smoke --rebuild-at 100   # the same with the rebuild after one changed article
 *   npm run bench -- --no-lighthouse --no-nginx --no-load --no-bare
 *   npm run bench -- --profile                  # also write --cpu-prof profiles of the index into .bench/profiles
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import zlib from "node:zlib";
import { TRANSLATION_LANGUAGES } from "../../src/content/schema";
import { site } from "../../src/lib/site";
import { makeBareNextApp, paddedBarePath, perRequestBarePath } from "../lib/bareNext";
import { chromiumPath } from "../lib/chromium";
import { lighthousePaint, lighthouseScores } from "../lib/lighthouse";
import { probeBrowserSearch } from "./browser-search-probe";
import { compareCacheWithFile, nginxBinary } from "../lib/nginx";
import { groupCpuMs, rssSampler } from "../lib/processes";
import { buildProduction, projectRoot, siteEnv, startServer, type Server } from "../lib/production";
import { distinctPathsScript, runWrk, socketErrorCount, wrkBinary } from "../lib/wrk";
import { parseBuildPhases } from "./build-log";
import { writeChart } from "./chart";
import { corpusVocabulary, WORD_IN_EVERY_ARTICLE, writeBenchPhotos, writeCorpus } from "./corpus";
import { measurePhotos } from "./photo-probe";
import { fmt } from "./format";
import { report, targetsTable, writeReport, type ReportMeta } from "./report";
import {
  BROWSER_ACCEPT_ENCODING,
  KIND,
  PADDED_KINDS,
  type BareResult,
  type BuildFigures,
  type IndexFigures,
  type LighthouseFigures,
  type MixedLoadFigures,
  type LoadRun,
  type NotFoundFigures,
  type PaddedBareLoad,
  type PageBytes,
  type RebuildFigures,
  type RouteLoad,
  type RunScope,
  type SearchProbe,
  type SizeResult,
  type StartFigures,
} from "./results";
import { distinctSearchPaths } from "./search-queries";

const { values: flags } = parseArgs({
  options: {
    sizes: { type: "string" },
    smoke: { type: "boolean", default: false },
    duration: { type: "string" },
    connections: { type: "string" },
    runs: { type: "string" },
    warmup: { type: "string" },
    out: { type: "string" },
    profile: { type: "boolean", default: false },
    "no-bare": { type: "boolean", default: false },
    "no-load": { type: "boolean", default: false },
    lighthouse: { type: "boolean", default: false },
    "no-lighthouse": { type: "boolean", default: false },
    "lighthouse-runs": { type: "string" },
    nginx: { type: "boolean", default: false },
    "no-nginx": { type: "boolean", default: false },
    "compare-at": { type: "string" },
    "rebuild-at": { type: "string" },
    "probe-repetitions": { type: "string" },
    seed: { type: "string" },
  },
});

const smoke = flags.smoke;
const sizes = (flags.sizes ?? (smoke ? "100" : "100,1000,10000")).split(",").map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1))
  throw new Error(`--sizes takes whole numbers, e.g. 100,1000; got ${flags.sizes}`);
const durationS = Number(flags.duration ?? (smoke ? 2 : 10));
const connections = Number(flags.connections ?? 50);
const runs = Number(flags.runs ?? (smoke ? 1 : 2));
// 15 s: the site's pages run more of Next's and React's code than the bare page, and a fresh server's req/s
// on them kept rising for about half a minute of load; with 3 s the first measured run caught the JIT
// still warming up, which penalised the site more than the bare page.
const warmUpS = Number(flags.warmup ?? (smoke ? 0 : 15));
const seed = Number(flags.seed ?? 20260101);
const lighthouseRuns = Number(flags["lighthouse-runs"] ?? 3);
const probeRepetitions = Number(flags["probe-repetitions"] ?? 15);
const scope: RunScope = {
  sizes,
  load: !flags["no-load"],
  bare: !flags["no-bare"],
  // Lighthouse and nginx at 1,000, where their targets are set; a run without 1,000 uses its largest size.
  compareAt: Number(flags["compare-at"] ?? (sizes.includes(1000) ? 1000 : Math.max(...sizes))),
  lighthouse: flags.lighthouse || (!smoke && !flags["no-lighthouse"]),
  nginx: flags.nginx || (!smoke && !flags["no-nginx"]),
  // A second build at 10,000, where the rebuild's target is set; the smoke run builds once, to stay short.
  rebuildAt: (flags["rebuild-at"] ?? (smoke ? "" : "10000"))
    .split(",")
    .filter((s) => s.trim() !== "")
    .map((s) => Number(s.trim())),
};
const benchDir = path.join(projectRoot, ".bench");
const outFile = path.resolve(projectRoot, flags.out ?? (smoke ? ".bench/smoke/BENCHMARKS.md" : "docs/BENCHMARKS.md"));
const chartFile = outFile.replace(/\.md$/, "-chart.svg");
/** Start-up is timed by polling this often: a coarser poll would add up to its own period to the figure. */
const START_POLL_MS = 10;

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
const gzipBytes = (data: Buffer | string) => zlib.gzipSync(data).length;

// ---------------------------------------------------------------------------------------------
// Building

/** Builds with the project's own command, cold, and reads the phases from its log. */
async function timedBuild(
  cwd: string,
  distDir: string,
  env: Record<string, string>,
  label: string,
): Promise<BuildFigures> {
  const run = await buildProduction(cwd, distDir, env, {
    cold: true,
    logFile: path.join(benchDir, "logs", `build-${label}.log`),
  });
  return {
    wallMs: run.wallMs,
    peakRssBytes: run.peakRssBytes,
    outputBytes: run.outputBytes,
    phases: parseBuildPhases(run.output),
  };
}

/** Builds of the site measure what a release costs: `npm run build` as it is (no type check: CI's `npm run typecheck` does that), whatever the caller's shell says. */
function siteBuildEnv(contentDir: string): Record<string, string> {
  return { CONTENT_DIR: contentDir, NEXT_SKIP_TYPECHECK: "" };
}

// ---------------------------------------------------------------------------------------------
// Measurements

function measureIndex(contentDir: string, n: number): IndexFigures {
  const profileArgs = flags.profile
    ? ["--cpu-prof", `--cpu-prof-dir=${path.join(benchDir, "profiles")}`, `--cpu-prof-name=index-${n}.cpuprofile`]
    : [];
  const output = execFileSync(
    process.execPath,
    [...profileArgs, "--import", "tsx", path.join(__dirname, "index-probe.ts"), contentDir],
    {
      cwd: projectRoot,
      encoding: "utf8",
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  return JSON.parse(output.trim().split("\n").pop()!) as IndexFigures;
}

function measureSearch(distDir: string): SearchProbe {
  const output = execFileSync(
    process.execPath,
    ["--import", "tsx", path.join(__dirname, "search-probe.ts"), distDir, String(probeRepetitions)],
    {
      cwd: projectRoot,
      encoding: "utf8",
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  return JSON.parse(output.trim().split("\n").pop()!) as SearchProbe;
}

/** A fresh `next start`, timed from spawning it to the first 200 of `route`, then stopped. */
async function timeToFirst200(env: NodeJS.ProcessEnv, route: string): Promise<number> {
  const server = await startServer({
    env,
    ownGroup: true,
    timeoutMs: 90_000,
    readyPath: route,
    pollMs: START_POLL_MS,
    requireOk: true,
  });
  await server.stop();
  return server.readyMs;
}

/**
 * Every script a modern browser fetches for an HTML page: `<script src>` and
 * `<link rel=preload as=script>`. `noModule` scripts (legacy polyfills) are skipped:
 * browsers that run modules never download them.
 */
function scriptUrls(html: string): string[] {
  const urls = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*>/g)) {
    const tag = match[0];
    const src = /\ssrc="([^"]+)"/.exec(tag);
    if (src && !/\snoModule\b/i.test(tag)) urls.add(src[1]);
  }
  for (const match of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = match[0];
    if (/\bas="script"/.test(tag) || /\brel="modulepreload"/.test(tag)) {
      const href = /\bhref="([^"]+)"/.exec(tag);
      if (href) urls.add(href[1]);
    }
  }
  return [...urls].map((url) => url.replace(/&amp;/g, "&"));
}

/** Bytes of the inline RSC data: every `<script>self.__next_f.push(...)</script>`, tags included. */
function inlineDataBytes(html: string): number {
  let bytes = 0;
  for (const match of html.matchAll(/<script>self\.__next_f\.push\([\s\S]*?<\/script>/g))
    bytes += Buffer.byteLength(match[0]);
  return bytes;
}

/** Uncompressed bytes, as the site's pages and the padded bare page are compared (fetch would ask for gzip). */
async function fetchPlain(url: string): Promise<Response> {
  return fetch(url, { headers: { "accept-encoding": "identity" } });
}

async function pageBytes(base: string, route: string, kind: string): Promise<PageBytes> {
  const response = await fetchPlain(base + route);
  const body = Buffer.from(await response.arrayBuffer());
  const isHtml = (response.headers.get("content-type") ?? "").includes("text/html");
  let jsGzipBytes = 0;
  const html = body.toString("utf8");
  const scripts = isHtml ? scriptUrls(html) : [];
  for (const script of scripts) {
    const js = Buffer.from(await (await fetch(new URL(script, base))).arrayBuffer());
    jsGzipBytes += gzipBytes(js);
  }
  return {
    route,
    kind,
    htmlBytes: body.length,
    htmlGzipBytes: gzipBytes(body),
    scripts: scripts.length,
    jsGzipBytes,
    ...(isHtml ? { inlineDataBytes: inlineDataBytes(html) } : {}),
  };
}

/**
 * The bare app's padded page whose HTML is `targetBytes` long (within 0.5%): its length grows
 * linearly with the padding (the text is in the HTML and again in the inline data), so two pages
 * give the slope and a correction or two the count. Each count asked for is rendered once and cached.
 */
async function paddedBarePage(
  base: string,
  targetBytes: number,
  pathOf: (chars: number) => string = paddedBarePath,
): Promise<{ route: string; htmlBytes: number; chars: number }> {
  const bytesOf = async (chars: number) =>
    Buffer.from(await (await fetchPlain(base + pathOf(chars))).arrayBuffer()).length;
  const probeChars = 4000;
  const empty = await bytesOf(0);
  const slope = ((await bytesOf(probeChars)) - empty) / probeChars;
  let chars = Math.max(0, Math.round((targetBytes - empty) / slope));
  let htmlBytes = await bytesOf(chars);
  for (let attempt = 0; attempt < 3 && Math.abs(htmlBytes - targetBytes) > targetBytes * 0.005; attempt++) {
    chars = Math.max(0, chars + Math.round((targetBytes - htmlBytes) / slope));
    htmlBytes = await bytesOf(chars);
  }
  return { route: pathOf(chars), htmlBytes, chars };
}

interface LoadTarget {
  kind: string;
  route: string;
  /** A wrk script giving each request its own path (the route is then only the label). */
  luaScript?: string;
}

/** wrk against one route: a warm-up, then `runs` measured runs with the server's CPU per request; with `acceptEncoding`, every request sends it. */
async function loadRoute(
  server: Server,
  { kind, route, luaScript }: LoadTarget,
  acceptEncoding?: string,
): Promise<RouteLoad> {
  const url = server.url + (luaScript ? "/" : route);
  const headers: Record<string, string> = acceptEncoding ? { "Accept-Encoding": acceptEncoding } : {};
  if (warmUpS > 0) await runWrk({ url, connections, durationS: warmUpS, luaScript, headers });
  const sampler = rssSampler(server.pid, 500);
  const results: LoadRun[] = [];
  for (let run = 0; run < runs; run++) {
    const cpuBefore = groupCpuMs(server.pid);
    const result = await runWrk({ url, connections, durationS, luaScript, headers });
    // The server's own CPU per request: what one free core could serve is 1000 / this, whatever the neighbours do.
    const serverCpuMsPerRequest = (groupCpuMs(server.pid) - cpuBefore) / Math.max(1, result.requests);
    results.push({
      requests: result.requests,
      requestsPerSecond: result.requestsPerSecond,
      p50Ms: result.p50Ms,
      p99Ms: result.p99Ms,
      socketErrors: socketErrorCount(result),
      non2xx: result.non2xx,
      serverCpuMsPerRequest,
    });
    log(
      `  ${kind} ${route}${acceptEncoding ? ` (Accept-Encoding: ${acceptEncoding})` : ""}: ${fmt.int(result.requestsPerSecond)} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, socket errors ${socketErrorCount(result)}, non-2xx ${result.non2xx}, server CPU ${serverCpuMsPerRequest.toFixed(2)} ms/request`,
    );
  }
  return {
    kind,
    route,
    ...(acceptEncoding ? { acceptEncoding } : {}),
    runs: results,
    serverPeakRssBytes: sampler.stop(),
  };
}

/** Each load both ways: as the bench always sent it (no Accept-Encoding), then as a browser does. */
async function loadBothWays(server: Server, target: LoadTarget): Promise<RouteLoad[]> {
  return [await loadRoute(server, target), await loadRoute(server, target, BROWSER_ACCEPT_ENCODING)];
}

/**
 * The article alone, then the article while as many clients search on the same process
 * (a new query each request, two wrk processes side by side), right after each other. Both
 * routes were just loaded, so the server is warm.
 */
async function measureMixedLoad(
  server: Server,
  articleRoute: string,
  searching: LoadTarget,
  n: number,
): Promise<MixedLoadFigures> {
  const article = { url: server.url + articleRoute, connections, durationS };
  const alone = await runWrk(article);
  const [mixedArticle, mixedSearch] = await Promise.all([
    runWrk(article),
    runWrk({ url: `${server.url}/`, connections, durationS, luaScript: searching.luaScript }),
  ]);
  const articleErrors = socketErrorCount(mixedArticle) + mixedArticle.non2xx;
  const searchErrors = socketErrorCount(mixedSearch) + mixedSearch.non2xx;
  const figures: MixedLoadFigures = {
    articleRoute,
    connections,
    durationS,
    articleAloneRps: alone.requestsPerSecond,
    articleMixedRps: mixedArticle.requestsPerSecond,
    searchMixedRps: mixedSearch.requestsPerSecond,
    articleErrors,
    searchErrors,
  };
  log(
    `N=${n}: article alone ${fmt.int(alone.requestsPerSecond)} req/s; while ${connections} clients search: article ${fmt.int(mixedArticle.requestsPerSecond)} req/s (${fmt.ratio(mixedArticle.requestsPerSecond / alone.requestsPerSecond)}, ${articleErrors} errors), search ${fmt.int(mixedSearch.requestsPerSecond)} req/s (${searchErrors} errors)`,
  );
  return figures;
}

/** The bare page padded to the bytes of each page compared with it, loaded both ways on the bare server. */
async function loadPaddedBare(bareServer: Server, pages: readonly PageBytes[], n: number): Promise<PaddedBareLoad[]> {
  const padded: PaddedBareLoad[] = [];
  for (const kind of PADDED_KINDS) {
    const page = pages.find((p) => p.kind === kind);
    if (!page) continue;
    const { route, htmlBytes } = await paddedBarePage(bareServer.url, page.htmlBytes);
    log(`N=${n}: bare page padded for ${kind}: ${route}, ${fmt.int(htmlBytes)} bytes for ${fmt.int(page.htmlBytes)}`);
    padded.push({
      forKind: kind,
      targetBytes: page.htmlBytes,
      htmlBytes,
      loads: await loadBothWays(bareServer, { kind: `${KIND.paddedBare} (${kind})`, route }),
    });
  }
  return padded;
}

/**
 * Next.js's own cost of a page rendered per request, as the site renders a search page: the bare
 * page rendered on every request, padded to the search page's bytes, a new address each request.
 */
async function loadPerRequestBare(
  bareServer: Server,
  pages: readonly PageBytes[],
  n: number,
): Promise<PaddedBareLoad | undefined> {
  const page = pages.find((p) => p.kind === KIND.search);
  if (!page) return undefined;
  const { route, htmlBytes, chars } = await paddedBarePage(bareServer.url, page.htmlBytes, perRequestBarePath);
  log(
    `N=${n}: bare page rendered per request for ${KIND.searchDistinct}: ${route}, ${fmt.int(htmlBytes)} bytes for ${fmt.int(page.htmlBytes)}`,
  );
  const paths = Array.from({ length: 20_000 }, (_, i) => perRequestBarePath(chars, `words ${i}`));
  const kind = `${KIND.perRequestBare} (${KIND.searchDistinct})`;
  return {
    forKind: KIND.searchDistinct,
    label: kind,
    targetBytes: page.htmlBytes,
    htmlBytes,
    loads: await loadBothWays(bareServer, { kind, route, luaScript: distinctPathsScript(paths) }),
  };
}

/** A made-up article address: must be the site's own 404 page (lang, no error shell); loaded like a page when there is load. */
async function measureNotFound(server: Server, n: number): Promise<NotFoundFigures> {
  const route = "/news/no-such-article-made-up-by-the-bench";
  const response = await fetchPlain(server.url + route);
  const html = await response.text();
  const figures: NotFoundFigures = {
    route,
    status: response.status,
    lang: /<html\b[^>]*\slang="([^"]+)"/.exec(html)?.[1],
    errorShell: html.includes("__next_error__"),
    htmlBytes: Buffer.byteLength(html),
  };
  log(
    `N=${n}: ${route} answered ${figures.status}, ${figures.lang ? `lang="${figures.lang}"` : "no lang"}, ${figures.errorShell ? "Next's error shell" : "no error shell"}, ${fmt.int(figures.htmlBytes)} bytes`,
  );
  if (scope.load) figures.load = await loadRoute(server, { kind: KIND.notFound, route });
  return figures;
}

/**
 * `npm run build` again after one article's text changed, the build folder (and its cache/) kept
 * from the cold build: what an editor's push costs. The article is one in the middle of the archive,
 * none the bench loads; its file is restored afterwards so the corpus stays the seeded one.
 */
async function timedRebuild(contentDir: string, distDir: string, n: number): Promise<RebuildFigures> {
  const slugs = slugsNewestFirst(contentDir);
  const file = path.join(contentDir, "news", `${slugs[Math.floor(slugs.length / 2)]}.md`);
  const original = fs.readFileSync(file);
  try {
    fs.appendFileSync(
      file,
      "\nOne more paragraph, added by the benchmark to measure a rebuild after one changed article.\n",
    );
    const run = await buildProduction(projectRoot, distDir, siteBuildEnv(contentDir), {
      logFile: path.join(benchDir, "logs", `rebuild-${n}.log`),
    });
    return {
      wallMs: run.wallMs,
      changedFile: path.relative(projectRoot, file),
      contentLine: /content snapshot of .*$/m.exec(run.output)?.[0]?.trim(),
    };
  } finally {
    fs.writeFileSync(file, original);
  }
}

/** Slugs of the content folder, newest first (ties by slug), as the site orders them. */
function slugsNewestFirst(contentDir: string): string[] {
  const news = path.join(contentDir, "news");
  const dated = fs
    .readdirSync(news)
    // Articles only: a translation (<slug>.nl.md) is no address of its own.
    .filter((f) => f.endsWith(".md") && !TRANSLATION_LANGUAGES.some((language) => f.endsWith(`.${language}.md`)))
    .map((file) => ({
      slug: file.replace(/\.md$/, ""),
      date: /^date: (\S+)/m.exec(fs.readFileSync(path.join(news, file), "utf8"))?.[1] ?? "",
    }));
  return dated
    .sort((a, b) => (a.date === b.date ? a.slug.localeCompare(b.slug) : a.date < b.date ? 1 : -1))
    .map((a) => a.slug);
}

/** Article routes `next build` prerendered (prerender-manifest.json). */
function prerenderedArticles(distDir: string): Set<string> {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "prerender-manifest.json"), "utf8")) as {
    routes: Record<string, unknown>;
  };
  return new Set(Object.keys(manifest.routes).filter((route) => /^\/news\/(?!page\/)[^/]+$/.test(route)));
}

interface ArticlePicks {
  prerendered?: string;
  /** The oldest articles, which no build prerenders: one to load (after one warming request), one never asked for before the start-up probe. */
  onDemand: string[];
}

function pickArticles(contentDir: string, distDir: string): ArticlePicks {
  const prerendered = prerenderedArticles(distDir);
  const routes = slugsNewestFirst(contentDir).map((slug) => `/news/${slug}`);
  return {
    prerendered: routes.find((route) => prerendered.has(route)),
    onDemand: routes
      .filter((route) => !prerendered.has(route))
      .reverse()
      .slice(0, 2),
  };
}

/** Every kind of page to load, each checked to answer 200 first; a kind without an answering route is skipped, and said so. */
async function loadTargets(base: string, contentDir: string, n: number, articles: ArticlePicks): Promise<LoadTarget[]> {
  const firstId = (file: string) => /- id: (\S+)/.exec(fs.readFileSync(path.join(contentDir, file), "utf8"))?.[1];
  const lastPage = Math.ceil(n / site.newsPageSize);
  const candidates: (LoadTarget | undefined)[] = [
    { kind: KIND.home, route: "/" },
    { kind: KIND.news, route: "/news" },
    lastPage > 1 ? { kind: KIND.lastPage, route: `/news/page/${lastPage}` } : undefined,
    articles.prerendered ? { kind: KIND.article, route: articles.prerendered } : undefined,
    articles.onDemand[0] ? { kind: KIND.onDemandArticle, route: articles.onDemand[0] } : undefined,
    { kind: KIND.theme, route: `/themes/${firstId("themes.yml")}` },
    { kind: KIND.partner, route: `/partners/${firstId("partners.yml")}` },
    { kind: KIND.feed, route: "/feed.xml" },
    { kind: KIND.search, route: `/search?q=${WORD_IN_EVERY_ARTICLE}` },
  ];
  const found: LoadTarget[] = [];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const started = performance.now();
    const response = await fetch(base + candidate.route, { redirect: "manual" });
    await response.arrayBuffer();
    if (candidate.kind === KIND.onDemandArticle)
      log(
        `N=${n}: first request of the on-demand article (rendered now, then cached): ${fmt.ms(performance.now() - started)}`,
      );
    if (response.status === 200) found.push(candidate);
    else log(`N=${n}: ${candidate.kind} ${candidate.route} answered ${response.status}; not loaded`);
  }
  // Far more distinct queries than a run sends, so the answer cache (256) never helps.
  const paths = distinctSearchPaths(corpusVocabulary(), 20_000);
  found.push({
    kind: KIND.searchDistinct,
    route: `/search?q=<${fmt.int(paths.length)} distinct queries>`,
    luaScript: distinctPathsScript(paths),
  });
  return found;
}

// ---------------------------------------------------------------------------------------------

/** Fails at once, before any build, when a tool the chosen measurements need is missing. */
function checkTools(): void {
  if (scope.load || scope.nginx) wrkBinary();
  if (scope.nginx) nginxBinary();
  if (scope.lighthouse) chromiumPath();
}

async function main() {
  const startedAt = new Date();
  checkTools();
  const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? "unknown"}), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB memory, ${os.type()} ${os.release()}`;
  const nextVersion = JSON.parse(
    fs.readFileSync(path.join(projectRoot, "node_modules/next/package.json"), "utf8"),
  ).version;
  const prerender = `PRERENDER_ARTICLES=${process.env.PRERENDER_ARTICLES || "default"}, PRERENDER_LISTING_PAGES=${process.env.PRERENDER_LISTING_PAGES || "default"}`;
  const meta: ReportMeta = {
    date: startedAt.toISOString().replace(/\.\d+Z$/, "Z"),
    machine,
    loadAtStart: os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(", "),
    versions: `Node ${process.version}, Next.js ${nextVersion}`,
    command: `npm run bench${process.argv.length > 2 ? " -- " + process.argv.slice(2).join(" ") : ""}`,
    load: scope.load
      ? `wrk -t1 -c${connections} -d${durationS}s --latency, ${runs} run(s) per route after a ${warmUpS} s warm-up`
      : "none (--no-load)",
    prerender,
  };
  log(`${meta.machine}; load average ${meta.loadAtStart}; sizes ${sizes.join(", ")}; ${meta.load}`);

  // The baseline first, and kept running: it is loaded at every size, in the same run as the site.
  let bare: BareResult | undefined;
  let bareServer: Server | undefined;
  const bareDir = scope.bare ? makeBareNextApp() : undefined;
  const results: SizeResult[] = [];
  try {
    if (bareDir) {
      const build = await timedBuild(bareDir, ".next", {}, "bare-next");
      bareServer = await startServer({
        cwd: bareDir,
        env: siteEnv({ distDir: ".next" }),
        ownGroup: true,
        timeoutMs: 90_000,
      });
      bare = { build, page: await pageBytes(bareServer.url, "/", KIND.bare) };
      log(
        `bare Next.js page: built in ${fmt.ms(build.wallMs)}; ${fmt.kib(bare.page.jsGzipBytes)} JS gzip in ${bare.page.scripts} scripts`,
      );
    }
    const publicDir = path.join(projectRoot, "public");
    const madePhotos = await writeBenchPhotos(publicDir);
    if (madePhotos.length)
      log(
        `corpus photos: made ${madePhotos.length} in ${path.relative(projectRoot, path.join(publicDir, "images", "bench"))}`,
      );
    for (const n of sizes) {
      const contentDir = path.join(benchDir, `content-${n}`);
      const corpus = writeCorpus(contentDir, { count: n, seed });
      log(
        `N=${n}: corpus ${corpus.reused ? "reused" : "written"} (${fmt.int(corpus.words)} words, ${fmt.int(corpus.translations)} Dutch translations) in ${path.relative(projectRoot, contentDir)}`,
      );

      const index = measureIndex(contentDir, n);
      log(
        `N=${n}: index ${fmt.ms(index.loadMs)} (CPU ${fmt.ms(index.loadCpuMs)}), bodies ${fmt.ms(index.renderMs)}, peak RSS ${fmt.mib(index.peakRssBytes)}`,
      );

      const distDir = `.next-bench-${n}`;
      const absoluteDist = path.join(projectRoot, distDir);
      const build = await timedBuild(projectRoot, distDir, siteBuildEnv(contentDir), `site-${n}`);
      log(
        `N=${n}: npm run build in ${fmt.ms(build.wallMs)}, peak RSS ${fmt.mib(build.peakRssBytes)}; ${build.phases.map((p) => `${p.name} ${fmt.ms(p.ms)}`).join(", ")}`,
      );
      const rebuild = scope.rebuildAt?.includes(n) ? await timedRebuild(contentDir, distDir, n) : undefined;
      if (rebuild)
        log(
          `N=${n}: rebuild after changing ${rebuild.changedFile} in ${fmt.ms(rebuild.wallMs)}; ${rebuild.contentLine ?? "no content step line in the log"}`,
        );

      const env = siteEnv({ distDir, contentDir });
      const articles = pickArticles(contentDir, absoluteDist);
      const start: StartFigures = { homeMs: await timeToFirst200(env, "/"), pollMs: START_POLL_MS };
      start.searchMs = await timeToFirst200(env, `/search?q=${WORD_IN_EVERY_ARTICLE}`);
      // Not the article loaded below: this one must never have been asked for, so its first answer renders it.
      start.onDemandArticleRoute = articles.onDemand[1] ?? articles.onDemand[0];
      if (start.onDemandArticleRoute) start.onDemandArticleMs = await timeToFirst200(env, start.onDemandArticleRoute);
      log(
        `N=${n}: start to first 200: / ${fmt.ms(start.homeMs)}, search ${fmt.ms(start.searchMs)}, on-demand article ${start.onDemandArticleMs === undefined ? "-" : fmt.ms(start.onDemandArticleMs)}`,
      );

      const searchProbe = measureSearch(absoluteDist);
      log(
        `N=${n}: search probe: ${searchProbe.queries.map((q) => `${q.name} ${q.cpuMsMedian.toFixed(2)} ms`).join(", ")}`,
      );

      const result: SizeResult = {
        n,
        words: corpus.words,
        index,
        build,
        ...(rebuild ? { rebuild } : {}),
        start,
        pages: [],
        load: [],
        searchProbe,
      };
      const server = await startServer({ env, ownGroup: true, timeoutMs: 90_000 });
      try {
        result.photos = await measurePhotos(server.url, contentDir, absoluteDist, publicDir);
        if (result.photos)
          log(
            `N=${n}: photos: lead ${fmt.kib(result.photos.leadBytes)}, /news images ${fmt.kib(result.photos.newsImageBytes)}, preview ${result.photos.preview.width}x${result.photos.preview.height} ${fmt.kib(result.photos.preview.bytes)}, ${result.photos.rejected.badRequests}/${result.photos.rejected.requests} strangers 400, image check ${fmt.ms(result.photos.checkMs)}`,
          );
        const targets = await loadTargets(server.url, contentDir, n, articles);
        log(`N=${n}: routes ${targets.map((t) => `${t.kind} ${t.route}`).join(", ")}`);
        for (const { kind, route, luaScript } of targets)
          if (!luaScript) result.pages.push(await pageBytes(server.url, route, kind));
        if (scope.load) {
          if (bareServer) {
            [result.bareLoad, result.bareEncodedLoad] = await loadBothWays(bareServer, { kind: KIND.bare, route: "/" });
            result.paddedBare = await loadPaddedBare(bareServer, result.pages, n);
            const perRequest = await loadPerRequestBare(bareServer, result.pages, n);
            if (perRequest) result.paddedBare.push(perRequest);
          }
          for (const target of targets) {
            // Before the searches: queries still queued from their loads would be counted in the 404's CPU.
            if (target.kind === KIND.search || target.kind === KIND.searchDistinct)
              result.notFound ??= await measureNotFound(server, n);
            result.load.push(...(await loadBothWays(server, target)));
          }
          const searching = targets.find((target) => target.kind === KIND.searchDistinct);
          if (articles.prerendered && searching)
            result.mixed = await measureMixedLoad(server, articles.prerendered, searching, n);
        }
        result.notFound ??= await measureNotFound(server, n);
        if (n === scope.compareAt && scope.nginx && articles.prerendered) {
          result.nginx = await compareCacheWithFile({
            upstreamPorts: [server.port],
            route: articles.prerendered,
            connections,
            durationS,
            runs,
            warmUpS,
            log,
          });
        }
        if (n === scope.compareAt && scope.lighthouse && bareServer && articles.prerendered) {
          const photoArticleRoute = result.photos?.articleRoute;
          const searchRoute = `/search?q=${WORD_IN_EVERY_ARTICLE}`;
          const lighthouse: LighthouseFigures = {
            runs: lighthouseRuns,
            articleRoute: articles.prerendered,
            bare: [],
            article: [],
            photoArticleRoute,
            photoArticle: photoArticleRoute ? [] : undefined,
            searchRoute,
            search: [],
          };
          // Interleaved, so a busy moment weighs on all alike.
          for (let run = 1; run <= lighthouseRuns; run++) {
            lighthouse.bare.push(lighthouseScores(`${bareServer.url}/`, ["performance"]).performance ?? 0);
            lighthouse.article.push(
              lighthouseScores(server.url + articles.prerendered, ["performance"]).performance ?? 0,
            );
            if (photoArticleRoute) lighthouse.photoArticle!.push(lighthousePaint(server.url + photoArticleRoute));
            lighthouse.search!.push(lighthouseScores(server.url + searchRoute));
            const photo = lighthouse.photoArticle?.at(-1);
            const search = lighthouse.search!.at(-1)!;
            log(
              `N=${n}: Lighthouse run ${run}/${lighthouseRuns}: bare ${lighthouse.bare.at(-1)}, article ${lighthouse.article.at(-1)}${photo ? `, article with a photo ${photo.performance} (CLS ${photo.cumulativeLayoutShift.toFixed(3)})` : ""}, search page ${Object.entries(
                search,
              )
                .map(([category, score]) => `${category} ${score}`)
                .join(", ")}`,
            );
          }
          result.lighthouse = lighthouse;
        }
        if (n === 10_000 && scope.lighthouse) {
          result.browserSearch = await probeBrowserSearch(server.url, WORD_IN_EVERY_ARTICLE);
          log(
            `N=${n}: browser search "${result.browserSearch.query}": first results ${fmt.ms(result.browserSearch.firstResultsMs)} after the last key, ${fmt.kib(result.browserSearch.queryBytes)} fetched`,
          );
        }
      } finally {
        await server.stop();
      }
      results.push(result);
      fs.mkdirSync(path.join(benchDir, "results"), { recursive: true });
      fs.writeFileSync(path.join(benchDir, "results", `${n}.json`), JSON.stringify({ meta, result, bare }, null, 2));
      // The report is rewritten after every size: a long run cut short keeps what it measured.
      writeOutputs(results, bare, meta, results.length === sizes.length);
    }
  } finally {
    await bareServer?.stop();
    if (bareDir) fs.rmSync(bareDir, { recursive: true, force: true });
  }
  meta.loadAtEnd = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(", ");
  const markdown = writeOutputs(results, bare, meta, true);
  console.log(markdown);
  console.log(`\nTargets:\n\n${targetsTable(results, bare, scope)}\n`);
  log(
    `wrote ${path.relative(projectRoot, outFile)} and ${path.relative(projectRoot, chartFile)} in ${fmt.s(Date.now() - startedAt.getTime())}`,
  );
}

function writeOutputs(
  results: SizeResult[],
  bare: BareResult | undefined,
  meta: ReportMeta,
  finished: boolean,
): string {
  const pending = sizes.filter((s) => !results.some((r) => r.n === s));
  const markdown =
    (finished ? "" : `**Partial: sizes ${pending.join(", ")} not measured yet.**\n\n`) +
    report(results, bare, scope, meta, path.basename(chartFile));
  writeChart(
    chartFile,
    results.map((r) => ({ n: r.n, buildS: r.build.wallMs / 1000, indexMs: r.index.loadMs + r.index.indexMs })),
  );
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  writeReport(outFile, markdown);
  return markdown;
}

main().catch((error: unknown) => {
  // A missing tool is the user's to fix: its message says how; anything else keeps its stack.
  console.error(
    `bench: ${error instanceof Error ? (/not installed|No Chromium/.test(error.message) ? error.message : error.stack) : String(error)}`,
  );
  process.exitCode = 1;
});
