/**
 * `npm run scaleout`: the deployment of docs/DEPLOYMENT.md in miniature on
 * 127.0.0.1. Debian's nginx caches in front of two `next start` replicas of one
 * build; the rig shows
 *   1. both replicas serve identical pages (bodies fetched from each directly),
 *   2. nginx's cache answers repeated requests (X-Cache-Status: HIT), honouring
 *      the Cache-Control the site sends,
 *   3. the cache serves an article at >= 0.5 x what the same nginx serves when
 *      the article's HTML is a file on disk (wrk on both, runs interleaved),
 *   4. killing one replica (by its pid) halfway through a 20 s load run costs the
 *      clients zero errors: nginx retries the other replica (proxy_next_upstream).
 * nginx (scripts/lib/nginx.ts) runs from a config in a temporary folder (-p/-c,
 * its own pid file) and is stopped by pid; nothing global is touched.
 *
 *   npm run scaleout                      # npm run build of content/ into .next-scaleout first
 *   npm run scaleout -- --reuse-build     # reuse .next-scaleout when it exists
 *   npm run scaleout -- --duration 5      # shorter load run with the replica killed
 *   npm run scaleout -- --compare-duration 5 --compare-runs 1   # shorter cache-vs-file comparison
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { cachingProxyBlock, compareCacheWithFile, startNginx, type Nginx } from "./lib/nginx";
import { buildProduction, freePort, projectRoot, siteEnv, startServer, type Server } from "./lib/production";
import { socketErrorCount, wrkBinary } from "./lib/wrk";

const { values: flags } = parseArgs({
  options: {
    "reuse-build": { type: "boolean", default: false },
    duration: { type: "string", default: "20" },
    connections: { type: "string", default: "50" },
    "content-dir": { type: "string" },
    "compare-duration": { type: "string", default: "10" },
    "compare-runs": { type: "string", default: "2" },
  },
});
const durationS = Number(flags.duration);
const connections = Number(flags.connections);
const compareDurationS = Number(flags["compare-duration"]);
const compareRuns = Number(flags["compare-runs"]);
const distDir = ".next-scaleout";
const contentDir = path.resolve(projectRoot, flags["content-dir"] ?? process.env.CONTENT_DIR ?? "content");
const say = (line: string) => console.log(line);

const sha = (text: string) => crypto.createHash("sha256").update(text).digest("hex").slice(0, 12);

async function routesToCheck(base: string): Promise<string[]> {
  const home = await (await fetch(`${base}/`)).text();
  const article = /href="(\/news\/[a-z0-9-]+)"/.exec(home)?.[1];
  const candidates = ["/", "/news", ...(article ? [article] : []), "/sitemap.xml", "/feed.xml", "/robots.txt"];
  const found: string[] = [];
  for (const route of candidates) {
    const response = await fetch(base + route);
    await response.arrayBuffer();
    if (response.status === 200) found.push(route);
  }
  return found;
}

async function main() {
  const started = Date.now();
  wrkBinary(); // step 4 loads with wrk: say so before the build rather than after it
  const env = siteEnv({ distDir, contentDir });
  if (!(flags["reuse-build"] && fs.existsSync(path.join(projectRoot, distDir, "BUILD_ID")))) {
    say(`scaleout: npm run build of ${path.relative(projectRoot, contentDir) || "."} into ${distDir} ...`);
    const build = await buildProduction(projectRoot, distDir, { CONTENT_DIR: contentDir });
    say(`scaleout: built in ${(build.wallMs / 1000).toFixed(1)} s`);
  }

  const replicas: Server[] = [];
  let nginx: Nginx | undefined;
  let failures = 0;
  try {
    const startReplica = () => startServer({ env, ownGroup: true, timeoutMs: 90_000 });
    replicas.push(await startReplica(), await startReplica());
    const nginxPort = await freePort();
    nginx = await startNginx(
      (prefix) => [
        cachingProxyBlock(
          prefix,
          nginxPort,
          replicas.map((r) => r.port),
        ),
      ],
      nginxPort,
    );
    const nginxUrl = `http://127.0.0.1:${nginxPort}`;
    say(
      `scaleout: replica A ${replicas[0].url} (pid ${replicas[0].pid}), replica B ${replicas[1].url} (pid ${replicas[1].pid}), nginx ${nginxUrl} (pid ${nginx.pid}, config in ${nginx.prefix})`,
    );

    // 1. Same build, same content: the replicas must answer byte for byte alike.
    say("\n1. Both replicas serve identical pages (fetched from each replica directly)");
    say("| route | replica A sha256 | replica B sha256 | bytes | identical |\n| --- | --- | --- | --- | --- |");
    const routes = await routesToCheck(replicas[0].url);
    for (const route of routes) {
      const [a, b] = await Promise.all(replicas.map(async (r) => (await fetch(r.url + route)).text()));
      const same = a === b;
      if (!same) failures++;
      say(`| ${route} | ${sha(a)} | ${sha(b)} | ${a.length} | ${same ? "yes" : "NO"} |`);
    }

    // 2. The cache: the first request goes to a replica, the next ones are answered by nginx.
    say("\n2. nginx answers repeated requests from its cache");
    say("| route | Cache-Control from the site | X-Cache-Status, 3 requests |\n| --- | --- | --- |");
    const home = await (await fetch(`${replicas[0].url}/`)).text();
    const asset = /(\/_next\/static\/[^"]+\.js)/.exec(home)?.[1];
    for (const route of [...routes, ...(asset ? [asset] : [])]) {
      const statuses: string[] = [];
      let cacheControl = "";
      for (let i = 0; i < 3; i++) {
        const response = await fetch(nginxUrl + route);
        await response.arrayBuffer();
        statuses.push(response.headers.get("x-cache-status") ?? "-");
        cacheControl = response.headers.get("cache-control") ?? "";
      }
      // A response the site lets shared caches keep (s-maxage, or a public max-age) must be a HIT by the
      // third request; the sitemap and robots.txt come from Next as `max-age=0, must-revalidate`, asked anew each time.
      const forSharedCaches = /s-maxage=[1-9]|public, max-age=[1-9]/.test(cacheControl);
      if (forSharedCaches && statuses[2] !== "HIT") failures++;
      say(`| ${route} | ${cacheControl} | ${statuses.join(", ")}${forSharedCaches ? "" : " (not meant to be kept)"} |`);
    }

    // 3. What the cache is worth: the target is at least half of what nginx does with the same page as a file.
    const article = routes.find((route) => /^\/news\/(?!page\/)[^/]+$/.test(route));
    if (article) {
      say(
        `\n3. nginx's cache in front of the replicas against nginx serving the same HTML from a file (${article}; wrk -t1 -c${connections} -d${compareDurationS}s, ${compareRuns} run${compareRuns === 1 ? "" : "s"} each, interleaved)`,
      );
      const comparison = await compareCacheWithFile({
        upstreamPorts: replicas.map((r) => r.port),
        route: article,
        connections,
        durationS: compareDurationS,
        runs: compareRuns,
        warmUpS: Math.min(2, compareDurationS),
      });
      say(
        "| served by | run | req/s | p50 ms | p99 ms | socket errors | non-2xx |\n| --- | --- | --- | --- | --- | --- | --- |",
      );
      for (const [name, runs] of [
        ["nginx cache (HIT)", comparison.cacheRuns],
        ["nginx, file on disk", comparison.fileRuns],
      ] as const) {
        runs.forEach((run, i) =>
          say(
            `| ${name} | ${i + 1} | ${Math.round(run.requestsPerSecond)} | ${run.p50Ms} | ${run.p99Ms} | ${socketErrorCount(run)} | ${run.non2xx} |`,
          ),
        );
      }
      const met = comparison.ratio >= 0.5;
      say(
        `   cache statuses before the load: ${comparison.cacheStatuses.join(", ")}; ${comparison.bytes} bytes of HTML`,
      );
      say(
        `   target: the cache serves an article at >= 0.5 x nginx serving the same file: ${comparison.ratio.toFixed(2)} x (best runs): ${met ? "met" : "NOT met"}`,
      );
    } else {
      say("\n3. nginx's cache against a file: not measured, no article found on the home page");
    }

    // 4. Lose a replica under load. The load bypasses the cache so every request reaches a replica.
    const target = routes.includes("/news") ? "/news" : "/";
    say(
      `\n4. Killing replica A (pid ${replicas[0].pid}) ${durationS / 2} s into a ${durationS} s load run (${connections} connections, ${target}, cache bypassed)`,
    );
    const perUpstream = new Map<string, number>();
    const killTimer = setTimeout(
      () => {
        process.kill(-replicas[0].pid, "SIGKILL");
        say(`   ${new Date().toISOString()}: replica A killed`);
      },
      (durationS * 1000) / 2,
    );
    const result = await autocannon({
      url: nginxUrl + target,
      connections,
      duration: durationS,
      headers: { "x-bypass-cache": "1" },
      requests: [
        {
          method: "GET",
          onResponse: (
            _status: number,
            _body: string,
            _context: unknown,
            headers?: Record<string, string | string[]>,
          ) => {
            const upstream = String(headers?.["x-upstream"] ?? headers?.["X-Upstream"] ?? "?");
            perUpstream.set(upstream, (perUpstream.get(upstream) ?? 0) + 1);
          },
        },
      ],
    } as autocannon.Options);
    clearTimeout(killTimer);
    const errors = result.errors + result.timeouts + result.non2xx;
    if (errors > 0) failures++;
    say(
      "| requests | req/s | p50 ms | p99 ms | errors | timeouts | non-2xx |\n| --- | --- | --- | --- | --- | --- | --- |",
    );
    say(
      `| ${result.requests.total} | ${Math.round(result.requests.average)} | ${result.latency.p50} | ${result.latency.p99} | ${result.errors} | ${result.timeouts} | ${result.non2xx} |`,
    );
    say(
      `   answered by (nginx X-Upstream; "a, b" means the first try failed and nginx retried): ${[...perUpstream].map(([k, v]) => `${k} ${v}`).join("; ")}`,
    );
    say(
      `\nscaleout: ${failures === 0 ? "all checks passed" : `${failures} check(s) FAILED`} in ${((Date.now() - started) / 1000).toFixed(0)} s; zero client errors across the loss of a replica: ${errors === 0 ? "yes" : "NO"}`,
    );
  } finally {
    await nginx?.stop();
    for (const replica of replicas) await replica.stop();
  }
  if (failures > 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
