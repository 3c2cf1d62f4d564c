/**
 * Builds the main end-to-end site once per run (real content plus archive
 * items, three events and two articles with photos) and serves it with `next start`; test files reach it with
 * `inject("siteUrl")`. Suites that need other content build their own.
 */
import fs from "node:fs";
import type { TestProject } from "vitest/node";
import { addMainSiteEvents, addMainSitePhotos, realContentWithArchive, removeMainSitePhotos } from "./content";
import { buildSite, chromiumPath, startSite, type RunningSite } from "./site";

declare module "vitest" {
  export interface ProvidedContext {
    siteUrl: string;
    siteContentDir: string;
    /** Everything `next build` of the main site printed (its warnings are tested too). */
    mainBuildOutput: string;
    /** The main site's dist folder, relative to the project root. */
    mainDistDir: string;
  }
}

let site: RunningSite | undefined;
let contentDir: string | undefined;

export async function setup(project: TestProject) {
  chromiumPath(); // fail at once, with the clear message, when there is no browser
  contentDir = realContentWithArchive();
  addMainSiteEvents(contentDir);
  await addMainSitePhotos(contentDir);
  const build = buildSite({ name: "main", contentDir });
  if (build.exitCode !== 0) throw new Error(`next build of the main e2e site failed:\n${build.output}`);
  site = await startSite({ distDir: build.distDir, contentDir });
  project.provide("siteUrl", site.url);
  project.provide("siteContentDir", contentDir);
  project.provide("mainBuildOutput", build.output);
  project.provide("mainDistDir", build.distDir);
}

export async function teardown() {
  await site?.stop();
  if (contentDir) fs.rmSync(contentDir, { recursive: true, force: true });
  removeMainSitePhotos();
}
