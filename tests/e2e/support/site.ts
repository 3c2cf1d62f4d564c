/**
 * Real parts for end-to-end tests: a production build (`next build`) of a
 * content folder into its own dist folder, `next start` on 127.0.0.1 on a
 * free port, and Debian's Chromium driven by playwright-core.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";

export const projectRoot = path.resolve(__dirname, "../../..");
const nextBin = path.join(projectRoot, "node_modules/next/dist/bin/next");

export interface BuildOptions {
  /** Names the dist folder, `.next-e2e-<name>`, so builds of different content never mix. */
  name: string;
  /** The content folder (absolute, or relative to the project root). */
  contentDir: string;
  env?: Record<string, string>;
}

export interface BuildResult {
  distDir: string;
  exitCode: number;
  output: string;
}

export function distDirFor(name: string): string {
  return `.next-e2e-${name}`;
}

/** Runs `next build` for a content folder; returns its exit code and everything it printed. */
export function buildSite({ name, contentDir, env = {} }: BuildOptions): BuildResult {
  const distDir = distDirFor(name);
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: projectRoot,
    env: { ...process.env, NODE_ENV: "production", CONTENT_DIR: contentDir, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1", NEXT_SKIP_TYPECHECK: "1", ...env },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { distDir, exitCode: result.status ?? 1, output: `${result.stdout ?? ""}${result.stderr ?? ""}` };
}

/** Builds and throws with the build's output when it fails. */
export function buildSiteOrThrow(options: BuildOptions): string {
  const result = buildSite(options);
  if (result.exitCode !== 0) throw new Error(`next build of ${options.contentDir} failed:\n${result.output}`);
  return result.distDir;
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

export interface RunningSite {
  url: string;
  /** Everything the server printed so far. */
  logs(): string;
  stop(): Promise<void>;
}

/** `next start` on 127.0.0.1 for a built dist folder; resolves once the home page answers. */
export async function startSite({ distDir, contentDir, env = {} }: { distDir: string; contentDir: string; env?: Record<string, string> }): Promise<RunningSite> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = "";
  const child: ChildProcess = spawn(process.execPath, [nextBin, "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: projectRoot,
    env: { ...process.env, NODE_ENV: "production", CONTENT_DIR: contentDir, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    }
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited early:\n${output}`);
    try {
      const response = await fetch(`${url}/`, { redirect: "manual" });
      if (response.status > 0) return { url, logs: () => output, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`next start did not answer within 60 s:\n${output}`);
}

export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Debian's Chromium (or CHROME_PATH), with a clear message when there is none. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium"].filter((p): p is string => Boolean(p));
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found) {
    throw new Error(
      `No Chromium found (looked at ${candidates.join(", ")}). Install Debian's chromium (apt-get install -y chromium) or set CHROME_PATH.`,
    );
  }
  return found;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
}
