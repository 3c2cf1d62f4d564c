/**
 * `npm run loadtest`: autocannon against a production build on 127.0.0.1,
 * 100 connections for 60 s cycling over home, /news, an article and (when they
 * answer) search and a feed. Prints requests/s, p50/p99 latency, errors,
 * non-2xx and the server's resident memory (its whole process tree) before and
 * after, then writes the figures to docs/QUALITY.md.
 *
 * LOADTEST_SECONDS / LOADTEST_CONNECTIONS change the run; CONTENT_DIR the content;
 * LOADTEST_REUSE_BUILD=1 serves an existing .next-loadtest instead of building.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import {
  articlePath,
  articlePathPrefix,
  feedPath,
  homePath,
  listingPath,
  NEWS_LISTING,
  searchPath,
} from "../src/lib/routes";
import { buildProduction, projectRoot, siteEnv, startServer, treeRssBytes, writeReportSection } from "./lib/production";

const seconds = Number(process.env.LOADTEST_SECONDS ?? 60);
const connections = Number(process.env.LOADTEST_CONNECTIONS ?? 100);
const distDir = ".next-loadtest";
const optionalPaths = [searchPath("en", "smart"), feedPath("en", "rss")];

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function run(url: string, paths: string[], duration: number, conns: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(
      { url, connections: conns, duration, requests: paths.map((p) => ({ method: "GET", path: p })) },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

async function main() {
  if (!(process.env.LOADTEST_REUSE_BUILD === "1" && fs.existsSync(path.join(projectRoot, distDir, "BUILD_ID"))))
    await buildProduction(projectRoot, distDir);
  const server = await startServer({ env: siteEnv({ distDir }) });
  try {
    const newsPath = listingPath("en", NEWS_LISTING);
    const articleSlug = (await (await fetch(`${server.url}${newsPath}`)).text()).match(
      new RegExp(`href="${articlePathPrefix()}([a-z0-9-]+)"`),
    )?.[1];
    if (!articleSlug) throw new Error(`${newsPath} links to no article`);
    const paths = [homePath("en"), newsPath, articlePath("en", articleSlug)];
    for (const candidate of optionalPaths) {
      if ((await fetch(`${server.url}${candidate}`)).status === 200) paths.push(candidate);
    }
    const started = treeRssBytes(server.pid);
    // Warm-up at full load: code, caches and the heap reach their working size; growth is measured from after it.
    const warmUpSeconds = 15;
    await run(server.url, paths, warmUpSeconds, connections);
    const warm = treeRssBytes(server.pid);
    console.log(
      `server pid ${server.pid}: ${mb(started)} at start, ${mb(warm)} after a ${warmUpSeconds} s warm-up; loading ${paths.join(", ")} ...`,
    );
    const samples: number[] = [];
    const sampler = setInterval(() => samples.push(treeRssBytes(server.pid)), 10_000);
    const result = await run(server.url, paths, seconds, connections).finally(() => clearInterval(sampler));
    const after = treeRssBytes(server.pid);
    const growth = ((after - warm) / warm) * 100;
    const lines = [
      `| figure | value |`,
      `| --- | ---: |`,
      `| paths (cycled per connection) | ${paths.map((p) => `\`${p}\``).join(", ")} |`,
      `| connections, duration | ${connections}, ${seconds} s |`,
      `| requests | ${result.requests.total} |`,
      `| requests/s (mean) | ${result.requests.average.toFixed(0)} |`,
      `| latency p50 / p99 | ${result.latency.p50} ms / ${result.latency.p99} ms |`,
      `| errors (incl. timeouts) | ${result.errors} (${result.timeouts} timeouts) |`,
      `| non-2xx responses | ${result.non2xx} |`,
      `| server RSS: start / after warm-up / after load | ${mb(started)} / ${mb(warm)} / ${mb(after)} |`,
      `| server RSS every 10 s during the run | ${samples.map(mb).join(", ")} |`,
      `| growth after warm-up | ${growth.toFixed(1)}% |`,
    ];
    const table = lines.join("\n");
    console.log(`\n${table}\n`);
    writeReportSection(
      path.join(projectRoot, "docs/QUALITY.md"),
      "loadtest",
      `Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC with \`npm run loadtest\` (autocannon, Node ${process.version}, ` +
        `${os.cpus().length} CPUs, ${warmUpSeconds} s warm-up at full load first, load average at the end ${os
          .loadavg()
          .map((l) => l.toFixed(1))
          .join(" ")}: the machine was shared with other builds).\n\n${table}`,
    );
    if (result.errors > 0 || result.non2xx > 0) process.exitCode = 1;
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
