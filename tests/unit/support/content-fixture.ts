/**
 * Throwaway content folders for loader tests: the valid fixture's themes and
 * partners plus whatever articles a test writes, in a temporary folder.
 */
import fs from "node:fs";
import path from "node:path";
import { tempContentDir } from "../../e2e/support/content";

export const fixturesDir = path.resolve(__dirname, "../../fixtures");
export const validFixture = path.join(fixturesDir, "valid");
export const brokenFixture = path.join(fixturesDir, "broken");

const made: string[] = [];

/** A content folder holding exactly the given news/ files (name -> text or raw bytes). */
export function contentWith(files: Record<string, string | Uint8Array>): string {
  const dir = tempContentDir("unit");
  made.push(dir);
  fs.copyFileSync(path.join(validFixture, "themes.yml"), path.join(dir, "themes.yml"));
  fs.copyFileSync(path.join(validFixture, "partners.yml"), path.join(dir, "partners.yml"));
  fs.mkdirSync(path.join(dir, "news"));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, "news", name), text);
  return dir;
}

/** Removes every folder contentWith made; call from afterAll. */
export function removeContentFolders(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** An article file: front-matter lines between '---' fences, then the body. */
export function article(frontMatter: string, body = "A paragraph of text."): string {
  return `---\n${frontMatter.trim()}\n---\n\n${body}\n`;
}
