/**
 * A broken article pushed while the site runs: `npm run build` refuses it,
 * naming the file, before anything in the served build is touched, and every
 * page keeps answering with the last good content.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { tempContentDir } from "./support/content";
import { pageTypes } from "./support/pages";
import { distDirFor, projectRoot, startSite, type RunningSite } from "./support/site";

// A copy of the main build (without its compile cache), so a failure here can never damage the shared site.
const distDir = distDirFor("safe-rebuild");
const distPath = path.join(projectRoot, distDir);
let contentDir: string;
let site: RunningSite;

async function snapshot(): Promise<Map<string, { status: number; body: string }>> {
  const pages = new Map<string, { status: number; body: string }>();
  for (const { path: pagePath } of pageTypes) {
    const response = await fetch(`${site.url}${pagePath}`);
    pages.set(pagePath, { status: response.status, body: await response.text() });
  }
  return pages;
}

beforeAll(async () => {
  fs.rmSync(distPath, { recursive: true, force: true });
  fs.cpSync(path.join(projectRoot, distDirFor("main")), distPath, {
    recursive: true,
    filter: (source) => path.basename(source) !== "cache",
  });
  contentDir = tempContentDir("safe-rebuild");
  fs.cpSync(inject("siteContentDir"), contentDir, { recursive: true });
  site = await startSite({ distDir, contentDir });
});

afterAll(async () => {
  await site?.stop();
  fs.rmSync(distPath, { recursive: true, force: true });
  if (contentDir) fs.rmSync(contentDir, { recursive: true, force: true });
});

test("a failed build names the broken file and leaves every page answering with the old content", async () => {
  const before = await snapshot();
  for (const { path: pagePath, status = 200 } of pageTypes) expect(before.get(pagePath)?.status, pagePath).toBe(status);
  const buildIdBefore = fs.readFileSync(path.join(distPath, "BUILD_ID"), "utf8");

  fs.writeFileSync(
    path.join(contentDir, "news", "broken-push.md"),
    "---\ntitle: Pushed in a hurry\ndate: 2024-02-30\n---\n\nThe date does not exist.\n",
  );
  const build = spawnSync("npm", ["run", "build"], {
    cwd: projectRoot,
    env: { ...process.env, CONTENT_DIR: contentDir, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
  });
  const output = `${build.stdout}${build.stderr}`;
  expect(build.status).not.toBe(0);
  expect(output).toContain("broken-push.md");
  expect(output).toContain('"2024-02-30" is not a real date');

  expect(fs.readFileSync(path.join(distPath, "BUILD_ID"), "utf8")).toBe(buildIdBefore);
  const after = await snapshot();
  for (const { path: pagePath } of pageTypes) expect(after.get(pagePath), pagePath).toEqual(before.get(pagePath));
}, 300_000);
