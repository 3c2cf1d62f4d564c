/**
 * Builds the main end-to-end site once per run (real content plus archive
 * items and three events) and serves it with `next start`; test files reach it with
 * `inject("siteUrl")`. Suites that need other content build their own.
 */
import fs from "node:fs";
import type { TestProject } from "vitest/node";
import { addMainSiteEvents, realContentWithArchive } from "./content";
import { buildSiteOrThrow, chromiumPath, startSite, type RunningSite } from "./site";

declare module "vitest" {
  export interface ProvidedContext {
    siteUrl: string;
    siteContentDir: string;
  }
}

let site: RunningSite | undefined;
let contentDir: string | undefined;

export async function setup(project: TestProject) {
  chromiumPath(); // fail at once, with the clear message, when there is no browser
  contentDir = realContentWithArchive();
  addMainSiteEvents(contentDir);
  const distDir = buildSiteOrThrow({ name: "main", contentDir });
  site = await startSite({ distDir, contentDir });
  project.provide("siteUrl", site.url);
  project.provide("siteContentDir", contentDir);
}

export async function teardown() {
  await site?.stop();
  if (contentDir) fs.rmSync(contentDir, { recursive: true, force: true });
}
