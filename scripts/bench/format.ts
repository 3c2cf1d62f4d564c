/** How the bench writes its figures, in the tables and in the targets alike. */
const KiB = 1024;
const MiB = 1024 * KiB;

export const fmt = {
  ms: (ms: number) =>
    ms >= 10_000
      ? `${(ms / 1000).toFixed(1)} s`
      : ms >= 1000
        ? `${(ms / 1000).toFixed(2)} s`
        : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`,
  s: (ms: number) => `${(ms / 1000).toFixed(1)} s`,
  mib: (bytes: number) => `${(bytes / MiB).toFixed(bytes >= 100 * MiB ? 0 : 1)} MiB`,
  kib: (bytes: number) => `${(bytes / KiB).toFixed(1)} KiB`,
  int: (value: number) => Math.round(value).toLocaleString("en-US"),
  ratio: (value: number) => `${value.toFixed(2)} x`,
  /** For a verdict's reason: a ratio just past its limit must not print as the limit itself. */
  preciseRatio: (value: number) => `${value.toFixed(3)} x`,
};

export function table(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [
    `| ${headers.join(" | ")} |`,
    `| ${headers.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ].join("\n");
}
