/**
 * `npm run bench`: generates synthetic content folders (N = 100, 1,000, 10,000),
 * then for each measures the content index, `next build`, `next start` under
 * load, and the bytes each kind of page costs; compares the JavaScript with a
 * bare Next.js page built in the same run. Prints tables and writes them into
 * docs/BENCHMARKS.md (between the generated-section markers) with a chart.
 *
 *   npm run bench                          # 100, 1,000, 10,000; 20 s x 50 connections, twice
 *   npm run bench -- --sizes 100,1000      # fewer sizes
 *   npm run bench -- --smoke               # N=100, 2 s loads, into .bench/smoke/ (CI)
 *   npm run bench -- --profile             # also write --cpu-prof profiles of the index into .bench/profiles
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import zlib from "node:zlib";
import autocannon from "autocannon";
import { writeCorpus } from "./corpus";
import { nextBin, productionEnv, projectRoot, startServer, type Server } from "../lib/production";
import { folderBytes, groupCpuMs, rssSampler, runMeasured } from "../lib/processes";
import { writeChart } from "./chart";

const { values: flags } = parseArgs({
  options: {
    sizes: { type: "string" },
    smoke: { type: "boolean", default: false },
    duration: { type: "string" },
    connections: { type: "string" },
    runs: { type: "string" },
    out: { type: "string" },
    profile: { type: "boolean", default: false },
    "no-bare": { type: "boolean", default: false },
    "no-load": { type: "boolean", default: false },
    seed: { type: "string" },
  },
});

const smoke = flags.smoke;
const sizes = (flags.sizes ?? (smoke ? "100" : "100,1000,10000")).split(",").map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes takes whole numbers, e.g. 100,1000; got ${flags.sizes}`);
const durationS = Number(flags.duration ?? (smoke ? 2 : 20));
const connections = Number(flags.connections ?? 50);
const runs = Number(flags.runs ?? 2);
const seed = Number(flags.seed ?? 20260101);
const benchDir = path.join(projectRoot, ".bench");
const outFile = path.resolve(projectRoot, flags.out ?? (smoke ? ".bench/smoke/BENCHMARKS.md" : "docs/BENCHMARKS.md"));
const chartFile = outFile.replace(/\.md$/, "-chart.svg");
const KiB = 1024;
const MiB = 1024 * KiB;

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
const gzipBytes = (data: Buffer | string) => zlib.gzipSync(data).length;

// ---------------------------------------------------------------------------------------------
// Measurements

interface IndexFigures {
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

function measureIndex(contentDir: string, n: number): IndexFigures {
  const profileArgs = flags.profile ? ["--cpu-prof", `--cpu-prof-dir=${path.join(benchDir, "profiles")}`, `--cpu-prof-name=index-${n}.cpuprofile`] : [];
  const output = execFileSync(process.execPath, [...profileArgs, "--import", "tsx", path.join(__dirname, "index-probe.ts"), contentDir], {
    cwd: projectRoot,
    encoding: "utf8",
    maxBuffer: 16 * MiB,
  });
  return JSON.parse(output.trim().split("\n").pop()!) as IndexFigures;
}

interface BuildFigures {
  wallMs: number;
  peakRssBytes: number;
  outputBytes: number;
  distDir: string;
}

/** `next build` rewrites tsconfig.json to include its dist folder's types; a benchmark must leave the tree as it found it. */
async function buildNext(cwd: string, env: NodeJS.ProcessEnv, distDir: string): Promise<BuildFigures> {
  const tsconfig = path.join(cwd, "tsconfig.json");
  const saved = fs.existsSync(tsconfig) ? fs.readFileSync(tsconfig, "utf8") : undefined;
  // A cold build every time: a dist folder left from the last run would lend it its cache.
  fs.rmSync(path.resolve(cwd, distDir), { recursive: true, force: true });
  try {
    const result = await runMeasured(process.execPath, [nextBin, "build"], { cwd, env });
    fs.mkdirSync(benchDir, { recursive: true });
    fs.writeFileSync(path.join(benchDir, `build-${path.basename(cwd)}-${path.basename(distDir)}.log`), result.output);
    if (result.exitCode !== 0) throw new Error(`next build failed in ${cwd}:\n${result.output.slice(-4000)}`);
    const absoluteDist = path.resolve(cwd, distDir);
    return { wallMs: result.wallMs, peakRssBytes: result.peakRssBytes, outputBytes: folderBytes(absoluteDist, (rel) => rel === "cache"), distDir: absoluteDist };
  } finally {
    if (saved !== undefined && fs.readFileSync(tsconfig, "utf8") !== saved) fs.writeFileSync(tsconfig, saved);
  }
}

interface PageBytes {
  route: string;
  kind: string;
  htmlBytes: number;
  htmlGzipBytes: number;
  scripts: number;
  jsGzipBytes: number;
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

async function pageBytes(base: string, route: string, kind: string): Promise<PageBytes> {
  const response = await fetch(base + route);
  const body = Buffer.from(await response.arrayBuffer());
  const isHtml = (response.headers.get("content-type") ?? "").includes("text/html");
  let jsGzipBytes = 0;
  const scripts = isHtml ? scriptUrls(body.toString("utf8")) : [];
  for (const script of scripts) {
    const js = Buffer.from(await (await fetch(new URL(script, base))).arrayBuffer());
    jsGzipBytes += gzipBytes(js);
  }
  return { route, kind, htmlBytes: body.length, htmlGzipBytes: gzipBytes(body), scripts: scripts.length, jsGzipBytes };
}

interface LoadFigures {
  route: string;
  kind: string;
  runs: { requestsPerSecond: number; p50: number; p99: number; errors: number; non2xx: number; serverCpuMsPerRequest: number }[];
  serverPeakRssBytes: number;
}

async function loadRoute(server: Server, route: string, kind: string): Promise<LoadFigures> {
  const sampler = rssSampler(server.pid, 500);
  const results: LoadFigures["runs"] = [];
  for (let run = 0; run < runs; run++) {
    const cpuBefore = groupCpuMs(server.pid);
    const result = await autocannon({ url: server.url + route, connections, duration: durationS });
    // The server's own CPU per request: what one free core could serve is 1000 / this, whatever the neighbours do.
    const serverCpuMsPerRequest = (groupCpuMs(server.pid) - cpuBefore) / Math.max(1, result.requests.total);
    results.push({
      serverCpuMsPerRequest,
      requestsPerSecond: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
    });
    log(`  ${kind} ${route}: ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, errors ${result.errors + result.timeouts}, non-2xx ${result.non2xx}, server CPU ${serverCpuMsPerRequest.toFixed(2)} ms/request`);
  }
  return { route, kind, runs: results, serverPeakRssBytes: sampler.stop() };
}

/** The first candidate answering 200 for each kind of page; kinds with none (not built yet) are skipped. */
async function probeRoutes(base: string, contentDir: string, n: number): Promise<{ kind: string; route: string }[]> {
  const slugs = fs.readdirSync(path.join(contentDir, "news")).filter((f) => f.endsWith(".md")).sort();
  const article = slugs[Math.floor(slugs.length / 2)].replace(/\.md$/, "");
  const themeId = /- id: (\S+)/.exec(fs.readFileSync(path.join(contentDir, "themes.yml"), "utf8"))?.[1] ?? "cyber-security";
  const partnerId = /- id: (\S+)/.exec(fs.readFileSync(path.join(contentDir, "partners.yml"), "utf8"))?.[1] ?? "none";
  const lastPage = Math.ceil(n / 12);
  const candidates: [string, string[]][] = [
    ["home", ["/"]],
    ["news", ["/news"]],
    ["news, last page", lastPage > 1 ? [`/news/page/${lastPage}`] : []],
    ["article", [`/news/${article}`]],
    ["theme", [`/themes/${themeId}`, `/theme/${themeId}`, `/news/themes/${themeId}`, `/news/theme/${themeId}`]],
    ["partner", [`/partners/${partnerId}`, `/partner/${partnerId}`]],
    ["search", ["/search?q=resilience", "/api/search?q=resilience"]],
    ["feed", ["/feed.xml", "/news/feed.xml", "/rss.xml", "/atom.xml", "/feed", "/news/rss.xml", "/feed.json"]],
  ];
  const found: { kind: string; route: string }[] = [];
  for (const [kind, routes] of candidates) {
    for (const route of routes) {
      const response = await fetch(base + route, { redirect: "manual" });
      await response.arrayBuffer();
      if (response.status === 200) {
        found.push({ kind, route });
        break;
      }
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// The bare Next.js page to compare the JavaScript with

const BARE_FILES: Record<string, string> = {
  "package.json": JSON.stringify({ name: "bare-next-page", private: true }, null, 2),
  "next.config.mjs": `export default { poweredByHeader: false, turbopack: { root: ${JSON.stringify(projectRoot)} } };\n`,
  "app/layout.jsx": `export default function RootLayout({ children }) {\n  return (\n    <html lang="en">\n      <body>{children}</body>\n    </html>\n  );\n}\n`,
  "app/page.jsx": `export default function Page() {\n  return <h1>Hello</h1>;\n}\n`,
};

async function measureBare(): Promise<{ page: PageBytes; build: BuildFigures }> {
  // Inside the project so that `next`, `react` and `react-dom` resolve to the very same versions.
  const dir = path.join(benchDir, "bare-next");
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(BARE_FILES)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  const env = productionEnv({});
  delete env.NEXT_DIST_DIR;
  const build = await buildNext(dir, env, ".next");
  const server = await startServer({ cwd: dir, env, ownGroup: true, timeoutMs: 90_000 });
  try {
    return { page: await pageBytes(server.url, "/", "bare Next.js page"), build };
  } finally {
    await server.stop();
  }
}

// ---------------------------------------------------------------------------------------------
// Reporting

interface SizeResult {
  n: number;
  words: number;
  index: IndexFigures;
  build: BuildFigures;
  pages: PageBytes[];
  load: LoadFigures[];
}

const fmt = {
  ms: (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`),
  mib: (bytes: number) => `${(bytes / MiB).toFixed(bytes >= 100 * MiB ? 0 : 1)} MiB`,
  kib: (bytes: number) => `${(bytes / KiB).toFixed(1)} KiB`,
  int: (value: number) => Math.round(value).toLocaleString("en-US"),
};

function table(headers: string[], rows: (string | number)[][]): string {
  return [`| ${headers.join(" | ")} |`, `| ${headers.map(() => "---").join(" | ")} |`, ...rows.map((row) => `| ${row.join(" | ")} |`)].join("\n");
}

const best = (figures: LoadFigures) => figures.runs.reduce((a, b) => (b.requestsPerSecond > a.requestsPerSecond ? b : a));

function targets(results: SizeResult[], bare: PageBytes | undefined): string[][] {
  const rows: string[][] = [];
  const at = (n: number) => results.find((r) => r.n === n);
  const big = at(10_000);
  const mid = at(1000);
  const verdict = (ok: boolean | undefined) => (ok === undefined ? "not measured" : ok ? "met" : "NOT met");
  rows.push(["index of 10,000 (read, parse, validate) < 1 s", big ? `${fmt.ms(big.index.loadMs)} wall, ${fmt.ms(big.index.loadCpuMs)} CPU` : "-", verdict(big && big.index.loadMs < 1000)]);
  if (big && mid) {
    // CPU time decides: on a shared machine the wall-time ratio mostly measures the neighbours.
    const ratio = big.index.loadCpuMs / mid.index.loadCpuMs;
    const wallRatio = big.index.loadMs / mid.index.loadMs;
    rows.push(["index 10x articles costs <= 12x time", `${ratio.toFixed(1)}x CPU, ${wallRatio.toFixed(1)}x wall (1,000 to 10,000)`, verdict(ratio <= 12)]);
  }
  const rerenderOk = results.every((r) => r.index.rerenderMs < r.index.renderMs / 20);
  rows.push(["each body rendered at most once per process", results.map((r) => `second pass ${fmt.ms(r.index.rerenderMs)} vs ${fmt.ms(r.index.renderMs)}`).join("; "), verdict(rerenderOk)]);
  for (const kind of ["home", "news", "news, last page"]) {
    const sizes = results.map((r) => r.pages.find((p) => p.kind === kind)?.htmlBytes).filter((b): b is number => b !== undefined);
    if (sizes.length > 1) {
      const spread = Math.max(...sizes) / Math.min(...sizes);
      rows.push([`${kind}: HTML size independent of N`, sizes.map(fmt.kib).join(" / "), verdict(spread < 1.1)]);
    }
  }
  if (big) {
    for (const load of big.load.filter((l) => ["home", "news", "news, last page", "theme", "partner"].includes(l.kind))) {
      const b = best(load);
      rows.push([`${load.kind} >= 1,500 req/s at 10,000, no errors`, `${fmt.int(b.requestsPerSecond)} req/s, ${b.errors + b.non2xx} errors`, verdict(b.requestsPerSecond >= 1500 && b.errors + b.non2xx === 0)]);
    }
    const article = big.load.find((l) => l.kind === "article");
    if (article) {
      const b = best(article);
      rows.push(["article >= 1,700 req/s, p99 < 60 ms at 10,000", `${fmt.int(b.requestsPerSecond)} req/s, p99 ${b.p99} ms`, verdict(b.requestsPerSecond >= 1700 && b.p99 < 60)]);
    }
    const search = big.load.find((l) => l.kind === "search");
    rows.push(["search p99 < 50 ms at 10,000", search ? `p99 ${best(search).p99} ms` : "no search route yet", search ? verdict(best(search).p99 < 50) : "not measured"]);
    rows.push(["build at 10,000: peak RSS < 4 GiB", fmt.mib(big.build.peakRssBytes), verdict(big.build.peakRssBytes < 4 * 1024 * MiB)]);
  }
  if (mid) rows.push(["build at 1,000 <= 40 s", fmt.ms(mid.build.wallMs), verdict(mid.build.wallMs <= 40_000)]);
  if (bare) {
    const worst = Math.max(...results.flatMap((r) => r.pages.filter((p) => p.kind === "article").map((p) => p.jsGzipBytes)));
    if (Number.isFinite(worst)) rows.push(["article JS <= bare Next.js page + 5 KiB (gzip)", `${fmt.kib(worst)} vs ${fmt.kib(bare.jsGzipBytes)} (+${fmt.kib(worst - bare.jsGzipBytes)})`, verdict(worst <= bare.jsGzipBytes + 5 * KiB)]);
  }
  return rows;
}

function report(results: SizeResult[], bare: { page: PageBytes; build: BuildFigures } | undefined, meta: { date: string; machine: string; command: string; load: string; versions: string }): string {
  const parts: string[] = [];
  parts.push(`Run on ${meta.date}; machine: ${meta.machine}; load average at start: ${meta.load}; ${meta.versions}.`);
  parts.push(`Command: \`${meta.command}\`; load: autocannon, ${durationS} s x ${connections} connections, ${runs} runs per route.`);
  parts.push(`![Build time and index time against the number of articles](${path.basename(chartFile)})`);
  parts.push("### Targets\n\n" + table(["target", "measured", "verdict"], targets(results, bare?.page)));
  parts.push(
    "### Content index (fresh process, the real loader)\n\n" +
      table(
        ["N", "words", "read+parse+validate", "(CPU)", "index", "warm reload", "all summaries", "all More News", "render all bodies", "second render pass", "heap after index", "heap after bodies", "peak RSS"],
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
      ),
  );
  parts.push(
    "### next build\n\n" +
      table(
        ["N", "wall time", "per article", "peak RSS (process tree)", "output (dist folder without cache/)"],
        [
          ...results.map((r) => [fmt.int(r.n), fmt.ms(r.build.wallMs), fmt.ms(r.build.wallMs / r.n), fmt.mib(r.build.peakRssBytes), fmt.mib(r.build.outputBytes)]),
          ...(bare ? [["bare Next.js page", fmt.ms(bare.build.wallMs), "-", fmt.mib(bare.build.peakRssBytes), fmt.mib(bare.build.outputBytes)]] : []),
        ],
      ),
  );
  const loadRows = results.flatMap((r) =>
    r.load.flatMap((l) =>
      l.runs.map((run, i) => [
        fmt.int(r.n),
        l.kind,
        `\`${l.route.length > 48 ? l.route.slice(0, 45) + "..." : l.route}\``,
        i + 1,
        fmt.int(run.requestsPerSecond),
        run.p50,
        run.p99,
        run.errors,
        run.non2xx,
        run.serverCpuMsPerRequest.toFixed(2),
        fmt.int(1000 / run.serverCpuMsPerRequest),
        fmt.mib(l.serverPeakRssBytes),
      ]),
    ),
  );
  if (loadRows.length) {
    parts.push("### next start under load (127.0.0.1)\n\n" + table(["N", "page", "route", "run", "req/s", "p50 ms", "p99 ms", "errors", "non-2xx", "server CPU ms/request", "req/s one free core could serve", "server peak RSS"], loadRows));
  }
  const byteRows = results.flatMap((r) => r.pages.map((p) => [fmt.int(r.n), p.kind, fmt.kib(p.htmlBytes), fmt.kib(p.htmlGzipBytes), p.scripts, fmt.kib(p.jsGzipBytes)]));
  if (bare) byteRows.push(["-", "bare Next.js page", fmt.kib(bare.page.htmlBytes), fmt.kib(bare.page.htmlGzipBytes), bare.page.scripts, fmt.kib(bare.page.jsGzipBytes)]);
  parts.push(
    "### Bytes per page\n\nJS is the sum of the gzip sizes of every script the HTML references (`<script src>` and `<link rel=preload as=script>`).\n\n" +
      table(["N", "page", "HTML", "HTML gzip", "scripts", "JS gzip"], byteRows),
  );
  return parts.join("\n\n");
}

const BEGIN = "<!-- bench:begin (generated by npm run bench; edit outside these markers) -->";
const END = "<!-- bench:end -->";

function writeReport(markdown: string) {
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  const generated = `${BEGIN}\n${markdown}\n${END}`;
  const existing = fs.existsSync(outFile) ? fs.readFileSync(outFile, "utf8") : "";
  const start = existing.indexOf("<!-- bench:begin");
  const end = existing.indexOf(END);
  const text =
    start >= 0 && end > start
      ? existing.slice(0, start) + generated + existing.slice(end + END.length)
      : `# Benchmarks\n\nFigures from \`npm run bench\`. The section between the markers is rewritten by each run.\n\n${generated}\n`;
  fs.writeFileSync(outFile, text);
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const startedAt = new Date();
  const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? "unknown"}), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB memory, ${os.type()} ${os.release()}`;
  const nextVersion = JSON.parse(fs.readFileSync(path.join(projectRoot, "node_modules/next/package.json"), "utf8")).version;
  const meta = {
    date: startedAt.toISOString().replace(/\.\d+Z$/, "Z"),
    machine,
    command: `npm run bench${process.argv.length > 2 ? " -- " + process.argv.slice(2).join(" ") : ""}`,
    load: os.loadavg().map((l) => l.toFixed(1)).join(", "),
    versions: `Node ${process.version}, Next.js ${nextVersion}`,
  };
  log(`${meta.machine}; load average ${meta.load}; sizes ${sizes.join(", ")}`);

  // The baseline first, and the report rewritten after every size: a long run cut short keeps what it measured.
  const bare = flags["no-bare"] ? undefined : await measureBare();
  if (bare) log(`bare Next.js page: ${fmt.kib(bare.page.jsGzipBytes)} JS gzip in ${bare.page.scripts} scripts`);

  const results: SizeResult[] = [];
  let markdown = "";
  for (const n of sizes) {
    const contentDir = path.join(benchDir, `content-${n}`);
    const corpus = writeCorpus(contentDir, { count: n, seed });
    log(`N=${n}: corpus ${corpus.reused ? "reused" : "written"} (${fmt.int(corpus.words)} words) in ${path.relative(projectRoot, contentDir)}`);

    const index = measureIndex(contentDir, n);
    log(`N=${n}: index ${fmt.ms(index.loadMs)} (CPU ${fmt.ms(index.loadCpuMs)}), bodies ${fmt.ms(index.renderMs)}, peak RSS ${fmt.mib(index.peakRssBytes)}`);

    const distDir = `.next-bench-${n}`;
    const env = productionEnv({ CONTENT_DIR: contentDir, NEXT_DIST_DIR: distDir });
    log(`N=${n}: next build into ${distDir} ...`);
    const build = await buildNext(projectRoot, env, distDir);
    log(`N=${n}: built in ${fmt.ms(build.wallMs)}, peak RSS ${fmt.mib(build.peakRssBytes)}, output ${fmt.mib(build.outputBytes)}`);

    const server = await startServer({ env, ownGroup: true, timeoutMs: 90_000 });
    const pages: PageBytes[] = [];
    const load: LoadFigures[] = [];
    try {
      const routes = await probeRoutes(server.url, contentDir, n);
      log(`N=${n}: routes ${routes.map((r) => `${r.kind} ${r.route}`).join(", ")}`);
      for (const { kind, route } of routes) pages.push(await pageBytes(server.url, route, kind));
      if (!flags["no-load"]) for (const { kind, route } of routes) load.push(await loadRoute(server, route, kind));
    } finally {
      await server.stop();
    }
    results.push({ n, words: corpus.words, index, build, pages, load });
    fs.mkdirSync(path.join(benchDir, "results"), { recursive: true });
    fs.writeFileSync(path.join(benchDir, "results", `${n}.json`), JSON.stringify({ meta, result: results.at(-1), bare }, null, 2));
    const finished = results.length === sizes.length;
    markdown = (finished ? "" : `**Partial: sizes ${sizes.filter((s) => !results.some((r) => r.n === s)).join(", ")} not measured yet.**\n\n`) + report(results, bare, meta);
    writeChart(
      chartFile,
      results.map((r) => ({ n: r.n, buildS: r.build.wallMs / 1000, indexMs: r.index.loadMs + r.index.indexMs })),
    );
    writeReport(markdown);
  }
  console.log(markdown);
  log(`wrote ${path.relative(projectRoot, outFile)} and ${path.relative(projectRoot, chartFile)}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
