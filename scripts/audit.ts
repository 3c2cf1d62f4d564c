/**
 * `npm run audit`: Lighthouse (mobile preset) against a production build of the
 * site, beside a bare Next.js app (one layout, one static page, the same Next
 * version, scripts/lib/bareNext.ts) built in a temporary folder and measured in the same run, rounds
 * interleaved so that a busy machine weighs on both alike. Prints the four
 * category scores (median of the runs) and writes them to docs/QUALITY.md.
 *
 * AUDIT_RUNS (default 3) sets the runs per page; CHROME_PATH the browser
 * (default /usr/bin/chromium, scripts/lib/chromium.ts); CONTENT_DIR the content folder.
 */
import fs from "node:fs";
import path from "node:path";
import { makeBareNextApp } from "./lib/bareNext";
import {
  chromiumVersion,
  lighthouseCategories as categories,
  lighthouseScores,
  lighthouseVersion,
  median,
  type LighthouseScores,
} from "./lib/lighthouse";
import { buildProduction, projectRoot, siteEnv, startServer, writeReportSection, type Server } from "./lib/production";

const runs = Math.max(1, Number(process.env.AUDIT_RUNS ?? 3));
const distDir = ".next-audit";

async function main() {
  const bareDir = makeBareNextApp();
  const servers: Server[] = [];
  try {
    await buildProduction(projectRoot, distDir);
    await buildProduction(bareDir, ".next");
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
    const results = new Map<string, LighthouseScores[]>(targets.map((t) => [t.name, []]));
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
      const of = (c: (typeof categories)[number]) => all.map((s) => s[c] ?? 0);
      return `| ${t.name} | ${categories.map((c) => `${median(of(c))} (${of(c).join(", ")})`).join(" | ")} |`;
    });
    const nextVersion = (
      JSON.parse(fs.readFileSync(path.join(projectRoot, "node_modules/next/package.json"), "utf8")) as {
        version: string;
      }
    ).version;
    const table = `${header}\n${rows.join("\n")}`;
    console.log(`\n${table}\n`);
    writeReportSection(
      path.join(projectRoot, "docs/QUALITY.md"),
      "audit",
      `Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC with \`npm run audit\` (Lighthouse ${lighthouseVersion()}, mobile preset, ` +
        `Next.js ${nextVersion}, Chromium ${chromiumVersion()}); median of ${runs} interleaved ${runs === 1 ? "run" : "runs"}, each run's score in brackets.\n\n${table}`,
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
