/**
 * Lighthouse (mobile preset) through its own CLI, for `npm run audit` and
 * `npm run bench`: scores per category, a run lost to a busy machine repeated,
 * medians of several runs.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { chromiumArgs, chromiumPath } from "./chromium";
import { projectRoot } from "./production";

export const lighthouseCategories = ["performance", "accessibility", "best-practices", "seo"] as const;
export type LighthouseCategory = (typeof lighthouseCategories)[number];
export type LighthouseScores = Partial<Record<LighthouseCategory, number>>;

/**
 * One Lighthouse run (0-100 per category). Run in plain Node through the CLI: inside a
 * tsx process, the functions Lighthouse sends to the page would carry tsx's helpers.
 */
export function lighthouseScores(
  url: string,
  categories: readonly LighthouseCategory[] = lighthouseCategories,
  attempts = 3,
): LighthouseScores {
  return withRetries(url, attempts, () => lighthouseOnce(url, categories).scores);
}

/** What a page's largest paint and layout shift were in one mobile performance run (the bench's photo target). */
export interface PaintFigures {
  performance: number;
  cumulativeLayoutShift: number;
  /** The HTML of the largest contentful paint's element, as Lighthouse names it. */
  largestPaintElement: string;
}

export function lighthousePaint(url: string, attempts = 3): PaintFigures {
  return withRetries(url, attempts, () => {
    const { scores, report } = lighthouseOnce(url, ["performance"]);
    const element = report.audits?.["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node?.snippet;
    return {
      performance: scores.performance ?? 0,
      cumulativeLayoutShift: report.audits?.["cumulative-layout-shift"]?.numericValue ?? Number.NaN,
      largestPaintElement: element ?? "",
    };
  });
}

function withRetries<T>(url: string, attempts: number, once: () => T): T {
  for (let attempt = 1; ; attempt++) {
    try {
      return once();
    } catch (error) {
      // A loaded machine now and then loses the trace (NO_NAVSTART); such a run is repeated, not counted.
      if (attempt >= attempts) throw error;
      console.log(
        `  retrying ${url}: ${(error as Error).message.split("\n").find((line) => line.includes("error")) ?? "failed"}`,
      );
    }
  }
}

interface LighthouseReport {
  categories: Record<string, { score: number | null }>;
  audits?: Record<
    string,
    { numericValue?: number; details?: { items?: { items?: { node?: { snippet?: string } }[] }[] } }
  >;
}

function lighthouseOnce(
  url: string,
  categories: readonly LighthouseCategory[],
): { scores: LighthouseScores; report: LighthouseReport } {
  const cli = path.join(projectRoot, "node_modules/lighthouse/cli/index.js");
  const result = spawnSync(
    process.execPath,
    [
      cli,
      url,
      "--output=json",
      "--output-path=stdout",
      "--quiet",
      `--only-categories=${categories.join(",")}`,
      `--chrome-path=${chromiumPath()}`,
      `--chrome-flags=${chromiumArgs.join(" ")}`,
    ],
    { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 },
  );
  if (result.status !== 0) throw new Error(`Lighthouse failed for ${url}:\n${result.stderr}`);
  const report = JSON.parse(result.stdout) as LighthouseReport;
  return {
    scores: Object.fromEntries(categories.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)])),
    report,
  };
}

/** The middle value (the upper one of the two middles for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export function lighthouseVersion(): string {
  return (
    JSON.parse(fs.readFileSync(path.join(projectRoot, "node_modules/lighthouse/package.json"), "utf8")) as {
      version: string;
    }
  ).version;
}

export function chromiumVersion(): string {
  const chrome = chromiumPath();
  return (
    spawnSync(chrome, ["--version"], { encoding: "utf8" })
      .stdout.trim()
      .replace(/^Chromium\s*/, "") || chrome
  );
}
