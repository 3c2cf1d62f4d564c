/**
 * Real parts for end-to-end tests: a production build (`next build`) of a
 * content folder into its own dist folder, `next start` on 127.0.0.1 on a
 * free port, and Debian's Chromium driven by playwright-core. Building and
 * serving are scripts/lib/production.ts's, shared with the maintainers' commands;
 * this file keeps only what tests add (dist folder names, skipping Next's type
 * check, launching the browser; its path and flags are scripts/lib/chromium.ts's).
 */
import { chromium, type Browser } from "playwright-core";
import { chromiumArgs, chromiumPath } from "../../../scripts/lib/chromium";
import { buildNext, freePort, projectRoot, siteEnv, startServer, type Server } from "../../../scripts/lib/production";

export { chromiumPath, freePort, projectRoot };

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
  // Tests build often and `npm run typecheck` already checks the types: skip Next's second check.
  return {
    distDir,
    ...buildNext(projectRoot, siteEnv({ distDir, contentDir, env: { NEXT_SKIP_TYPECHECK: "1", ...env } })),
  };
}

/** Builds and throws with the build's output when it fails. */
export function buildSiteOrThrow(options: BuildOptions): string {
  const result = buildSite(options);
  if (result.exitCode !== 0) throw new Error(`next build of ${options.contentDir} failed:\n${result.output}`);
  return result.distDir;
}

export type RunningSite = Server;

/** `next start` on 127.0.0.1 for a built dist folder; resolves once the home page answers. */
export function startSite({
  distDir,
  contentDir,
  env = {},
}: {
  distDir: string;
  contentDir: string;
  env?: Record<string, string>;
}): Promise<RunningSite> {
  return startServer({ env: siteEnv({ distDir, contentDir, env }) });
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
}
