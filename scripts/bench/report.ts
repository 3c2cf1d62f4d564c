/**
 * The benchmark's report: Markdown tables of every figure, the targets with
 * their verdicts first, written between the generated-section markers of
 * docs/BENCHMARKS.md (the notes outside the markers are the maintainers').
 */
import fs from "node:fs";
import { socketErrorCount, type WrkResult } from "../lib/wrk";
import { fmt, table } from "./format";
import { bestRun, KIND, type BareResult, type RouteLoad, type RunScope, type SizeResult } from "./results";
import { targetRows, verdictText } from "./targets";

export interface ReportMeta {
  date: string;
  machine: string;
  loadAtStart: string;
  loadAtEnd?: string;
  versions: string;
  command: string;
  load: string;
  prerender: string;
}

const shortRoute = (route: string) => `\`${route.length > 48 ? `${route.slice(0, 45)}...` : route}\``;

export function targetsTable(results: SizeResult[], bare: BareResult | undefined, scope: RunScope): string {
  const rows = targetRows(results, bare, scope);
  return table(
    ["from", "target", "measured", "ratio", "verdict"],
    rows.map((row) => [row.source, row.target, row.measured, row.ratio, verdictText(row.verdict)]),
  );
}

function buildTable(results: SizeResult[], bare: BareResult | undefined): string {
  const builds = [
    ...results.map((r) => ({ label: fmt.int(r.n), n: r.n, build: r.build })),
    ...(bare ? [{ label: KIND.bare, n: undefined, build: bare.build }] : []),
  ];
  // The phases in the order the log reports them, each a column.
  const phaseNames = [...new Set(builds.flatMap((b) => b.build.phases.map((p) => p.name)))];
  return table(
    ["N", "wall time", "per article", "peak RSS (process tree)", "output (without cache/)", ...phaseNames],
    builds.map(({ label, n, build }) => [
      label,
      fmt.ms(build.wallMs),
      n ? fmt.ms(build.wallMs / n) : "-",
      fmt.mib(build.peakRssBytes),
      fmt.mib(build.outputBytes),
      ...phaseNames.map((name) => {
        const phase = build.phases.find((p) => p.name === name);
        return phase ? `${fmt.ms(phase.ms)}${phase.detail ? ` (${phase.detail})` : ""}` : "-";
      }),
    ]),
  );
}

function startTable(results: SizeResult[]): string {
  return table(
    ["N", "first 200 of `/`", "first search answer", "first on-demand article", "article", "polled every"],
    results.map((r) => [
      fmt.int(r.n),
      fmt.ms(r.start.homeMs),
      r.start.searchMs === undefined ? "-" : fmt.ms(r.start.searchMs),
      r.start.onDemandArticleMs === undefined ? "-" : fmt.ms(r.start.onDemandArticleMs),
      r.start.onDemandArticleRoute ? shortRoute(r.start.onDemandArticleRoute) : "(every article prerendered)",
      `${r.start.pollMs} ms`,
    ]),
  );
}

function indexTable(results: SizeResult[]): string {
  return table(
    [
      "N",
      "words",
      "read+parse+validate",
      "(CPU)",
      "index",
      "warm reload",
      "all summaries",
      "all More News",
      "render all bodies",
      "second render pass",
      "heap after index",
      "heap after bodies",
      "peak RSS",
    ],
    results.map((r) => [
      fmt.int(r.n),
      fmt.int(r.words),
      fmt.ms(r.index.loadMs),
      fmt.ms(r.index.loadCpuMs),
      fmt.ms(r.index.indexMs),
      fmt.ms(r.index.warmLoadMs),
      fmt.ms(r.index.summariesMs),
      fmt.ms(r.index.moreNewsMs),
      fmt.ms(r.index.renderMs),
      fmt.ms(r.index.rerenderMs),
      fmt.mib(r.index.heapAfterIndexBytes),
      fmt.mib(r.index.heapAfterRenderBytes),
      fmt.mib(r.index.peakRssBytes),
    ]),
  );
}

function loadTable(results: SizeResult[]): string {
  const rows = results.flatMap((r) => {
    // Each load against the unpadded bare page loaded the same way (with or without Accept-Encoding).
    const bareFor = (load: RouteLoad) => {
      const bareLoad = load.acceptEncoding ? r.bareEncodedLoad : r.bareLoad;
      return bareLoad && load.kind !== KIND.bare ? bestRun(bareLoad) : undefined;
    };
    const bareLoads = [r.bareLoad, r.bareEncodedLoad, ...(r.paddedBare ?? []).flatMap((p) => p.loads)].filter(
      (l): l is RouteLoad => l !== undefined,
    );
    return [...bareLoads, ...r.load, ...(r.notFound?.load ? [r.notFound.load] : [])].flatMap((load) => {
      const bare = bareFor(load);
      return load.runs.map((run, i) => [
        fmt.int(r.n),
        load.kind,
        shortRoute(load.route),
        load.acceptEncoding ?? "-",
        i + 1,
        fmt.int(run.requestsPerSecond),
        bare ? fmt.ratio(run.requestsPerSecond / bare.requestsPerSecond) : "-",
        run.p50Ms,
        run.p99Ms,
        bare ? fmt.ratio(run.p99Ms / bare.p99Ms) : "-",
        run.socketErrors,
        run.non2xx,
        run.serverCpuMsPerRequest.toFixed(2),
        fmt.int(1000 / run.serverCpuMsPerRequest),
        fmt.mib(load.serverPeakRssBytes),
      ]);
    });
  });
  return table(
    [
      "N",
      "page",
      "route",
      "Accept-Encoding",
      "run",
      "req/s",
      "x bare req/s",
      "p50 ms",
      "p99 ms",
      "x bare p99",
      "socket errors",
      "non-2xx",
      "server CPU ms/request",
      "req/s one free core could serve",
      "server peak RSS",
    ],
    rows,
  );
}

function searchProbeTable(results: SizeResult[]): string {
  const rows = results.flatMap((r) => {
    const probe = r.searchProbe;
    if (!probe) return [];
    const one = probe.queries.find((q) => q.id === "one-word");
    return probe.queries.map((q, i) => [
      i === 0 ? fmt.int(r.n) : "",
      q.name,
      q.query.length,
      `${fmt.int(q.matches)} of ${fmt.int(probe.articles)}`,
      `${q.cpuMsMedian.toFixed(2)} (${q.cpuMsMin.toFixed(2)}-${q.cpuMsMax.toFixed(2)})`,
      one ? fmt.ratio(q.cpuMsMedian / one.cpuMsMedian) : "-",
      i === 0 ? fmt.ms(probe.firstSearchMs) : "",
    ]);
  });
  return table(
    [
      "N",
      "query",
      "characters",
      "matches",
      "CPU ms, median (min-max)",
      "x one word",
      "first search of the process (loads the index)",
    ],
    rows,
  );
}

function nginxSection(results: SizeResult[]): string | undefined {
  const at = results.find((r) => r.nginx);
  if (!at?.nginx) return undefined;
  const { nginx } = at;
  const runRows = (servedBy: string, runs: WrkResult[]) =>
    runs.map((run, i) => [
      servedBy,
      i + 1,
      fmt.int(run.requestsPerSecond),
      run.p50Ms.toFixed(2),
      run.p99Ms.toFixed(2),
      socketErrorCount(run),
      run.non2xx,
    ]);
  const rows = [
    ...runRows("nginx cache in front of `next start`", nginx.cacheRuns),
    ...runRows("nginx, the same HTML from a file", nginx.fileRuns),
  ];
  return (
    `### nginx: the deployment guide's cache against a file (N = ${fmt.int(at.n)})\n\n` +
    `${shortRoute(nginx.route)}, ${fmt.int(nginx.bytes)} bytes of HTML; cache statuses before the load: ${nginx.cacheStatuses.join(", ")}; ` +
    `best runs: ${fmt.ratio(nginx.ratio)}.\n\n` +
    table(["served by", "run", "req/s", "p50 ms", "p99 ms", "socket errors", "non-2xx"], rows)
  );
}

function lighthouseSection(results: SizeResult[]): string | undefined {
  const at = results.find((r) => r.lighthouse);
  if (!at?.lighthouse) return undefined;
  const { lighthouse } = at;
  return (
    `### Lighthouse, mobile performance (N = ${fmt.int(at.n)}, ${lighthouse.runs} interleaved ${lighthouse.runs === 1 ? "run" : "runs"} each)\n\n` +
    table(
      ["page", "runs", "median"],
      [
        [
          KIND.bare,
          lighthouse.bare.join(", "),
          [...lighthouse.bare].sort((a, b) => a - b)[Math.floor(lighthouse.bare.length / 2)],
        ],
        [
          `article ${shortRoute(lighthouse.articleRoute)}`,
          lighthouse.article.join(", "),
          [...lighthouse.article].sort((a, b) => a - b)[Math.floor(lighthouse.article.length / 2)],
        ],
      ],
    )
  );
}

function bytesTable(results: SizeResult[], bare: BareResult | undefined): string {
  const inline = (bytes: number | undefined) => (bytes === undefined ? "-" : fmt.kib(bytes));
  const rows: (string | number)[][] = results.flatMap((r) => [
    ...r.pages.map((p) => [
      fmt.int(r.n),
      p.kind,
      fmt.kib(p.htmlBytes),
      inline(p.inlineDataBytes),
      fmt.kib(p.htmlGzipBytes),
      p.scripts,
      fmt.kib(p.jsGzipBytes),
    ]),
    ...(r.paddedBare ?? []).map((p) => [
      fmt.int(r.n),
      p.label ?? `${KIND.paddedBare} (${p.forKind})`,
      fmt.kib(p.htmlBytes),
      "-",
      "-",
      "-",
      "-",
    ]),
    ...(r.notFound
      ? [[fmt.int(r.n), `${KIND.notFound} (${r.notFound.status})`, fmt.kib(r.notFound.htmlBytes), "-", "-", "-", "-"]]
      : []),
  ]);
  if (bare)
    rows.push([
      "-",
      KIND.bare,
      fmt.kib(bare.page.htmlBytes),
      inline(bare.page.inlineDataBytes),
      fmt.kib(bare.page.htmlGzipBytes),
      bare.page.scripts,
      fmt.kib(bare.page.jsGzipBytes),
    ]);
  return table(["N", "page", "HTML", "of which inline RSC data", "HTML gzip", "scripts", "JS gzip"], rows);
}

export function report(
  results: SizeResult[],
  bare: BareResult | undefined,
  scope: RunScope,
  meta: ReportMeta,
  chartFile: string,
): string {
  const parts: string[] = [];
  parts.push(
    `Run on ${meta.date}; machine: ${meta.machine}; load average at the start ${meta.loadAtStart}${meta.loadAtEnd ? `, at the end ${meta.loadAtEnd}` : ""}; ${meta.versions}.`,
  );
  parts.push(`Command: \`${meta.command}\`; load: ${meta.load}; ${meta.prerender}.`);
  parts.push(`![Build time and index time against the number of articles](${chartFile})`);
  parts.push(`### Targets\n\n${targetsTable(results, bare, scope)}`);
  parts.push(
    "### Build: `npm run build`, cold (dist folder and its cache/ removed first)\n\nPhases as `next build` reports them in its log; some run side by side (the content snapshot beside the compiler, the filesystem cache write beside TypeScript), so they do not add up to the wall time.\n\n" +
      buildTable(results, bare) +
      results
        .filter((r) => r.rebuild)
        .map(
          (r) =>
            `\n\nRebuild at ${fmt.int(r.n)} after changing one article (${r.rebuild!.changedFile}), the build folder's cache/ kept: ${fmt.ms(r.rebuild!.wallMs)}${r.rebuild!.contentLine ? `; ${r.rebuild!.contentLine}` : ""}.`,
        )
        .join(""),
  );
  parts.push(
    `### Server start: a fresh \`next start\` for each address, timed from spawning it to the first 200\n\n${startTable(results)}`,
  );
  parts.push(`### Content index (fresh process, the real loader)\n\n${indexTable(results)}`);
  if (results.some((r) => r.load.length > 0)) {
    parts.push(
      "### `next start` under load (wrk, 127.0.0.1)\n\nThe bare page, and the bare page padded with text to the bytes of each page issue 17 compares with it, are loaded with the same settings at each size, just before the site's routes; every load runs without and with `Accept-Encoding: gzip, br` (as a browser sends it); ratios are to the unpadded bare page's best run loaded the same way. " +
        "Server CPU is the `next start` process group's own CPU time over the run, per request answered.\n\n" +
        loadTable(results),
    );
  }
  if (results.some((r) => r.searchProbe)) {
    parts.push(
      '### Search, uncached, in process (scripts/bench/search-probe.ts over the build\'s snapshot)\n\nCPU time of each query against an empty answer cache, repeated and interleaved; the one-word query is measured twice, and the difference between the two is the noise a "costs no more" verdict allows.\n\n' +
        searchProbeTable(results),
    );
  }
  const nginx = nginxSection(results);
  if (nginx) parts.push(nginx);
  const lighthouse = lighthouseSection(results);
  if (lighthouse) parts.push(lighthouse);
  parts.push(
    "### Bytes per page\n\nJS is the sum of the gzip sizes of every script the HTML references (`<script src>` and `<link rel=preload as=script>`).\n\n" +
      bytesTable(results, bare),
  );
  return parts.join("\n\n");
}

export const BEGIN = "<!-- bench:begin (generated by npm run bench; edit outside these markers) -->";
export const END = "<!-- bench:end -->";

/** Replaces the generated section of `file` (creating the file when there is none); the rest stays as written. */
export function writeReport(file: string, markdown: string): void {
  const generated = `${BEGIN}\n${markdown}\n${END}`;
  const existing = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  const start = existing.indexOf("<!-- bench:begin");
  const end = existing.indexOf(END);
  const text =
    start >= 0 && end > start
      ? existing.slice(0, start) + generated + existing.slice(end + END.length)
      : `# Benchmarks\n\nFigures from \`npm run bench\`. The section between the markers is rewritten by each run.\n\n${generated}\n`;
  fs.writeFileSync(file, text);
}
