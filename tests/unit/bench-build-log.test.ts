/**
 * The benchmark prints the phases of each build from `next build`'s own log, so
 * that a build time comes with its causes. The log below is what Next.js 16.4
 * printed for the site (trimmed), spinner redraws (\r) included.
 */
import { describe, expect, it } from "vitest";
import { logDurationMs, parseBuildPhases } from "../../scripts/bench/build-log";

const SITE_LOG = [
  "",
  "> hsd-news@0.1.0 build",
  "> next build",
  "",
  "\u001b[1m▲ Next.js 16.4.6\u001b[22m (Turbopack)",
  "\u001b[32m✓\u001b[39m Running next.config.ts took 3.5s",
  "  Creating an optimized production build ...",
  "content snapshot of .bench/content-100: 100 articles (0 drafts left out) in 1.4 s",
  "✓ Compiled successfully in 88s",
  "  Running next.config.js provided runAfterProductionCompile ...",
  "✓ Completed runAfterProductionCompile in 36ms",
  "  Running TypeScript ...",
  "✓ Finished writing to filesystem cache in 15.8s",
  "  Finished TypeScript in 44s ...",
  "  Collecting page data using 1 worker ...",
  "  Generating static pages using 1 worker (0/132) ...",
  "  Generating static pages using 1 worker (33/132) \r  Generating static pages using 1 worker (66/132) \r",
  "✓ Generating static pages using 1 worker (132/132) in 2.1min",
  "  Finalizing page optimization ...",
  "",
  "Route (app)                                                               Revalidate  Expire",
  "┌ ○ /                                                                             5m      1d",
].join("\n");

describe("build phases from the log", () => {
  it("lists every phase the log reports, with its duration in milliseconds", () => {
    expect(parseBuildPhases(SITE_LOG)).toEqual([
      { name: "config (incl. the content check)", ms: 3500 },
      { name: "content snapshot (beside the compiler)", ms: 1400, detail: "100 articles" },
      { name: "compile", ms: 88_000 },
      { name: "snapshot moved into the output", ms: 36 },
      { name: "TypeScript", ms: 44_000 },
      { name: "filesystem cache write", ms: 15_800 },
      { name: "static generation", ms: 126_000, detail: "132 pages, 1 worker" },
    ]);
  });

  it("leaves out what a build did not do (the bare page has no content step)", () => {
    const bare =
      "✓ Running next.config.mjs took 19ms\n✓ Compiled successfully in 12.3s\n  Finished TypeScript in 8.0s ...\n✓ Generating static pages using 2 workers (3/3) in 471ms\n";
    expect(parseBuildPhases(bare)).toEqual([
      { name: "config (incl. the content check)", ms: 19 },
      { name: "compile", ms: 12_300 },
      { name: "TypeScript", ms: 8000 },
      { name: "static generation", ms: 471, detail: "3 pages, 2 workers" },
    ]);
  });

  it("names the translated articles of the content step when it reports them", () => {
    const line =
      "content snapshot of .bench/content-1000: 1000 articles, 250 with a Dutch translation (0 drafts left out) in 2.3 s";
    expect(parseBuildPhases(line)).toEqual([
      { name: "content snapshot (beside the compiler)", ms: 2300, detail: "1000 articles, 250 translated" },
    ]);
  });

  it("reads Next's duration formats and the content step's", () => {
    expect(logDurationMs("0.5ms")).toBe(0.5);
    expect(logDurationMs("250ms")).toBe(250);
    expect(logDurationMs("3.2s")).toBe(3200);
    expect(logDurationMs("1.4 s")).toBe(1400);
    expect(logDurationMs("2.5min")).toBe(150_000);
    expect(() => logDurationMs("soon")).toThrow(/not a build-log duration/);
  });
});
