/**
 * `npm run audit`: Lighthouse (mobile preset) against a production build of the
 * site, beside a bare Next.js app (one layout, one static page, the same Next
 * version) built in a temporary folder and measured in the same run, rounds
 * interleaved so that a busy machine weighs on both alike. Prints the four
 * category scores (median of the runs) and writes them to docs/QUALITY.md.
 *
 * AUDIT_RUNS (default 3) sets the runs per page; CHROME_PATH the browser
 * (default /usr/bin/chromium); CONTENT_DIR the content folder.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildProduction, projectRoot, siteEnv, startServer, writeReportSection, type Server } from "./lib/production";

const categories = ["performance", "accessibility", "best-practices", "seo"] as const;
const runs = Math.max(1, Number(process.env.AUDIT_RUNS ?? 3));
const chromePath = process.env.CHROME_PATH || "/usr/bin/chromium";
const chromeFlags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const distDir = ".next-audit";

/** The bare app: what Next.js itself costs, with nothing of this site in it. */
const bareApp: Record<string, string> = {
  "package.json": JSON.stringify({ name: "bare-next", private: true, scripts: { build: "next build" } }, null, 2),
  // Turbopack compiles only inside its root: the root must hold both this folder and the linked node_modules.
  "next.config.mjs": `export default { distDir: process.env.NEXT_DIST_DIR || ".next", poweredByHeader: false, turbopack: { root: "/" } };\n`,
  "tsconfig.json": JSON.stringify(
    {
      compilerOptions: {
        target: "ES2022",
        lib: ["dom", "dom.iterable", "esnext"],
        strict: true,
        noEmit: true,
        module: "esnext",
        moduleResolution: "bundler",
        jsx: "react-jsx",
        isolatedModules: true,
        skipLibCheck: true,
        plugins: [{ name: "next" }],
      },
      include: ["**/*.ts", "**/*.tsx"],
    },
    null,
    2,
  ),
  "app/layout.tsx": `import type { ReactNode } from "react";

export const metadata = { title: "Bare Next.js page", description: "One layout and one static page, for comparison." };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  "app/page.tsx": `export default function Page() {
  return (
    <main>
      <h1>A bare Next.js page</h1>
      <p>One layout and one static page, built with the same version of Next.js as the site.</p>
    </main>
  );
}
`,
};

function makeBareApp(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hsd-bare-next-"));
  for (const [file, text] of Object.entries(bareApp)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  // The site's own installation, so the bare app runs exactly the same Next.js and React.
  fs.symlinkSync(path.join(projectRoot, "node_modules"), path.join(dir, "node_modules"), "dir");
  return dir;
}

type Scores = Record<(typeof categories)[number], number>;

/**
 * One Lighthouse run through its own CLI, in plain Node: run inside this tsx
 * process, the functions Lighthouse sends to the page would carry tsx's helpers.
 */
function lighthouseScores(url: string, attempts = 3): Scores {
  for (let attempt = 1; ; attempt++) {
    try {
      return lighthouseOnce(url);
    } catch (error) {
      // A loaded machine now and then loses the trace (NO_NAVSTART); such a run is repeated, not counted.
      if (attempt >= attempts) throw error;
      console.log(`  retrying ${url}: ${(error as Error).message.split("\n").find((line) => line.includes("error")) ?? "failed"}`);
    }
  }
}

function lighthouseOnce(url: string): Scores {
  const cli = path.join(projectRoot, "node_modules/lighthouse/cli/index.js");
  const result = spawnSync(
    process.execPath,
    [cli, url, "--output=json", "--output-path=stdout", "--quiet", `--only-categories=${categories.join(",")}`, `--chrome-path=${chromePath}`, `--chrome-flags=${chromeFlags.join(" ")}`],
    { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 },
  );
  if (result.status !== 0) throw new Error(`Lighthouse failed for ${url}:\n${result.stderr}`);
  const report = JSON.parse(result.stdout) as { categories: Record<string, { score: number | null }> };
  return Object.fromEntries(categories.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)])) as Scores;
}

function chromeVersion(): string {
  return spawnSync(chromePath, ["--version"], { encoding: "utf8" }).stdout.trim().replace(/^Chromium\s*/, "") || chromePath;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main() {
  const bareDir = makeBareApp();
  const servers: Server[] = [];
  try {
    buildProduction(projectRoot, distDir);
    buildProduction(bareDir, ".next");
    const site = await startServer({ env: siteEnv({ distDir }) });
    servers.push(site);
    const bare = await startServer({ cwd: bareDir, env: siteEnv({ distDir: ".next" }) });
    servers.push(bare);
    const articleSlug = (await (await fetch(`${site.url}/news`)).text()).match(/href="\/news\/([a-z0-9-]+)"/)?.[1];
    const targets = [
      { name: "bare Next.js page", url: `${bare.url}/` },
      { name: "home", url: `${site.url}/` },
      { name: "/news", url: `${site.url}/news` },
      { name: `article (/news/${articleSlug})`, url: `${site.url}/news/${articleSlug}` },
    ];
    const results = new Map<string, Scores[]>(targets.map((t) => [t.name, []]));
    for (let round = 1; round <= runs; round++) {
      for (const target of targets) {
        const scores = lighthouseScores(target.url);
        results.get(target.name)?.push(scores);
        console.log(`run ${round}/${runs} ${target.name}: ${categories.map((c) => `${c} ${scores[c]}`).join(", ")}`);
      }
    }
    const header = `| page | ${categories.join(" | ")} |\n| --- | ${categories.map(() => "---:").join(" | ")} |`;
    const rows = targets.map((t) => {
      const all = results.get(t.name) ?? [];
      return `| ${t.name} | ${categories.map((c) => `${median(all.map((s) => s[c]))} (${all.map((s) => s[c]).join(", ")})`).join(" | ")} |`;
    });
    const lighthouseVersion = (JSON.parse(fs.readFileSync(path.join(projectRoot, "node_modules/lighthouse/package.json"), "utf8")) as { version: string }).version;
    const nextVersion = (JSON.parse(fs.readFileSync(path.join(projectRoot, "node_modules/next/package.json"), "utf8")) as { version: string }).version;
    const table = `${header}\n${rows.join("\n")}`;
    console.log(`\n${table}\n`);
    writeReportSection(
      path.join(projectRoot, "docs/QUALITY.md"),
      "audit",
      `Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC with \`npm run audit\` (Lighthouse ${lighthouseVersion}, mobile preset, ` +
        `Next.js ${nextVersion}, Chromium ${chromeVersion()}); median of ${runs} interleaved ${runs === 1 ? "run" : "runs"}, each run's score in brackets.\n\n${table}`,
    );
  } finally {
    for (const server of servers) await server.stop();
    fs.rmSync(bareDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
