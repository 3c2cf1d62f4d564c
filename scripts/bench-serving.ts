/**
 * The serving cost of one address under several builds (or runtimes), side by side in one run: each
 * variant's `next start` is loaded in turn, round after round, so the machine's drift touches all of
 * them alike. Per round and variant: requests a second, the server's CPU per request (user + system,
 * from /proc, the whole process group), p99 and errors, at 50 connections. What `docs/BENCHMARKS.md`
 * cites for each change to the serving path ("one change at a time, measured before and after").
 *
 *   npm run bench:serving -- --variant before=/path/to/other/checkout:.next --variant after=.next \
 *     --path /news/signing-of-smart-society-declaration [--rounds 5] [--duration 8] [--gzip]
 *   npm run bench:serving -- --variant node20=.next@/usr/bin/node --variant node24=.next@/opt/node24/bin/node ...
 *   npm run bench:serving -- --variant before=... --variant after=... --distinct-searches   # a new search each request
 *   npm run bench:serving -- --variant site=.next --numbered "/search?n="   # /search?n=0, ?n=1, ...: rendered afresh each request
 *
 * A variant is `label=[checkout:]distDir[@node binary][#path]`: the checkout defaults to this project,
 * the Node.js binary to the one running this script, the path to --path (a bare page's own, say). Build each variant first (`npm run build` with
 * NEXT_DIST_DIR set); the command only serves.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { groupCpuMs } from "./lib/processes";
import { productionEnv, projectRoot, startServer, type Server } from "./lib/production";
import { distinctPathsScript, runWrk, socketErrorCount } from "./lib/wrk";
import { corpusVocabulary } from "./bench/corpus";
import { distinctSearchPaths } from "./bench/search-queries";

/** How many addresses a load with a new one each request goes through. */
const DISTINCT_PATHS = 20_000;

interface Variant {
  label: string;
  cwd: string;
  distDir: string;
  nodeBinary?: string;
  path?: string;
}

interface Round {
  requestsPerSecond: number;
  cpuMsPerRequest: number;
  p99Ms: number;
  errors: number;
}

function parseVariant(spec: string): Variant {
  const [label, withPath] = spec.split("=", 2);
  if (!label || !withPath) throw new Error(`--variant ${spec}: write label=[checkout:]distDir[@node][#path]`);
  const [rest, ownPath] = withPath.split("#", 2);
  const [location, nodeBinary] = rest.split("@", 2);
  const [cwd, distDir] = location.includes(":") ? location.split(":", 2) : [projectRoot, location];
  return { label, cwd: path.resolve(cwd), distDir, nodeBinary, path: ownPath };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const { values } = parseArgs({
    options: {
      variant: { type: "string", multiple: true },
      path: { type: "string", default: "/" },
      rounds: { type: "string", default: "5" },
      duration: { type: "string", default: "8" },
      warmup: { type: "string", default: "15" },
      connections: { type: "string", default: "50" },
      gzip: { type: "boolean", default: false },
      // Each request a new query of the bench corpus's words (as `npm run bench` loads search): --path is then ignored.
      "distinct-searches": { type: "boolean", default: false },
      // Each request the prefix with the next number (0 to 19,999): a page that is rendered per request,
      // and kept by nobody, loaded without a query's cost (`/search?n=`) or with one that finds nothing.
      numbered: { type: "string" },
    },
  });
  const numbered = values.numbered;
  // A new address each request: the paths wrk asks for in turn, and how the summary names them.
  const distinct = values["distinct-searches"]
    ? {
        paths: distinctSearchPaths(corpusVocabulary(), DISTINCT_PATHS),
        label: `/search?q=<${DISTINCT_PATHS.toLocaleString("en")} distinct queries>`,
      }
    : numbered !== undefined
      ? {
          paths: Array.from({ length: DISTINCT_PATHS }, (_, i) => `${numbered}${i}`),
          label: `${numbered}<0 to ${(DISTINCT_PATHS - 1).toLocaleString("en")}>`,
        }
      : undefined;
  const luaScript = distinct && distinctPathsScript(distinct.paths);
  if (luaScript) values.path = "/";
  const loadLabel = distinct?.label ?? values.path;
  const variants = (values.variant ?? []).map(parseVariant);
  if (variants.length === 0) throw new Error("name at least one --variant label=[checkout:]distDir[@node]");
  const headers: Record<string, string> = values.gzip ? { "Accept-Encoding": "gzip, br" } : {};
  const connections = Number(values.connections);
  const servers: Server[] = [];
  try {
    for (const variant of variants) {
      const env = productionEnv({ NEXT_DIST_DIR: variant.distDir });
      const server = await startServer({
        env,
        cwd: variant.cwd,
        ownGroup: true,
        nodeBinary: variant.nodeBinary,
        timeoutMs: 90_000,
      });
      servers.push(server);
      // A fresh server keeps getting faster for its first seconds under load (JIT): warm each up first.
      await runWrk({
        url: server.url + (variant.path ?? values.path),
        connections,
        durationS: Number(values.warmup),
        headers,
        luaScript,
      });
      console.log(
        `${variant.label}: ${variant.cwd} ${variant.distDir} on ${variant.nodeBinary ?? process.execPath}, warmed up`,
      );
    }
    const rounds = new Map<string, Round[]>(variants.map((variant) => [variant.label, []]));
    for (let round = 1; round <= Number(values.rounds); round++) {
      for (const [i, variant] of variants.entries()) {
        const server = servers[i];
        const cpuBefore = groupCpuMs(server.pid);
        const result = await runWrk({
          url: server.url + (variant.path ?? values.path),
          connections,
          durationS: Number(values.duration),
          headers,
          luaScript,
        });
        const cpuMs = groupCpuMs(server.pid) - cpuBefore;
        const measured: Round = {
          requestsPerSecond: result.requestsPerSecond,
          cpuMsPerRequest: cpuMs / result.requests,
          p99Ms: result.p99Ms,
          errors: socketErrorCount(result) + result.non2xx,
        };
        rounds.get(variant.label)!.push(measured);
        console.log(
          `round ${round} ${variant.label}: ${measured.requestsPerSecond.toFixed(0)} req/s, ${measured.cpuMsPerRequest.toFixed(3)} ms CPU a request, p99 ${measured.p99Ms.toFixed(0)} ms, ${measured.errors} errors`,
        );
      }
    }
    console.log(
      `\n${loadLabel}${values.gzip ? " (Accept-Encoding: gzip, br)" : ""}, ${values.rounds} rounds of ${values.duration} s at -c${connections}; medians:\n`,
    );
    console.log(
      "| variant | req/s | CPU ms a request | p99 ms | errors (all rounds) |\n| --- | --- | --- | --- | --- |",
    );
    for (const { label } of variants) {
      const all = rounds.get(label)!;
      console.log(
        `| ${label} | ${median(all.map((r) => r.requestsPerSecond)).toFixed(0)} | ${median(all.map((r) => r.cpuMsPerRequest)).toFixed(3)} | ${median(all.map((r) => r.p99Ms)).toFixed(0)} | ${all.reduce((sum, r) => sum + r.errors, 0)} |`,
      );
    }
  } finally {
    for (const server of servers) await server.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
