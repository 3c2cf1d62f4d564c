/** What one `npm run bench` measures: the shapes run.ts fills, targets.ts judges and report.ts prints. */
import type { LighthouseScores } from "../lib/lighthouse";
import type { CacheVersusFile } from "../lib/nginx";
import type { BuildPhase } from "./build-log";
import type { BrowserSearchProbe } from "./browser-search-probe";
import type { ProbeQueryId } from "./search-queries";

export interface IndexFigures {
  articles: number;
  loadMs: number;
  loadCpuMs: number;
  indexMs: number;
  warmLoadMs: number;
  summariesMs: number;
  moreNewsMs: number;
  renderMs: number;
  rerenderMs: number;
  heapAfterIndexBytes: number;
  heapAfterRenderBytes: number;
  peakRssBytes: number;
}

export interface BuildFigures {
  wallMs: number;
  peakRssBytes: number;
  outputBytes: number;
  phases: BuildPhase[];
}

/** Milliseconds from spawning `next start` (a fresh server each) to the first 200 of each address. */
export interface StartFigures {
  homeMs: number;
  searchMs?: number;
  onDemandArticleMs?: number;
  onDemandArticleRoute?: string;
  pollMs: number;
}

export interface PageBytes {
  route: string;
  kind: string;
  htmlBytes: number;
  htmlGzipBytes: number;
  scripts: number;
  jsGzipBytes: number;
  /** Of htmlBytes, the inline RSC data (`<script>self.__next_f.push(...)</script>`) that hydrates the rest. */
  inlineDataBytes?: number;
}

export interface LoadRun {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  socketErrors: number;
  non2xx: number;
  /** The server's own CPU time (its whole process group) over the run, per request answered. */
  serverCpuMsPerRequest: number;
}

export interface RouteLoad {
  kind: string;
  /** The address loaded; for distinct queries, a description of them. */
  route: string;
  /** The Accept-Encoding every request sent (wrk -H), as a browser does; none when absent. */
  acceptEncoding?: string;
  runs: LoadRun[];
  serverPeakRssBytes: number;
}

/** What a browser sends; the bench loads every page without it and with it. */
export const BROWSER_ACCEPT_ENCODING = "gzip, br";

/** The bare page padded with text to the bytes of one of the site's pages (issue 17), loaded like it. */
export interface PaddedBareLoad {
  /** The site's page it stands beside (a KIND), and that page's HTML bytes. */
  forKind: string;
  /** How the tables name it, when it is not the cached padded page. */
  label?: string;
  targetBytes: number;
  /** The padded page's own HTML bytes, as served. */
  htmlBytes: number;
  /** Plain, then with BROWSER_ACCEPT_ENCODING. */
  loads: RouteLoad[];
}

/** A made-up article address (issue 17): what the server answers, and what answering it costs under load. */
export interface NotFoundFigures {
  route: string;
  status: number;
  /** The page's own HTML: `<html lang="...">` and no `__next_error__` shell. */
  lang?: string;
  errorShell: boolean;
  htmlBytes: number;
  load?: RouteLoad;
}

/** `npm run build` again after changing one article, the build folder's cache/ kept (issue 17). */
export interface RebuildFigures {
  wallMs: number;
  changedFile: string;
  /** The content step's own line from the build log (what it took from the parse cache). */
  contentLine?: string;
}

export interface SearchProbeQuery {
  id: ProbeQueryId;
  name: string;
  query: string;
  matches: number;
  cpuMsMedian: number;
  cpuMsMin: number;
  cpuMsMax: number;
}

export interface SearchProbe {
  articles: number;
  firstSearchMs: number;
  repetitions: number;
  queries: SearchProbeQuery[];
}

export interface LighthouseFigures {
  runs: number;
  articleRoute: string;
  bare: number[];
  article: number[];
  /** Issue 19: an article leading with a 3000x2000 corpus photo, in the same interleaved runs. */
  photoArticleRoute?: string;
  photoArticle?: { performance: number; cumulativeLayoutShift: number; largestPaintElement: string }[];
  /** Issue 18: the search page with a query (every category), in the same interleaved runs. */
  searchRoute?: string;
  search?: LighthouseScores[];
}

/**
 * Issue 18: an article loaded alone, then again while as many clients search (a new query each
 * request) on the same process, two wrk processes side by side.
 */
export interface MixedLoadFigures {
  articleRoute: string;
  connections: number;
  durationS: number;
  articleAloneRps: number;
  articleMixedRps: number;
  searchMixedRps: number;
  /** Socket errors and non-2xx answers of the article, and of the searches, under the mixed load. */
  articleErrors: number;
  searchErrors: number;
}

import type { PhotoFigures } from "./photo-probe";

export interface SizeResult {
  n: number;
  words: number;
  index: IndexFigures;
  build: BuildFigures;
  start: StartFigures;
  pages: PageBytes[];
  /** The site's routes under load (empty with --no-load). */
  load: RouteLoad[];
  /** The bare Next.js page under the same load, in the same run, just before the site's routes. */
  bareLoad?: RouteLoad;
  /** The same with BROWSER_ACCEPT_ENCODING. */
  bareEncodedLoad?: RouteLoad;
  /** The bare page padded to the bytes of each page issue 17 compares with it. */
  paddedBare?: PaddedBareLoad[];
  notFound?: NotFoundFigures;
  rebuild?: RebuildFigures;
  searchProbe?: SearchProbe;
  /** The search in the browser under mobile throttling (at 10,000 only). */
  browserSearch?: BrowserSearchProbe;
  /** At the comparison size only. */
  nginx?: CacheVersusFile;
  lighthouse?: LighthouseFigures;
  /** Issue 19's photo figures (photo-probe.ts), at every size. */
  photos?: PhotoFigures;
  /** Issue 18: the article while 50 clients search (with load only). */
  mixed?: MixedLoadFigures;
}

export interface BareResult {
  build: BuildFigures;
  page: PageBytes;
}

/** Why a measurement is absent from a run (flags, sizes), for the targets that needed it. */
export interface RunScope {
  sizes: number[];
  load: boolean;
  /** Size at which Lighthouse and the nginx comparison run, and whether they were switched off. */
  compareAt: number;
  lighthouse: boolean;
  nginx: boolean;
  bare: boolean;
  /** Sizes at which the rebuild after one changed article is measured (--rebuild-at). */
  rebuildAt?: number[];
}

/** The kinds of page the bench loads, as the tables and targets name them. */
export const KIND = {
  home: "home",
  news: "news",
  lastPage: "news, last page",
  article: "article (prerendered)",
  onDemandArticle: "article (on demand)",
  theme: "theme",
  partner: "partner",
  feed: "feed",
  search: "search, one query repeated (page kept)",
  searchDistinct: "search, a new query each request",
  bare: "bare Next.js page",
  paddedBare: "bare Next.js page padded",
  perRequestBare: "bare Next.js page rendered per request, padded",
  notFound: "404 of an article address",
} as const;

/** The pages issue 17 compares with the bare page padded to their own bytes. */
export const PADDED_KINDS: readonly string[] = [KIND.article, KIND.onDemandArticle, KIND.home, KIND.news, KIND.theme];

/** A route's load without Accept-Encoding (the figures issue 9's targets hold), or with the browser's. */
export function loadOf(result: SizeResult, kind: string, acceptEncoding?: string): RouteLoad | undefined {
  return result.load.find((l) => l.kind === kind && l.acceptEncoding === acceptEncoding);
}

/** Requests answered 2xx a second: a search refused while the server is busy (503) is no answer. */
export function answeredPerSecond(run: LoadRun): number {
  return run.requests === 0 ? 0 : (run.requestsPerSecond * (run.requests - run.non2xx)) / run.requests;
}

/** The server's CPU per 2xx answer, the refusals' own small cost included. */
export function cpuMsPerAnswer(run: LoadRun): number {
  const answered = run.requests - run.non2xx;
  return answered === 0 ? Infinity : (run.serverCpuMsPerRequest * run.requests) / answered;
}

/** The run with the most requests per second: what the route can do when the machine lets it. */
export function bestRun(load: RouteLoad): LoadRun {
  return load.runs.reduce((a, b) => (b.requestsPerSecond > a.requestsPerSecond ? b : a));
}
