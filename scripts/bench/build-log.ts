/**
 * The phases `next build` reports in its log, with their durations, so a
 * build time comes with its causes: configuration (which waits for the
 * content check), the content snapshot, compiling, TypeScript, writing
 * Turbopack's filesystem cache, static generation, and so on.
 */

export interface BuildPhase {
  name: string;
  ms: number;
  /** Extra detail the line gave, e.g. the number of pages generated. */
  detail?: string;
}

/** Next's durations ("36ms", "3.5s", "88s", "2.1min") and the content step's ("1.4 s"). */
export function logDurationMs(text: string): number {
  const match = /^([\d.]+)\s?(ms|s|min)$/.exec(text.trim());
  if (!match) throw new Error(`not a build-log duration: "${text}"`);
  return Number(match[1]) * { ms: 1, s: 1000, min: 60_000 }[match[2] as "ms" | "s" | "min"];
}

const DURATION = String.raw`([\d.]+\s?(?:ms|s|min))`;

/** The lines Next.js 16 (and the site's content step) print when a phase ends, in build order. */
const PHASES: { name: string; pattern: RegExp; detail?: (match: RegExpExecArray) => string }[] = [
  {
    name: "config (incl. the content check)",
    pattern: new RegExp(String.raw`Running next\.config\.\w+ took ${DURATION}`),
  },
  {
    name: "content snapshot (beside the compiler)",
    pattern: new RegExp(
      String.raw`content snapshot of .*?: (\d+) articles(?:, (\d+) with a Dutch translation)?.* in ${DURATION}`,
    ),
    detail: (m) => `${m[1]} articles${m[2] === undefined ? "" : `, ${m[2]} translated`}`,
  },
  { name: "compile", pattern: new RegExp(String.raw`Compiled successfully in ${DURATION}`) },
  {
    name: "snapshot moved into the output",
    pattern: new RegExp(String.raw`Completed runAfterProductionCompile in ${DURATION}`),
  },
  { name: "TypeScript", pattern: new RegExp(String.raw`Finished TypeScript(?: config validation)? in ${DURATION}`) },
  {
    name: "filesystem cache write",
    pattern: new RegExp(String.raw`Finished writing to filesystem cache in ${DURATION}`),
  },
  {
    name: "collect page data",
    pattern: new RegExp(String.raw`Collecting page data using \d+ workers? in ${DURATION}`),
  },
  {
    name: "static generation",
    pattern: new RegExp(String.raw`Generating static pages using (\d+) workers? \((\d+)/\d+\) in ${DURATION}`),
    detail: (m) => `${m[2]} pages, ${m[1]} worker${m[1] === "1" ? "" : "s"}`,
  },
  { name: "finalize page optimization", pattern: new RegExp(String.raw`Finalizing page optimization in ${DURATION}`) },
];

/** Every phase the log reports, in the order above; a phase the log does not mention is left out. */
export function parseBuildPhases(log: string): BuildPhase[] {
  // Spinners redraw with carriage returns and colour codes: one logical line per \r or \n.
  const lines = log.replace(/\x1b\[[0-9;]*[A-Za-z]/g, "").split(/[\r\n]+/);
  const phases: BuildPhase[] = [];
  for (const { name, pattern, detail } of PHASES) {
    for (const line of lines) {
      const match = pattern.exec(line);
      if (!match) continue;
      phases.push({ name, ms: logDurationMs(match[match.length - 1]), ...(detail ? { detail: detail(match) } : {}) });
      break;
    }
  }
  return phases;
}
