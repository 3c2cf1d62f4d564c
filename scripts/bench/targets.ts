/**
 * The verdict on every target the benchmark holds the site to: those of
 * issue 17 (pages at the cost of a bare page of their size, real 404s, the
 * rebuild), of issue 9 (the archive at scale) and those of issue 6 that still apply. Pure:
 * figures in, rows out; a target whose figures this run did not take says why.
 */
import { fmt } from "./format";
import {
  answeredPerSecond,
  bestRun,
  cpuMsPerAnswer,
  BROWSER_ACCEPT_ENCODING,
  KIND,
  loadOf,
  PADDED_KINDS,
  type BareResult,
  type RouteLoad,
  type RunScope,
  type SizeResult,
} from "./results";

export type Verdict = { status: "met" } | { status: "NOT met"; why?: string } | { status: "not measured"; why: string };

export interface TargetRow {
  source: "issue 18" | "issue 17" | "issue 9" | "issue 6" | "issue 19";
  target: string;
  measured: string;
  ratio: string;
  verdict: Verdict;
}

export const LIMITS = {
  buildOverBareMs: 25_000,
  buildGrowth: 1.25,
  startMs: 1000,
  throughputVsBare: 0.75,
  p99VsBare: 2,
  searchP99Ms: 100,
  searchCpuMs: 5,
  lighthousePointsBelowBare: 2,
  cacheVsFile: 0.5,
  indexMs: 1000,
  indexGrowthFor10x: 12,
  htmlSpread: 1.1,
  buildPeakRssBytes: 4 * 1024 ** 3,
  jsOverBareBytes: 5 * 1024,
  throughputVsPaddedBare: 0.85,
  p99VsPaddedBare: 2,
  inlineDataVsHtml: 1,
  searchDistinctPerSecond: 300,
  browserSearchMs: 300,
  /** Issue 18: an article's req/s while 50 clients search, against its req/s alone. */
  articleKeptWhileSearching: 0.75,
  browserSearchBytes: 150 * 1024,
  leadPhotoBytes: 120 * 1024,
  cardPhotoBytes: 25 * 1024,
  newsImageBytes: 300 * 1024,
  previewJpegBytes: 200 * 1024,
  photoBuildMs: 10_000,
} as const;

/** Sizes the issue names for its targets. */
const MID = 1000;
const BIG = 10_000;
/** Issue 17 holds the pages to their targets at each of these. */
const ISSUE_17_SIZES = [100, MID, BIG];

export function verdictText(verdict: Verdict): string {
  if (verdict.status === "met") return "met";
  if (verdict.status === "NOT met") return verdict.why ? `NOT met (${verdict.why})` : "NOT met";
  return `not measured: ${verdict.why}`;
}

const met = (ok: boolean, why?: string): Verdict => (ok ? { status: "met" } : { status: "NOT met", why });
const notMeasured = (why: string): Verdict => ({ status: "not measured", why });
const absent = (source: TargetRow["source"], target: string, why: string): TargetRow => ({
  source,
  target,
  measured: "-",
  ratio: "-",
  verdict: notMeasured(why),
});

function sizeMissing(scope: RunScope, n: number): string {
  return `${fmt.int(n)} articles is not among this run's sizes (${scope.sizes.map(fmt.int).join(", ")}; --sizes)`;
}

function loadMissing(scope: RunScope): string | undefined {
  if (!scope.load) return "no load in this run (--no-load)";
  return undefined;
}

function errorsOf(load: RouteLoad): number {
  return load.runs.reduce((sum, run) => sum + run.socketErrors + run.non2xx, 0);
}

function buildTargets(results: SizeResult[], bare: BareResult | undefined, scope: RunScope): TargetRow[] {
  const rows: TargetRow[] = [];
  for (const n of [MID, BIG]) {
    const target = `build at ${fmt.int(n)} (\`npm run build\`, cold) <= bare Next.js page's build + 25 s`;
    const result = results.find((r) => r.n === n);
    if (!result) rows.push(absent("issue 9", target, sizeMissing(scope, n)));
    else if (!bare) rows.push(absent("issue 9", target, "the bare Next.js page was not built (--no-bare)"));
    else {
      const over = result.build.wallMs - bare.build.wallMs;
      rows.push({
        source: "issue 9",
        target,
        measured: `${fmt.s(result.build.wallMs)} vs ${fmt.s(bare.build.wallMs)} (${over >= 0 ? "+" : ""}${fmt.s(over)})`,
        ratio: `${fmt.ratio(result.build.wallMs / bare.build.wallMs)} the bare build`,
        verdict: met(over <= LIMITS.buildOverBareMs, `${fmt.s(over)} over the bare build, 25 s allowed`),
      });
    }
  }
  const target = "build at 10,000 / build at 1,000 <= 1.25";
  const mid = results.find((r) => r.n === MID);
  const big = results.find((r) => r.n === BIG);
  if (!mid || !big) rows.push(absent("issue 9", target, sizeMissing(scope, mid ? BIG : MID)));
  else {
    const growth = big.build.wallMs / mid.build.wallMs;
    rows.push({
      source: "issue 9",
      target,
      measured: `${fmt.s(big.build.wallMs)} / ${fmt.s(mid.build.wallMs)}`,
      ratio: fmt.ratio(growth),
      verdict: met(growth <= LIMITS.buildGrowth),
    });
  }
  return rows;
}

function startTarget(results: SizeResult[], scope: RunScope): TargetRow {
  const target = "server start to first answer of `/` at 10,000 < 1 s";
  const big = results.find((r) => r.n === BIG);
  if (!big) return absent("issue 9", target, sizeMissing(scope, BIG));
  const { homeMs, searchMs, onDemandArticleMs, pollMs } = big.start;
  const lazy = [
    searchMs === undefined ? undefined : `first search ${fmt.ms(searchMs)}`,
    onDemandArticleMs === undefined ? undefined : `first on-demand article ${fmt.ms(onDemandArticleMs)}`,
  ].filter(Boolean);
  return {
    source: "issue 9",
    target,
    measured: `${fmt.ms(homeMs)}${lazy.length ? ` (from a fresh start each: ${lazy.join(", ")})` : ""}; polled every ${pollMs} ms`,
    ratio: `${fmt.ratio(homeMs / LIMITS.startMs)} the limit`,
    verdict: met(homeMs < LIMITS.startMs),
  };
}

/** Article, home and /news against the bare page, at every size measured. */
function throughputTargets(results: SizeResult[], scope: RunScope): TargetRow[] {
  const rows: TargetRow[] = [];
  const kinds = [KIND.article, KIND.onDemandArticle, KIND.home, KIND.news];
  for (const result of results) {
    for (const kind of kinds) {
      const target = `${kind} at ${fmt.int(result.n)}: req/s >= 0.75 x bare page, p99 <= 2 x bare page's (-c50, same run)`;
      const why = loadMissing(scope) ?? (!scope.bare ? "no bare page in this run (--no-bare)" : undefined);
      const load = loadOf(result, kind);
      if (why) rows.push(absent("issue 9", target, why));
      else if (!load)
        rows.push(
          absent(
            "issue 9",
            target,
            kind === KIND.onDemandArticle ? "every article is prerendered at this size" : "the page did not answer 200",
          ),
        );
      else if (!result.bareLoad) rows.push(absent("issue 9", target, "the bare page was not loaded at this size"));
      else {
        const site = bestRun(load);
        const base = bestRun(result.bareLoad);
        const throughput = site.requestsPerSecond / base.requestsPerSecond;
        const latency = site.p99Ms / base.p99Ms;
        const failures = [
          throughput < LIMITS.throughputVsBare ? `req/s ${fmt.preciseRatio(throughput)}` : undefined,
          latency > LIMITS.p99VsBare ? `p99 ${fmt.preciseRatio(latency)}` : undefined,
        ].filter(Boolean);
        rows.push({
          source: "issue 9",
          target,
          measured: `${fmt.int(site.requestsPerSecond)} req/s, p99 ${site.p99Ms} ms vs ${fmt.int(base.requestsPerSecond)} req/s, p99 ${base.p99Ms} ms`,
          ratio: `${fmt.ratio(throughput)} req/s, ${fmt.ratio(latency)} p99`,
          verdict: met(failures.length === 0, failures.join(", ")),
        });
      }
    }
  }
  return rows;
}

function searchTargets(results: SizeResult[], scope: RunScope): TargetRow[] {
  const rows: TargetRow[] = [];
  const big = results.find((r) => r.n === BIG);
  for (const kind of [KIND.search, KIND.searchDistinct]) {
    const latencyTarget = `${kind} at 10,000, -c50: p99 < 100 ms, zero errors`;
    const cpuTarget = `${kind} at 10,000: server CPU per query <= 5 ms`;
    const why = !big ? sizeMissing(scope, BIG) : loadMissing(scope);
    const load = big ? loadOf(big, kind) : undefined;
    if (why || !load) {
      rows.push(
        absent("issue 9", latencyTarget, why ?? "/search did not answer 200"),
        absent("issue 9", cpuTarget, why ?? "/search did not answer 200"),
      );
      continue;
    }
    const run = bestRun(load);
    const errors = errorsOf(load);
    rows.push({
      source: "issue 9",
      target: latencyTarget,
      measured: `p99 ${run.p99Ms} ms, ${fmt.int(run.requestsPerSecond)} req/s; ${errors} errors over ${load.runs.length} run(s)`,
      ratio: `${fmt.ratio(run.p99Ms / LIMITS.searchP99Ms)} the limit`,
      verdict: met(run.p99Ms < LIMITS.searchP99Ms && errors === 0, errors > 0 ? `${errors} errors` : undefined),
    });
    const cpuMs = cpuMsPerAnswer(run);
    rows.push({
      source: "issue 9",
      target: cpuTarget,
      measured: `${cpuMs.toFixed(2)} ms${run.non2xx > 0 ? ` a 2xx answer (${fmt.int(run.non2xx)} refused)` : ""}`,
      ratio: `${fmt.ratio(cpuMs / LIMITS.searchCpuMs)} the limit`,
      verdict: met(cpuMs <= LIMITS.searchCpuMs),
    });
  }
  // The probe: uncached CPU per query, in-process, at 10,000.
  const longQueries = [
    { id: "repeated-200", label: "that word repeated" },
    { id: "short-words-200", label: "short words" },
  ] as const;
  for (const { id, label } of longQueries) {
    const target = `search at 10,000 (uncached, in-process): a 200-character query of ${label} costs no more CPU than the one-word query`;
    const probe = big?.searchProbe;
    if (!big) {
      rows.push(absent("issue 9", target, sizeMissing(scope, BIG)));
      continue;
    }
    const one = probe?.queries.find((q) => q.id === "one-word");
    const again = probe?.queries.find((q) => q.id === "one-word-again");
    const long = probe?.queries.find((q) => q.id === id);
    if (!probe || !one || !again || !long) {
      rows.push(absent("issue 9", target, "the search probe did not run"));
      continue;
    }
    // Two measurements of the same query differ by the machine's noise: that much is allowed, no more.
    const noise = Math.abs(again.cpuMsMedian / one.cpuMsMedian - 1);
    const ratio = long.cpuMsMedian / one.cpuMsMedian;
    rows.push({
      source: "issue 9",
      target,
      measured: `${long.cpuMsMedian.toFixed(2)} ms vs ${one.cpuMsMedian.toFixed(2)} ms CPU (medians of ${probe.repetitions})`,
      ratio: `${fmt.ratio(ratio)} (noise: the one-word query against itself ${fmt.ratio(again.cpuMsMedian / one.cpuMsMedian)})`,
      verdict: met(ratio <= 1 + noise, `${fmt.preciseRatio(ratio)} the one-word query's cost`),
    });
  }
  return rows;
}

function lighthouseTarget(results: SizeResult[], scope: RunScope): TargetRow {
  const target = `Lighthouse mobile performance of the article page >= bare page - 2 (median of runs, at ${fmt.int(scope.compareAt)})`;
  if (!scope.lighthouse) return absent("issue 9", target, "switched off (--no-lighthouse; --smoke does by default)");
  const at = results.find((r) => r.n === scope.compareAt);
  if (!at) return absent("issue 9", target, sizeMissing(scope, scope.compareAt));
  if (!at.lighthouse) return absent("issue 9", target, "Lighthouse did not run at this size");
  const { article, bare } = at.lighthouse;
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const difference = median(article) - median(bare);
  return {
    source: "issue 9",
    target,
    measured: `article ${median(article)} (${article.join(", ")}) vs bare ${median(bare)} (${bare.join(", ")})`,
    ratio: `${difference >= 0 ? "+" : ""}${difference} points`,
    verdict: met(difference >= -LIMITS.lighthousePointsBelowBare),
  };
}

function nginxTarget(results: SizeResult[], scope: RunScope): TargetRow {
  const target = `nginx cache in front of the replicas serves an article at >= 0.5 x nginx serving the same HTML from a file (at ${fmt.int(scope.compareAt)})`;
  if (!scope.nginx) return absent("issue 9", target, "switched off (--no-nginx; --smoke does by default)");
  const at = results.find((r) => r.n === scope.compareAt);
  if (!at) return absent("issue 9", target, sizeMissing(scope, scope.compareAt));
  if (!at.nginx) return absent("issue 9", target, "the comparison did not run at this size");
  const best = (runs: { requestsPerSecond: number }[]) => Math.max(...runs.map((r) => r.requestsPerSecond));
  return {
    source: "issue 9",
    target,
    measured: `${fmt.int(best(at.nginx.cacheRuns))} req/s vs ${fmt.int(best(at.nginx.fileRuns))} req/s (cache ${at.nginx.cacheStatuses.join(", ")})`,
    ratio: fmt.ratio(at.nginx.ratio),
    verdict: met(at.nginx.ratio >= LIMITS.cacheVsFile),
  };
}

/** The targets of issue 6 that still describe the site. */
function keptTargets(results: SizeResult[], bare: BareResult | undefined, scope: RunScope): TargetRow[] {
  const rows: TargetRow[] = [];
  const mid = results.find((r) => r.n === MID);
  const big = results.find((r) => r.n === BIG);
  const indexTarget = "content index of 10,000 (read, parse, validate; fresh process) < 1 s";
  rows.push(
    big
      ? {
          source: "issue 6",
          target: indexTarget,
          measured: `${fmt.ms(big.index.loadMs)} wall, ${fmt.ms(big.index.loadCpuMs)} CPU`,
          ratio: `${fmt.ratio(big.index.loadMs / LIMITS.indexMs)} the limit`,
          verdict: met(big.index.loadMs < LIMITS.indexMs),
        }
      : absent("issue 6", indexTarget, sizeMissing(scope, BIG)),
  );
  const growthTarget = "content index: 10x the articles costs <= 12x the CPU";
  if (mid && big) {
    // CPU time decides: on a shared machine the wall-time ratio mostly measures the neighbours.
    const growth = big.index.loadCpuMs / mid.index.loadCpuMs;
    rows.push({
      source: "issue 6",
      target: growthTarget,
      measured: `${fmt.ms(big.index.loadCpuMs)} / ${fmt.ms(mid.index.loadCpuMs)} CPU`,
      ratio: fmt.ratio(growth),
      verdict: met(growth <= LIMITS.indexGrowthFor10x),
    });
  } else rows.push(absent("issue 6", growthTarget, sizeMissing(scope, mid ? BIG : MID)));
  rows.push({
    source: "issue 6",
    target: "each body rendered at most once per process",
    measured: results
      .map((r) => `${fmt.int(r.n)}: second pass ${fmt.ms(r.index.rerenderMs)} vs ${fmt.ms(r.index.renderMs)}`)
      .join("; "),
    ratio: results.map((r) => fmt.ratio(r.index.rerenderMs / r.index.renderMs)).join("; "),
    verdict: met(results.every((r) => r.index.rerenderMs < r.index.renderMs / 20)),
  });
  for (const kind of [KIND.home, KIND.news, KIND.lastPage]) {
    const target = `${kind}: HTML size independent of N`;
    const sizes = results
      .map((r) => r.pages.find((p) => p.kind === kind)?.htmlBytes)
      .filter((b): b is number => b !== undefined);
    if (sizes.length < 2) rows.push(absent("issue 6", target, "needs two sizes or more"));
    else {
      const spread = Math.max(...sizes) / Math.min(...sizes);
      rows.push({
        source: "issue 6",
        target,
        measured: sizes.map(fmt.kib).join(" / "),
        ratio: `${fmt.ratio(spread)} largest / smallest`,
        verdict: met(spread < LIMITS.htmlSpread),
      });
    }
  }
  const rssTarget = "build at 10,000: peak RSS of the process tree < 4 GiB";
  rows.push(
    big
      ? {
          source: "issue 6",
          target: rssTarget,
          measured: fmt.mib(big.build.peakRssBytes),
          ratio: `${fmt.ratio(big.build.peakRssBytes / LIMITS.buildPeakRssBytes)} the limit`,
          verdict: met(big.build.peakRssBytes < LIMITS.buildPeakRssBytes),
        }
      : absent("issue 6", rssTarget, sizeMissing(scope, BIG)),
  );
  const jsTarget = "article JS <= bare Next.js page + 5 KiB (gzip)";
  const articleJs = results.flatMap((r) =>
    r.pages.filter((p) => p.kind === KIND.article || p.kind === KIND.onDemandArticle).map((p) => p.jsGzipBytes),
  );
  if (!bare) rows.push(absent("issue 6", jsTarget, "the bare Next.js page was not built (--no-bare)"));
  else if (articleJs.length === 0) rows.push(absent("issue 6", jsTarget, "no article page answered"));
  else {
    const worst = Math.max(...articleJs);
    rows.push({
      source: "issue 6",
      target: jsTarget,
      measured: `${fmt.kib(worst)} vs ${fmt.kib(bare.page.jsGzipBytes)} (+${fmt.kib(worst - bare.page.jsGzipBytes)})`,
      ratio: fmt.ratio(worst / bare.page.jsGzipBytes),
      verdict: met(worst <= bare.page.jsGzipBytes + LIMITS.jsOverBareBytes),
    });
  }
  const errorsTarget = "no socket error and no non-2xx answer on any route under load";
  const why = loadMissing(scope);
  if (why) rows.push(absent("issue 6", errorsTarget, why));
  else {
    const failing = results.flatMap((r) =>
      r.load.filter((l) => errorsOf(l) > 0).map((l) => `${l.kind} at ${fmt.int(r.n)}: ${errorsOf(l)}`),
    );
    rows.push({
      source: "issue 6",
      target: errorsTarget,
      measured: failing.length ? failing.join("; ") : "none",
      ratio: "-",
      verdict: met(failing.length === 0),
    });
  }
  return rows;
}

const encodingLabel = (acceptEncoding: string | undefined) =>
  acceptEncoding ? `Accept-Encoding: ${acceptEncoding}` : "no Accept-Encoding";

/**
 * Issue 17: each page against the bare page padded to its own bytes and against the bare page itself,
 * without and with the browser's Accept-Encoding, at every size the issue names.
 */
function paddedThroughputTargets(results: SizeResult[], scope: RunScope): TargetRow[] {
  const rows: TargetRow[] = [];
  const sizes = [...new Set([...ISSUE_17_SIZES, ...results.map((r) => r.n)])].sort((a, b) => a - b);
  for (const n of sizes) {
    const result = results.find((r) => r.n === n);
    if (!result) {
      rows.push(
        absent(
          "issue 17",
          `article, home, /news, theme at ${fmt.int(n)}: req/s >= 0.85 x padded bare page and >= 0.75 x bare page, p99 <= 2 x padded bare page's, zero errors`,
          sizeMissing(scope, n),
        ),
      );
      continue;
    }
    for (const kind of PADDED_KINDS) {
      for (const acceptEncoding of [undefined, BROWSER_ACCEPT_ENCODING]) {
        const target = `${kind} at ${fmt.int(n)}, ${encodingLabel(acceptEncoding)}: req/s >= 0.85 x bare page padded to its bytes and >= 0.75 x bare page, p99 <= 2 x padded's, zero socket errors and non-2xx (-c50)`;
        const why = loadMissing(scope) ?? (!scope.bare ? "no bare page in this run (--no-bare)" : undefined);
        const load = loadOf(result, kind, acceptEncoding);
        const padded = result.paddedBare?.find((p) => p.forKind === kind);
        const paddedLoad = padded?.loads.find((l) => l.acceptEncoding === acceptEncoding);
        const bareLoad = acceptEncoding ? result.bareEncodedLoad : result.bareLoad;
        if (why) rows.push(absent("issue 17", target, why));
        else if (!load)
          rows.push(
            absent(
              "issue 17",
              target,
              kind === KIND.onDemandArticle
                ? "every article is prerendered at this size"
                : "the page did not answer 200",
            ),
          );
        else if (!bareLoad) rows.push(absent("issue 17", target, "the bare page was not loaded this way at this size"));
        else if (!padded || !paddedLoad)
          rows.push(absent("issue 17", target, "the padded bare page was not loaded this way at this size"));
        else {
          const site = bestRun(load);
          const pad = bestRun(paddedLoad);
          const base = bestRun(bareLoad);
          const vsPadded = site.requestsPerSecond / pad.requestsPerSecond;
          const vsBare = site.requestsPerSecond / base.requestsPerSecond;
          const latency = site.p99Ms / pad.p99Ms;
          const errors = errorsOf(load);
          const failures = [
            vsPadded < LIMITS.throughputVsPaddedBare
              ? `req/s ${fmt.preciseRatio(vsPadded)} the padded page's`
              : undefined,
            vsBare < LIMITS.throughputVsBare ? `req/s ${fmt.preciseRatio(vsBare)} the bare page's` : undefined,
            latency > LIMITS.p99VsPaddedBare ? `p99 ${fmt.preciseRatio(latency)} the padded page's` : undefined,
            errors > 0 ? `${errors} socket errors and non-2xx` : undefined,
          ].filter(Boolean);
          rows.push({
            source: "issue 17",
            target,
            measured:
              `${fmt.int(site.requestsPerSecond)} req/s, p99 ${site.p99Ms} ms, CPU ${site.serverCpuMsPerRequest.toFixed(2)} ms/request, ${errors} errors; ` +
              `padded bare (${fmt.kib(padded.htmlBytes)} for ${fmt.kib(padded.targetBytes)}) ${fmt.int(pad.requestsPerSecond)} req/s, p99 ${pad.p99Ms} ms, CPU ${pad.serverCpuMsPerRequest.toFixed(2)} ms; ` +
              `bare ${fmt.int(base.requestsPerSecond)} req/s, CPU ${base.serverCpuMsPerRequest.toFixed(2)} ms`,
            ratio: `${fmt.ratio(vsPadded)} padded req/s, ${fmt.ratio(vsBare)} bare req/s, ${fmt.ratio(latency)} padded p99`,
            verdict: met(failures.length === 0, failures.join(", ")),
          });
        }
      }
    }
  }
  return rows;
}

/** Issue 17: the article's inline RSC data against the rendered HTML it hydrates, at each size measured. */
function inlineDataTargets(results: SizeResult[]): TargetRow[] {
  const target = (n: number) => `article at ${fmt.int(n)}: inline RSC data <= the rendered HTML it hydrates`;
  if (results.length === 0) return [absent("issue 17", target(MID), "no size was measured")];
  return results.map((result) => {
    const page =
      result.pages.find((p) => p.kind === KIND.article) ?? result.pages.find((p) => p.kind === KIND.onDemandArticle);
    if (!page || page.inlineDataBytes === undefined)
      return absent("issue 17", target(result.n), "no article page answered");
    const rendered = page.htmlBytes - page.inlineDataBytes;
    const ratio = page.inlineDataBytes / rendered;
    return {
      source: "issue 17",
      target: target(result.n),
      measured: `${fmt.kib(page.inlineDataBytes)} inline data, ${fmt.kib(rendered)} the rest of ${fmt.kib(page.htmlBytes)} (${page.kind})`,
      ratio: fmt.ratio(ratio),
      verdict: met(ratio <= LIMITS.inlineDataVsHtml),
    };
  });
}

/** Issue 17: a made-up article address answers the site's real 404 page at no more server CPU than a cached article. */
function notFoundTargets(results: SizeResult[], scope: RunScope): TargetRow[] {
  const rows: TargetRow[] = [];
  for (const result of results) {
    const target = `404 of an article address at ${fmt.int(result.n)}: real HTML (lang, no __next_error__) at server CPU <= a cached article's`;
    const notFound = result.notFound;
    const article = loadOf(result, KIND.article);
    if (!notFound) {
      rows.push(absent("issue 17", target, "the 404 was not measured at this size"));
      continue;
    }
    const real = notFound.status === 404 && notFound.lang !== undefined && !notFound.errorShell;
    const shape = `${notFound.status}, ${notFound.lang ? `lang="${notFound.lang}"` : "no lang"}, ${notFound.errorShell ? "Next's __next_error__ shell" : "no error shell"}, ${fmt.kib(notFound.htmlBytes)}`;
    const why =
      loadMissing(scope) ??
      (!notFound.load
        ? "the 404 was not loaded at this size"
        : !article
          ? "no prerendered article was loaded at this size"
          : // A run that answered nothing has no CPU per request to compare (the bench divides by one).
            bestRun(notFound.load).requests === 0
            ? "its load answered no request in time (the machine too busy?)"
            : undefined);
    if (why || !notFound.load || !article) {
      rows.push({
        source: "issue 17",
        target,
        measured: shape,
        ratio: "-",
        verdict: real ? notMeasured(`server CPU: ${why}`) : met(false, "not the site's own 404 page"),
      });
      continue;
    }
    const cpu = bestRun(notFound.load).serverCpuMsPerRequest;
    const articleCpu = bestRun(article).serverCpuMsPerRequest;
    const failures = [
      real ? undefined : "not the site's own 404 page",
      cpu > articleCpu ? `CPU ${fmt.preciseRatio(cpu / articleCpu)} the article's` : undefined,
    ].filter(Boolean);
    rows.push({
      source: "issue 17",
      target,
      measured: `${shape}; ${cpu.toFixed(2)} ms vs ${articleCpu.toFixed(2)} ms server CPU per request (${fmt.int(bestRun(notFound.load).requestsPerSecond)} vs ${fmt.int(bestRun(article).requestsPerSecond)} req/s)`,
      ratio: `${fmt.ratio(cpu / articleCpu)} the article's CPU`,
      verdict: met(failures.length === 0, failures.join(", ")),
    });
  }
  if (results.length === 0)
    rows.push(
      absent(
        "issue 17",
        "404 of an article address: real HTML at server CPU <= a cached article's",
        "no size was measured",
      ),
    );
  return rows;
}

/** Issue 17: the build's growth (as issue 9), and a rebuild at 10,000 after one changed article against the cold build at 1,000. */
function issue17BuildTargets(results: SizeResult[], scope: RunScope): TargetRow[] {
  const mid = results.find((r) => r.n === MID);
  const big = results.find((r) => r.n === BIG);
  const growthTarget = "build at 10,000 <= 1.25 x build at 1,000 (cold, `npm run build`)";
  const growth: TargetRow =
    !mid || !big
      ? absent("issue 17", growthTarget, sizeMissing(scope, mid ? BIG : MID))
      : {
          source: "issue 17",
          target: growthTarget,
          measured: `${fmt.s(big.build.wallMs)} / ${fmt.s(mid.build.wallMs)}`,
          ratio: fmt.ratio(big.build.wallMs / mid.build.wallMs),
          verdict: met(big.build.wallMs / mid.build.wallMs <= LIMITS.buildGrowth),
        };
  const rebuildTarget = "rebuild at 10,000 after changing one article (build cache kept) <= cold build at 1,000";
  let rebuild: TargetRow;
  if (!mid || !big) rebuild = absent("issue 17", rebuildTarget, sizeMissing(scope, mid ? BIG : MID));
  else if (!big.rebuild)
    rebuild = absent(
      "issue 17",
      rebuildTarget,
      `the rebuild was not measured at 10,000 (--rebuild-at ${scope.rebuildAt?.length ? scope.rebuildAt.join(",") : "none"})`,
    );
  else {
    const ratio = big.rebuild.wallMs / mid.build.wallMs;
    rebuild = {
      source: "issue 17",
      target: rebuildTarget,
      measured: `${fmt.s(big.rebuild.wallMs)} vs ${fmt.s(mid.build.wallMs)}${big.rebuild.contentLine ? ` (${big.rebuild.contentLine})` : ""}`,
      ratio: fmt.ratio(ratio),
      verdict: met(ratio <= 1),
    };
  }
  return [growth, rebuild];
}

/**
 * Issue 18's targets beyond issue 9's search rows (which it keeps: p99 < 100 ms and zero errors
 * for one query repeated, <= 5 ms CPU a query): answers a second for new queries, the browser
 * search under mobile throttling, and the two this bench does not take yet, said so.
 */
function searchForEveryoneTargets(results: SizeResult[], scope: RunScope): TargetRow[] {
  const rows: TargetRow[] = [];
  const big = results.find((r) => r.n === BIG);
  const distinctTarget = `${KIND.searchDistinct} at 10,000, -c50: >= 300 answers a second per process, zero errors`;
  const why = !big ? sizeMissing(scope, BIG) : loadMissing(scope);
  const load = big?.load.find((l) => l.kind === KIND.searchDistinct);
  if (why || !load) rows.push(absent("issue 18", distinctTarget, why ?? "/search did not answer 200"));
  else {
    const run = bestRun(load);
    const errors = errorsOf(load);
    // Next.js's own floor for a page rendered per request, beside it: what no search code could go below.
    const bareLoad = big?.paddedBare
      ?.find((p) => p.forKind === KIND.searchDistinct)
      ?.loads.find((l) => !l.acceptEncoding);
    const bare = bareLoad ? bestRun(bareLoad) : undefined;
    const answered = answeredPerSecond(run);
    rows.push({
      source: "issue 18",
      target: distinctTarget,
      measured: `${fmt.int(answered)} answered a second (${fmt.int(run.non2xx)} refused), ${cpuMsPerAnswer(run).toFixed(2)} ms CPU an answer; ${errors} errors over ${load.runs.length} run(s)${bare ? `; the bare Next.js page rendered per request at its size: ${fmt.int(bare.requestsPerSecond)} req/s, ${bare.serverCpuMsPerRequest.toFixed(2)} ms CPU` : ""}`,
      ratio: `${fmt.ratio(answered / LIMITS.searchDistinctPerSecond)} the target`,
      verdict: met(
        answered >= LIMITS.searchDistinctPerSecond && errors === 0,
        errors > 0 ? `${errors} errors` : undefined,
      ),
    });
  }
  const mixedTarget =
    "while 50 clients search (a new query each request), an article served by the same process keeps >= 0.75 x its req/s alone";
  const mixed = big?.mixed ?? results.findLast((r) => r.mixed)?.mixed;
  const mixedAt = big?.mixed ? big : results.findLast((r) => r.mixed);
  if (!mixed || !mixedAt)
    rows.push(
      absent(
        "issue 18",
        mixedTarget,
        why ?? "the mixed load did not run (it needs the prerendered article and the distinct queries)",
      ),
    );
  else {
    const kept = mixed.articleMixedRps / mixed.articleAloneRps;
    rows.push({
      source: "issue 18",
      target: `${mixedTarget}${mixedAt.n === BIG ? "" : ` (at ${fmt.int(mixedAt.n)}, not 10,000)`}`,
      // The searches' errors are said, not judged here: the search rows judge them.
      measured: `${fmt.int(mixed.articleMixedRps)} vs ${fmt.int(mixed.articleAloneRps)} req/s alone, ${mixed.articleErrors} errors (search meanwhile ${fmt.int(mixed.searchMixedRps)} req/s, ${mixed.searchErrors} errors)`,
      ratio: fmt.ratio(kept),
      verdict: met(
        kept >= LIMITS.articleKeptWhileSearching && mixed.articleErrors === 0,
        mixed.articleErrors > 0 ? `${mixed.articleErrors} errors of the article` : undefined,
      ),
    });
  }
  const timeTarget =
    "browser search at 10,000 (Chromium, Lighthouse mobile throttling): first results <= 300 ms after the last key";
  const bytesTarget = "browser search at 10,000: <= 150 KB fetched for the query (index chunks included)";
  const probe = big?.browserSearch;
  if (!big)
    rows.push(
      absent("issue 18", timeTarget, sizeMissing(scope, BIG)),
      absent("issue 18", bytesTarget, sizeMissing(scope, BIG)),
    );
  else if (!probe)
    rows.push(
      absent("issue 18", timeTarget, "the browser probe did not run (it runs with Lighthouse)"),
      absent("issue 18", bytesTarget, "the browser probe did not run (it runs with Lighthouse)"),
    );
  else {
    rows.push({
      source: "issue 18",
      target: timeTarget,
      measured: `${fmt.ms(probe.firstResultsMs)} for "${probe.query}"`,
      ratio: `${fmt.ratio(probe.firstResultsMs / LIMITS.browserSearchMs)} the limit`,
      verdict: met(probe.firstResultsMs <= LIMITS.browserSearchMs),
    });
    rows.push({
      source: "issue 18",
      target: bytesTarget,
      measured: `${fmt.kib(probe.queryBytes)} in ${probe.queryRequests} requests (the page and the search's setup before the first key: ${fmt.kib(probe.setupBytes)})`,
      ratio: `${fmt.ratio(probe.queryBytes / LIMITS.browserSearchBytes)} the limit`,
      verdict: met(probe.queryBytes <= LIMITS.browserSearchBytes),
    });
  }
  rows.push(searchLighthouseTarget(results, scope));
  return rows;
}

/** Issue 18: the search page with a query, in Lighthouse's runs beside the bare page (medians of the runs). */
function searchLighthouseTarget(results: SizeResult[], scope: RunScope): TargetRow {
  const target = `the search page's Lighthouse scores: performance >= the bare page's - 2, the rest 100 (median of runs, at ${fmt.int(scope.compareAt)})`;
  if (!scope.lighthouse) return absent("issue 18", target, "switched off (--no-lighthouse; --smoke does by default)");
  const at = results.find((r) => r.n === scope.compareAt);
  if (!at) return absent("issue 18", target, sizeMissing(scope, scope.compareAt));
  const runs = at.lighthouse?.search;
  if (!at.lighthouse || !runs?.length)
    return absent("issue 18", target, "Lighthouse did not run on the search page at this size");
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const medianOf = (category: "performance" | "accessibility" | "best-practices" | "seo") =>
    median(runs.map((run) => run[category] ?? 0));
  const difference = medianOf("performance") - median(at.lighthouse.bare);
  const below = (["accessibility", "best-practices", "seo"] as const).filter((category) => medianOf(category) < 100);
  return {
    source: "issue 18",
    target,
    measured: `${at.lighthouse.searchRoute}: performance ${medianOf("performance")} (${runs.map((run) => run.performance).join(", ")}) vs bare ${median(at.lighthouse.bare)}; accessibility ${medianOf("accessibility")}, best practices ${medianOf("best-practices")}, SEO ${medianOf("seo")}`,
    ratio: `${difference >= 0 ? "+" : ""}${difference} points`,
    verdict: met(
      difference >= -LIMITS.lighthousePointsBelowBare && below.length === 0,
      [
        difference < -LIMITS.lighthousePointsBelowBare ? `performance ${difference} points` : "",
        below.length ? `${below.join(", ")} below 100` : "",
      ]
        .filter(Boolean)
        .join("; ") || undefined,
    ),
  };
}

function lighthousePhotoTarget(results: SizeResult[], scope: RunScope): TargetRow {
  const target = `article with a 3000x2000 photo: Lighthouse mobile performance >= bare page - 2, CLS 0.00, the photo the LCP element and preloaded (at ${fmt.int(scope.compareAt)})`;
  if (!scope.lighthouse) return absent("issue 19", target, "switched off (--no-lighthouse; --smoke does by default)");
  const at = results.find((r) => r.n === scope.compareAt);
  const runs = at?.lighthouse?.photoArticle;
  if (!at || !at.lighthouse || !runs?.length || !at.photos)
    return absent(
      "issue 19",
      target,
      at ? "Lighthouse or the photo probe did not run at this size" : sizeMissing(scope, scope.compareAt),
    );
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const difference = median(runs.map((run) => run.performance)) - median(at.lighthouse.bare);
  const worstShift = Math.max(...runs.map((run) => run.cumulativeLayoutShift));
  const photoIsLargest = runs.every((run) => run.largestPaintElement.includes("/_next/image"));
  const failures = [
    difference < -LIMITS.lighthousePointsBelowBare ? `${difference} points` : undefined,
    !(worstShift < 0.005) ? `CLS ${worstShift.toFixed(3)}` : undefined,
    photoIsLargest
      ? undefined
      : `LCP element ${runs.map((run) => run.largestPaintElement.slice(0, 40) || "?").join(" | ")}`,
    at.photos.preloaded ? undefined : "not preloaded",
  ].filter(Boolean);
  return {
    source: "issue 19",
    target,
    measured: `${runs.map((run) => run.performance).join(", ")} vs bare ${at.lighthouse.bare.join(", ")}; CLS max ${worstShift.toFixed(3)}; photo LCP in ${runs.filter((run) => run.largestPaintElement.includes("/_next/image")).length}/${runs.length}; preloaded ${at.photos.preloaded ? "yes" : "no"}`,
    ratio: `${difference >= 0 ? "+" : ""}${difference} points`,
    verdict: met(failures.length === 0, failures.join(", ")),
  };
}

/** Issue 19's targets for photos, at the largest size measured (photo-probe.ts). */
function photoTargets(results: SizeResult[], scope: RunScope): TargetRow[] {
  const at = [...results].reverse().find((r) => r.photos);
  const rows: TargetRow[] = [];
  const names = [
    "lead photo of an article on a 390 px phone at DPR 3 (AVIF) <= 120 KB",
    "each card photo on /news at 390 px <= 25 KB",
    "all images of /news at 390 px <= 300 KB",
    "1,000 optimizer requests with widths, qualities or URLs the site does not use: all 400, nothing written",
    "optimizer disk cache after every configured width of every corpus photo (AVIF and WebP) under its bound",
    "build with photos <= the same build without + 10 s (the image check, the only work photos add, timed alone)",
    "link preview of an article with a photo: a JPEG of exactly 1200x630, <= 200 KB",
  ];
  if (!at?.photos)
    return names.map((name) =>
      absent("issue 19", name, results.length ? "the photo probe did not run" : sizeMissing(scope, MID)),
    );
  const p = at.photos;
  const label = (text: string) => `${text} (at ${fmt.int(at.n)}, ${p.articleRoute})`;
  const worstCard = p.cardBytes.length ? Math.max(...p.cardBytes) : 0;
  rows.push({
    source: "issue 19",
    target: label(names[0]),
    measured: `${fmt.kib(p.leadBytes)} at w=${p.leadWidth}`,
    ratio: `${fmt.ratio(p.leadBytes / LIMITS.leadPhotoBytes)} the limit`,
    verdict: met(p.leadBytes <= LIMITS.leadPhotoBytes),
  });
  rows.push(
    p.cardBytes.length
      ? {
          source: "issue 19",
          target: label(names[1]),
          measured: `largest ${fmt.kib(worstCard)} of ${p.cardBytes.length}`,
          ratio: `${fmt.ratio(worstCard / LIMITS.cardPhotoBytes)} the limit`,
          verdict: met(worstCard <= LIMITS.cardPhotoBytes),
        }
      : absent("issue 19", names[1], "no card on /news had a photo"),
  );
  rows.push({
    source: "issue 19",
    target: label(names[2]),
    measured: `${fmt.kib(p.newsImageBytes)} in ${p.cardBytes.length} images`,
    ratio: `${fmt.ratio(p.newsImageBytes / LIMITS.newsImageBytes)} the limit`,
    verdict: met(p.newsImageBytes <= LIMITS.newsImageBytes),
  });
  const { requests, badRequests, cacheFilesBefore, cacheFilesAfter } = p.rejected;
  rows.push({
    source: "issue 19",
    target: label(names[3]),
    measured: `${badRequests} of ${requests} were 400; cache files ${cacheFilesBefore} -> ${cacheFilesAfter}`,
    ratio: "-",
    verdict: met(badRequests === requests && cacheFilesAfter === cacheFilesBefore),
  });
  rows.push({
    source: "issue 19",
    target: label(names[4]),
    measured: `${fmt.mib(p.cache.bytes)} after ${p.cache.variants} variants, bound ${fmt.mib(p.cache.boundBytes)}`,
    ratio: fmt.ratio(p.cache.bytes / p.cache.boundBytes),
    verdict: met(p.cache.bytes < p.cache.boundBytes),
  });
  rows.push({
    source: "issue 19",
    target: label(names[5]),
    measured: `${fmt.ms(p.checkMs)} for ${p.checkedPhotos} distinct photos`,
    ratio: `${fmt.ratio(p.checkMs / LIMITS.photoBuildMs)} the allowance`,
    verdict: met(p.checkMs <= LIMITS.photoBuildMs),
  });
  const { format, width, height, bytes } = p.preview;
  rows.push({
    source: "issue 19",
    target: label(names[6]),
    measured: `${format} ${width}x${height}, ${fmt.kib(bytes)}`,
    ratio: `${fmt.ratio(bytes / LIMITS.previewJpegBytes)} the limit`,
    verdict: met(format === "jpeg" && width === 1200 && height === 630 && bytes <= LIMITS.previewJpegBytes),
  });
  rows.push(lighthousePhotoTarget(results, scope));
  return rows;
}

/** Every target, issue 18's first, then issue 9's (its rows keep their order), then issue 17's and issue 19's, each with its figure, ratio and verdict. */
export function targetRows(results: SizeResult[], bare: BareResult | undefined, scope: RunScope): TargetRow[] {
  return [
    ...searchForEveryoneTargets(results, scope),
    ...buildTargets(results, bare, scope),
    startTarget(results, scope),
    ...throughputTargets(results, scope),
    ...searchTargets(results, scope),
    lighthouseTarget(results, scope),
    nginxTarget(results, scope),
    ...keptTargets(results, bare, scope),
    ...paddedThroughputTargets(results, scope),
    ...inlineDataTargets(results),
    ...notFoundTargets(results, scope),
    ...issue17BuildTargets(results, scope),
    ...photoTargets(results, scope),
  ];
}
