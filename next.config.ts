import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { buildOutputDirName, missingSiteUrlWarning, site } from "./src/lib/site";

/*
 * The content snapshot (src/content/snapshot.ts). `next build` reads and checks the content folder
 * once, in a process of its own started as soon as this file is loaded. The build waits only for the
 * check (a broken article stops it before the build folder is touched); the snapshot is written beside
 * the compiler and moved into the build output after compiling, before any page is rendered. The page
 * workers and `next start` then read only the snapshot.
 */
const distDir = buildOutputDirName();
/** Inside cache/, which Next keeps when it empties the build folder at the start of a build. */
const stagedSnapshot = path.resolve(distDir, "cache", "hsd-content-next");
/** Each content file's parse by its hash (src/content/parseCache.ts): a rebuild parses only the changed files. */
const parseCacheFile = path.resolve(distDir, "cache", "hsd-content-parse.json");
let snapshotJob: { checked: Promise<void>; written: Promise<void> } | undefined;

function startSnapshot(): { checked: Promise<void>; written: Promise<void> } {
  fs.rmSync(stagedSnapshot, { recursive: true, force: true });
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join("scripts", "build-snapshot.ts"), stagedSnapshot, parseCacheFile],
    {
      stdio: ["inherit", "inherit", "inherit", "ipc"],
    },
  );
  const written = new Promise<void>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error("The content has errors (listed above): nothing was built.")),
    );
  });
  const checked = new Promise<void>((resolve, reject) => {
    child.once("message", () => resolve());
    written.then(resolve, reject);
  });
  return { checked, written };
}

async function installSnapshot({ distDir: outputDir }: { distDir: string }): Promise<void> {
  await (snapshotJob ??= startSnapshot()).written;
  const target = path.join(outputDir, "hsd-content");
  fs.rmSync(target, { recursive: true, force: true });
  fs.renameSync(stagedSnapshot, target);
}

const nextConfig: NextConfig = {
  // Tests and benchmarks build into their own folders so they never touch the served build.
  distDir,
  // A self-contained server for production images (docs/DEPLOYMENT.md). Opt-in: with it, every
  // `next start` (tests, bench) logs that it "does not work" with standalone, though it does.
  output: process.env.NEXT_OUTPUT_STANDALONE === "1" ? "standalone" : undefined,
  poweredByHeader: false,
  // An ETag is a hash of the whole page, computed again on every request (it was about a tenth of the
  // server's time per cached page): the proxy or CDN in front keeps and revalidates its own copies,
  // and a browser asked to revalidate a page receives it again (about 10 KB compressed) instead of a 304.
  generateEtags: false,
  reactStrictMode: true,
  // The type check is `npm run typecheck`, which CI runs (and fails on) before anything is built: the
  // build does not repeat it (14-17 s of each build, docs/BENCHMARKS.md). Turbopack compiles TypeScript
  // without checking it, so `npm run build` of code with a type error still builds: run the typecheck
  // first, as CI does, or build with NEXT_SKIP_TYPECHECK=0 to have Next check the types again.
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK !== "0" },
  experimental: {
    // A build in CI or for a deploy starts from an empty build folder, so Turbopack's cache of its
    // compilation is never read back there; writing it took 10 s of every build on two cores.
    turbopackFileSystemCacheForBuild: false,
    // Two root layouts, one per edition (app/(en), app/(nl)): an address that matches no route gets
    // app/global-not-found.tsx, served like a prerendered page, as the one root layout's 404 was.
    globalNotFound: true,
  },
  /*
   * The image optimizer (next/image) for the articles' photos, as tight as the pages allow: only the
   * widths and the one quality they ask for, only photo file names under /images/ (lower case, no
   * query: one spelling per file, as the check requires) and https photos from the allowed hosts, no
   * SVG, no redirects. Anything else is a 400 and leaves nothing in the cache, which is bounded;
   * the front door (src/server/frontDoor.ts) also refuses other spellings of the same request
   * (src/lib/photoAddresses.ts).
   */
  images: {
    // The optimizer accepts any width of either list; next/image's srcset takes them from both.
    deviceSizes: [...site.photoWidths],
    imageSizes: [...site.photoCardWidths],
    qualities: [site.photoQuality],
    formats: ["image/avif", "image/webp"],
    localPatterns: [{ pathname: "/images/**/+([a-z0-9_-]).@(jpg|jpeg|png|webp|avif)", search: "" }],
    remotePatterns: site.photoHosts.map((hostname) => ({ protocol: "https" as const, hostname, port: "", search: "" })),
    dangerouslyAllowSVG: false,
    maximumRedirects: 0,
    maximumDiskCacheSize: site.photoCacheBytes,
    // A photo never changes under its name (docs/EDITING.md: a replaced photo gets a new name).
    minimumCacheTTL: 31_536_000,
  },
  // Next's cache, keeping only 200s and deliberate redirects (src/cache-handler.mjs).
  cacheHandler: path.resolve("src/cache-handler.mjs"),
  // Pages regenerate within 5 minutes (revalidate = 300); shared caches may serve a stale copy for a day meanwhile.
  expireTime: 86_400,
  compiler: { runAfterProductionCompile: installSnapshot },
};

/**
 * The config for each phase. In `next build` it first waits for the content check (see startSnapshot)
 * and warns once when SITE_URL is missing (its workers inherit the environment, hence the flag).
 */
export default async function config(phase: string): Promise<NextConfig> {
  if (phase === PHASE_PRODUCTION_BUILD) {
    const warning = process.env.HSD_SITE_URL_WARNED ? undefined : missingSiteUrlWarning();
    if (warning) {
      console.warn(warning);
      process.env.HSD_SITE_URL_WARNED = "1";
    }
    await (snapshotJob ??= startSnapshot()).checked;
  }
  return nextConfig;
}
