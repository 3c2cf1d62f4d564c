/**
 * Measuring helpers of the maintainers' commands (bench, scaleout, the timed
 * build in production.ts): commands run in their own process group, and the
 * RSS and CPU of a whole group sampled from /proc. Starting servers is
 * production.ts's (startServer with `ownGroup: true` for a server measured here).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const PAGE_SIZE = 4096;

/** Sums `measure(pid, statFields)` over every live process of a process group (Linux /proc). */
function sumOverGroup(groupId: number, measure: (pid: string, fields: string[]) => number): number {
  let total = 0;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command name may hold spaces and parentheses: fields start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== groupId) continue;
      total += measure(entry, fields);
    } catch {
      // the process ended between listing and reading
    }
  }
  return total;
}

/** Resident bytes of every process in a process group, summed. */
export function groupRssBytes(groupId: number): number {
  return sumOverGroup(
    groupId,
    (pid) => Number(fs.readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]) * PAGE_SIZE,
  );
}

/** CPU time (user + system) used so far by every live process of a process group, in milliseconds. */
export function groupCpuMs(groupId: number): number {
  const ticksPerSecond = 100; // USER_HZ on Linux
  const ticks = sumOverGroup(groupId, (_pid, fields) => Number(fields[11]) + Number(fields[12])); // utime, stime
  return (ticks * 1000) / ticksPerSecond;
}

/** Samples a process group's RSS until stopped; `peak` is the largest sum seen. */
export function rssSampler(groupId: number, everyMs = 200) {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, groupRssBytes(groupId));
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    get peak() {
      return peak;
    },
    stop(): number {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

export interface RunResult {
  exitCode: number;
  output: string;
  wallMs: number;
  peakRssBytes: number;
}

/** Runs a command in its own process group and measures wall time and the group's peak RSS. */
export function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; echo?: boolean },
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    if (child.pid === undefined) return reject(new Error(`could not start ${command}`));
    const sampler = rssSampler(child.pid);
    let output = "";
    const collect = (chunk: Buffer) => {
      output += chunk;
      if (options.echo) process.stderr.write(chunk);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.once("error", reject);
    child.once("exit", (code) => {
      const wallMs = performance.now() - started;
      resolve({ exitCode: code ?? 1, output, wallMs, peakRssBytes: sampler.stop() });
    });
  });
}

/** Bytes of a folder, recursively. */
export function folderBytes(dir: string, skip: (relative: string) => boolean = () => false): number {
  let total = 0;
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (skip(path.relative(dir, full))) continue;
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) total += fs.statSync(full).size;
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return total;
}
