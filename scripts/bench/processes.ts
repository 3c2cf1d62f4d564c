/**
 * Process helpers shared by `npm run bench` and `npm run scaleout`: `next build`
 * and `next start` as children in their own process group, peak RSS of a whole
 * process tree sampled from /proc, free ports, waiting for a URL.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

export const projectRoot = path.resolve(__dirname, "../..");
export const nextBin = path.join(projectRoot, "node_modules/next/dist/bin/next");
const PAGE_SIZE = 4096;

/** Resident bytes of every process in a process group, summed (Linux /proc). */
export function groupRssBytes(groupId: number): number {
  let total = 0;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command name may hold spaces and parentheses: fields start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== groupId) continue;
      const resident = Number(fs.readFileSync(`/proc/${entry}/statm`, "utf8").split(" ")[1]);
      total += resident * PAGE_SIZE;
    } catch {
      // the process ended between listing and reading
    }
  }
  return total;
}

/** CPU time (user + system) used so far by every live process of a process group, in milliseconds. */
export function groupCpuMs(groupId: number): number {
  const ticksPerSecond = 100; // USER_HZ on Linux
  let ticks = 0;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== groupId) continue;
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
    } catch {
      // the process ended between listing and reading
    }
  }
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
export function runMeasured(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; echo?: boolean }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
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

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export async function waitForUrl(url: string, child: ChildProcess, timeoutMs = 90_000, logs: () => string = () => ""): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${logs()}`);
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status > 0) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s:\n${logs()}`);
}

export interface Server {
  url: string;
  port: number;
  pid: number;
  child: ChildProcess;
  logs(): string;
  stop(): Promise<void>;
}

/** `next start` on 127.0.0.1 in its own process group; stop() ends that group by its id. */
export async function startNext({ cwd = projectRoot, env, port }: { cwd?: string; env: NodeJS.ProcessEnv; port?: number }): Promise<Server> {
  const chosen = port ?? (await freePort());
  let output = "";
  const child = spawn(process.execPath, [nextBin, "start", "-H", "127.0.0.1", "-p", String(chosen)], {
    cwd,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const pid = child.pid!;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-pid, "SIGTERM");
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        // already gone
      }
    }, 5000);
    await exited;
    clearTimeout(timer);
  };
  const url = `http://127.0.0.1:${chosen}`;
  try {
    await waitForUrl(`${url}/`, child, 90_000, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port: chosen, pid, child, logs: () => output, stop };
}

export function productionEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...extra };
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
