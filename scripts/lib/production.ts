/**
 * The one place that builds and serves production Next.js for the maintainers'
 * commands (audit, loadtest, bench, scaleout) and the end-to-end tests: free
 * ports, builds into their own dist folder (so the served .next is never
 * touched): `npm run build` timed (buildProduction) or bare `next build` for
 * tests (buildNext), and `next start` on 127.0.0.1 that resolves once `/` answers.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { folderBytes, runMeasured } from "./processes";

export const projectRoot = path.resolve(__dirname, "../..");
export const nextBin = path.join(projectRoot, "node_modules/next/dist/bin/next");

/** The environment of every production build and server: the caller's, plus production mode and no telemetry. */
export function productionEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...extra };
}

/** productionEnv for one dist folder and, when given, one content folder. */
export function siteEnv({
  distDir,
  contentDir,
  env = {},
}: {
  distDir: string;
  contentDir?: string;
  env?: Record<string, string>;
}): NodeJS.ProcessEnv {
  return productionEnv({
    ...(contentDir === undefined ? {} : { CONTENT_DIR: contentDir }),
    NEXT_DIST_DIR: distDir,
    ...env,
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export interface NextBuildResult {
  exitCode: number;
  output: string;
}

/** `next build` itself (no content check first); returns its exit code and everything it printed. */
export function buildNext(cwd: string, env: NodeJS.ProcessEnv): NextBuildResult {
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    cwd,
    env,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { exitCode: result.status ?? 1, output: `${result.stdout ?? ""}${result.stderr ?? ""}` };
}

export interface BuildRun {
  wallMs: number;
  /** Peak resident memory of the build's whole process tree (npm, next build, its workers, the content step). */
  peakRssBytes: number;
  /** Bytes of the dist folder without its cache/ (what a deploy ships). */
  outputBytes: number;
  /** Everything the build printed. */
  output: string;
  distDir: string;
}

export interface BuildOptions {
  /** Deletes the dist folder first, its cache/ included, so nothing of an earlier build is reused. */
  cold?: boolean;
  /** The npm arguments; `npm run build` is the site's own build command. */
  command?: string[];
  /** Where to keep the build's output as a log file as well. */
  logFile?: string;
}

/**
 * The project's own build command (`npm run build`, which for the site is `next build` with its
 * content step) into `distDir`, timed, in its own process group so the peak memory of the whole
 * tree is known. Throws with the end of the build's output when it fails.
 */
export async function buildProduction(
  cwd: string,
  distDir: string,
  env: Record<string, string> = {},
  options: BuildOptions = {},
): Promise<BuildRun> {
  const { cold = false, command = ["run", "build"], logFile } = options;
  const absoluteDist = path.resolve(cwd, distDir);
  console.log(`building ${path.relative(process.cwd(), absoluteDist) || distDir}${cold ? " (cold)" : ""} ...`);
  if (cold) fs.rmSync(absoluteDist, { recursive: true, force: true });
  // tsconfig.json's empty "references" keeps next build from rewriting it; should that ever fail, a command must still leave the tree as it found it.
  const tsconfig = path.join(cwd, "tsconfig.json");
  const saved = fs.existsSync(tsconfig) ? fs.readFileSync(tsconfig, "utf8") : undefined;
  try {
    const result = await runMeasured("npm", command, { cwd, env: siteEnv({ distDir, env }) });
    if (logFile) {
      fs.mkdirSync(path.dirname(logFile), { recursive: true });
      fs.writeFileSync(logFile, result.output);
    }
    if (result.exitCode !== 0)
      throw new Error(`the build in ${cwd} failed (npm ${command.join(" ")}):\n${result.output.slice(-4000)}`);
    return {
      wallMs: result.wallMs,
      peakRssBytes: result.peakRssBytes,
      outputBytes: folderBytes(absoluteDist, (rel) => rel === "cache"),
      output: result.output,
      distDir: absoluteDist,
    };
  } finally {
    if (saved !== undefined && fs.readFileSync(tsconfig, "utf8") !== saved) fs.writeFileSync(tsconfig, saved);
  }
}

export interface WaitOptions {
  timeoutMs?: number;
  /** Milliseconds between attempts. */
  pollMs?: number;
  /** Wait for a 200; otherwise any answer will do (redirects are not followed either way). */
  requireOk?: boolean;
  logs?: () => string;
}

/** Polls `url` until it answers; fails early when `child` exits. Resolves with the status of the answer. */
export async function waitForUrl(
  url: string,
  child: ChildProcess,
  { timeoutMs = 90_000, pollMs = 200, requireOk = false, logs = () => "" }: WaitOptions = {},
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${logs()}`);
    try {
      const response = await fetch(url, { redirect: "manual" });
      await response.arrayBuffer();
      if (response.status === 200 || (!requireOk && response.status > 0)) return response.status;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  throw new Error(`${url} did not answer${requireOk ? " 200" : ""} within ${timeoutMs / 1000} s:\n${logs()}`);
}

export interface Server {
  url: string;
  port: number;
  pid: number;
  child: ChildProcess;
  /** Milliseconds from spawning `next start` to the first answer of `readyPath` (to the first 200 with `requireOk`). */
  readyMs: number;
  /** Everything the server printed so far. */
  logs(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** The full environment of the server, usually from siteEnv() or productionEnv(). */
  env: NodeJS.ProcessEnv;
  cwd?: string;
  port?: number;
  /**
   * Starts the server as the leader of its own process group, so the whole tree
   * can be measured (bench) or killed at once (scaleout) by `-pid`; stop() then
   * signals the group instead of the single process.
   */
  ownGroup?: boolean;
  timeoutMs?: number;
  /** The address whose answer means "started" (default `/`). */
  readyPath?: string;
  /** Milliseconds between polls of readyPath (default 200; the bench times start-up at 10). */
  pollMs?: number;
  /** Wait for a 200 of readyPath rather than any answer. */
  requireOk?: boolean;
  /** The Node.js binary that runs `next start` (default: this process's), to compare runtimes. */
  nodeBinary?: string;
}

/** `next start` on 127.0.0.1 for a built dist folder; resolves once `readyPath` (the home page) answers. */
export async function startServer({
  env,
  cwd = projectRoot,
  port,
  ownGroup = false,
  timeoutMs = 60_000,
  readyPath = "/",
  pollMs,
  requireOk,
  nodeBinary = process.execPath,
}: StartOptions): Promise<Server> {
  const chosen = port ?? (await freePort());
  const url = `http://127.0.0.1:${chosen}`;
  let output = "";
  const spawnedAt = performance.now();
  const child = spawn(
    nodeBinary,
    [path.join(cwd, "node_modules/next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", String(chosen)],
    {
      cwd,
      env,
      detached: ownGroup,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const pid = child.pid!;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      if (ownGroup) process.kill(-pid, name);
      else child.kill(name);
    } catch {
      // already gone
    }
  };
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    signal("SIGTERM");
    const timer = setTimeout(() => signal("SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  };
  let readyMs: number;
  try {
    await waitForUrl(url + readyPath, child, { timeoutMs, pollMs, requireOk, logs: () => output });
    readyMs = performance.now() - spawnedAt;
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port: chosen, pid, child, readyMs, logs: () => output, stop };
}

/** Resident memory in bytes of a process and all its descendants (Linux /proc). */
export function treeRssBytes(pid: number): number {
  const children = (p: number): number[] => {
    try {
      return fs.readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  };
  const rss = (p: number): number => {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"));
      return match ? Number(match[1]) * 1024 : 0;
    } catch {
      return 0;
    }
  };
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop() as number;
    total += rss(p);
    stack.push(...children(p));
  }
  return total;
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->` in a Markdown file. */
export function writeReportSection(file: string, name: string, body: string): void {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  const at = text.indexOf(start);
  const until = text.indexOf(end);
  const section = `${start}\n${body.trim()}\n${end}`;
  const next =
    at >= 0 && until > at
      ? `${text.slice(0, at)}${section}${text.slice(until + end.length)}`
      : `${text.trimEnd()}\n\n${section}\n`;
  fs.writeFileSync(file, next);
  console.log(`wrote the figures to ${path.relative(process.cwd(), file)}`);
}
