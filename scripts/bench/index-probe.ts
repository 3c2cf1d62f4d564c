/**
 * Measures the content index on one content folder, in a fresh process so the
 * figures are those of a cold build worker: read + parse + validate (the real
 * loader), building the index, deriving every summary, rendering every body.
 * Prints one JSON line; `npm run bench` runs it per corpus size.
 */
import { performance } from "node:perf_hooks";
import { loadContent } from "../../src/content/load";
import { PublicationView } from "../../src/content/index";

const dir = process.argv[2];
if (!dir) throw new Error("usage: index-probe.ts <content dir>");

function timed<T>(work: () => T): [T, number] {
  const started = performance.now();
  const value = work();
  return [value, performance.now() - started];
}

const cpuBefore = process.cpuUsage();
const [content, loadMs] = timed(() => loadContent(dir));
// CPU time of the load as well: on a shared machine wall time includes waiting for a core.
const loadCpu = process.cpuUsage(cpuBefore);
const loadCpuMs = (loadCpu.user + loadCpu.system) / 1000;
const errors = content.problems.filter((p) => p.severity === "error");
if (errors.length > 0) throw new Error(`${dir} has ${errors.length} content errors, e.g. ${JSON.stringify(errors[0])}`);
const [index, indexMs] = timed(() => PublicationView.of(content));
const heapAfterIndex = process.memoryUsage().heapUsed;
// What listings and every article's metadata need; derived lazily, so measured on its own.
const [, summariesMs] = timed(() => index.articles.reduce((total, article) => total + article.summary.length, 0));
const [, moreNewsMs] = timed(() => index.articles.forEach((article) => index.moreNewsFor(article)));
const [htmlBytes, renderMs] = timed(() =>
  index.articles.reduce((total, article) => total + index.catalogue.bodyHtml(article).length, 0),
);
// A second pass must be (nearly) free: each body is rendered at most once per process.
const [, rerenderMs] = timed(() =>
  index.articles.reduce((total, article) => total + index.catalogue.bodyHtml(article).length, 0),
);
// A warm reload: what the same work costs once the code is compiled (the JIT no longer counts).
const [, warmLoadMs] = timed(() => PublicationView.of(loadContent(dir)));

const usage = process.resourceUsage();
console.log(
  JSON.stringify({
    articles: index.articles.length,
    loadMs,
    loadCpuMs,
    indexMs,
    warmLoadMs,
    summariesMs,
    moreNewsMs,
    renderMs,
    rerenderMs,
    htmlBytes,
    heapAfterIndexBytes: heapAfterIndex,
    heapAfterRenderBytes: process.memoryUsage().heapUsed,
    peakRssBytes: usage.maxRSS * 1024,
  }),
);
