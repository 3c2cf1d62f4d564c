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
