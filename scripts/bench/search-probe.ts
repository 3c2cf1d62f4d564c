/**
 * What a search costs when its answer is not cached, in a fresh process over
 * a build's content snapshot (the very index `next start` loads on its first
 * search): the time to load the prebuilt index, then the CPU time of each probe
 * query (search-queries.ts) against an empty answer cache, repeated and
 * interleaved so that a busy moment weighs on every query alike.
 * Prints one JSON line; `npm run bench` runs it per corpus size.
 *
 *   node --import tsx scripts/bench/search-probe.ts <dist folder> [repetitions]
 */
import { performance } from "node:perf_hooks";
import { PublicationView } from "../../src/content/index";
import { searchFor } from "../../src/content/search";
import { readSnapshot } from "../../src/content/snapshot";
import { probeQueries } from "./search-queries";

const distDir = process.argv[2];
const repetitions = Number(process.argv[3] ?? 15);
if (!distDir || !(repetitions >= 1)) throw new Error("usage: search-probe.ts <dist folder> [repetitions]");

const cpuMs = (work: () => void): number => {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const snapshot = readSnapshot(distDir);
const index = PublicationView.of({ ...snapshot, problems: [] }, { prebuiltSearchIndex: snapshot.readSearchIndex });
const search = searchFor(index);
const queries = probeQueries();

// The first search of a server: reads search.json and loads it into MiniSearch.
const loadStarted = performance.now();
const first = search.search(queries[0].query);
const firstSearchMs = performance.now() - loadStarted;
if (first.kind !== "results") throw new Error(`the probe query "${queries[0].query}" got ${first.kind}`);

// One unmeasured pass, so the JIT has compiled every path before anything is counted.
for (const { query } of queries) search.withoutCachedAnswers().search(query);
const runs: number[][] = queries.map(() => []);
for (let rep = 0; rep < repetitions; rep++) {
  queries.forEach(({ query }, i) => {
    const fresh = search.withoutCachedAnswers();
    runs[i].push(cpuMs(() => fresh.search(query)));
  });
}

console.log(
  JSON.stringify({
    articles: index.articles.length,
    firstSearchMs,
    repetitions,
    queries: queries.map(({ id, name, query }, i) => {
      const outcome = search.search(query);
      return {
        id,
        name,
        query,
        matches: outcome.kind === "results" ? outcome.total : 0,
        cpuMsMedian: median(runs[i]),
        cpuMsMin: Math.min(...runs[i]),
        cpuMsMax: Math.max(...runs[i]),
      };
    }),
  }),
);
