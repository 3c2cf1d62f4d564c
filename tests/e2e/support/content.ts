/**
 * Content folders for end-to-end builds, made in a temporary folder so tests
 * never write into content/.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { projectRoot } from "./site";

/** A fresh temporary folder for one test run's content. */
export function tempContentDir(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `hsd-${label}-`));
}

/**
 * The real content plus enough older archive items to fill a second page of
 * "All latest news", so pagination is exercised against the real articles.
 */
export function realContentWithArchive(archiveCount = 9): string {
  const dir = tempContentDir("e2e");
  fs.cpSync(path.join(projectRoot, "content"), dir, { recursive: true });
  for (let i = 1; i <= archiveCount; i++) {
    const day = String(i).padStart(2, "0");
    fs.writeFileSync(
      path.join(dir, "news", `archive-item-${i}.md`),
      `---\ntitle: Archive item ${i}\ndate: 2018-01-${day}\n---\n\nAn older announcement kept in the archive, number ${i}.\n`,
    );
  }
  return dir;
}

/** Events from tests/fixtures/events that the main e2e site carries (see that folder's README). */
export const MAIN_SITE_EVENTS = ["hsd-cafe-cyber-resilience", "data-ethics-webinar", "security-innovation-days-2025"] as const;

/**
 * Adds those events to a content folder: an upcoming one with a place and registration, an
 * online one and a past one under the real clock (their events are in 2030 and 2025, their
 * publication dates before today), so the quality gates see the event box, /events and the
 * home page's upcoming events. The real content has no event: the seed gives no day and place.
 */
export function addMainSiteEvents(dir: string): void {
  for (const slug of MAIN_SITE_EVENTS) {
    fs.copyFileSync(path.join(projectRoot, "tests/fixtures/events/news", `${slug}.md`), path.join(dir, "news", `${slug}.md`));
  }
}
