/**
 * How search and the feeds scale: builds a content folder of N synthetic
 * articles (default 10,000) in a temp folder, then times loading, building
 * the MiniSearch index, queries, and one feed, with the site's own code.
 * Usage: node --import tsx scripts/bench-search.ts [N]
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PublicationView } from "../src/content/index";
import { loadContent } from "../src/content/load";
import { searchFor } from "../src/content/search";
import { siteFeed } from "../src/publish/feeds";

const count = Number(process.argv[2] ?? 10_000);
const words =
  "security cyber resilience municipality police data privacy innovation startup campus exercise crisis drone port network sensor identity fraud forensic training".split(
    " ",
  );
const pick = (i: number, n: number) =>
  Array.from({ length: n }, (_, k) => words[(i * 7 + k * 13) % words.length]).join(" ");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hsd-bench-search-"));
try {
  fs.cpSync(path.resolve(__dirname, "../content/themes.yml"), path.join(dir, "themes.yml"));
  fs.cpSync(path.resolve(__dirname, "../content/partners.yml"), path.join(dir, "partners.yml"));
  fs.mkdirSync(path.join(dir, "news"));
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2010, 0, 1) + i * 3_600_000 * 7).toISOString().slice(0, 10);
    const paragraphs = Array.from(
      { length: 6 },
      (_, p) => `The ${pick(i + p, 12)} programme ${i} met ${pick(i * 3 + p, 20)}.`,
    ).join("\n\n");
    fs.writeFileSync(
      path.join(dir, "news", `item-${i}.md`),
      `---\ntitle: Item ${i} on ${pick(i, 4)}\ndate: ${day}\nthemes: [${["smart-society", "cyber-security"][i % 2]}]\npartners: [vng]\n---\n\n${paragraphs}\n`,
    );
  }
  const time = <T>(label: string, run: () => T): T => {
    const start = performance.now();
    const result = run();
    console.log(`${label}: ${(performance.now() - start).toFixed(0)} ms`);
    return result;
  };
  const index = time(`load ${count} articles`, () => PublicationView.of(loadContent(dir)));
  // Summaries are derived lazily by the loader; derive them first so the search build is timed alone.
  time("derive every summary", () => index.articles.reduce((n, a) => n + a.summary.length, 0));
  const heapBefore = process.memoryUsage().heapUsed;
  const search = time("build the search index", () => searchFor(index));
  console.log(`search index heap: ~${((process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024).toFixed(0)} MB`);
  for (const query of ["cyber", "drone port", "resilliance", "municip police data", "nothingmatches"]) {
    const outcome = time(`query "${query}"`, () => search.search(query));
    if (outcome.kind === "results") console.log(`  ${outcome.total} results`);
  }
  time("RSS feed (20 newest)", () => siteFeed(index, "en", "rss"));
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
