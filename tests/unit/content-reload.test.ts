import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, test, vi } from "vitest";

let dir: string;
const previousContentDir = process.env.CONTENT_DIR;

function writeArticle(slug: string, text: string) {
  fs.writeFileSync(path.join(dir, "news", `${slug}.md`), text);
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "hsd-reload-"));
  fs.mkdirSync(path.join(dir, "news"));
  fs.writeFileSync(path.join(dir, "themes.yml"), "- id: cyber\n  name: Cyber\n");
  fs.writeFileSync(path.join(dir, "partners.yml"), "[]\n");
  writeArticle("first", "---\ntitle: First\ndate: 2024-01-01\n---\n\nThe first article.\n");
  process.env.CONTENT_DIR = dir;
  vi.resetModules();
});

afterEach(() => {
  vi.restoreAllMocks();
  if (previousContentDir === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = previousContentDir;
  fs.rmSync(dir, { recursive: true, force: true });
});

test("a reload that meets a broken file keeps serving the last good index and logs one line naming the file", async () => {
  const { getPublicationView, refreshContent } = await import("@/content");
  const good = getPublicationView();
  expect(good.articles.map((a) => a.slug)).toEqual(["first"]);

  writeArticle("broken", "---\ntitle: Broken\ndate: 2024-02-30\n---\n\nA date that does not exist.\n");
  const logged = vi.spyOn(console, "error").mockImplementation(() => {});
  const afterBrokenPush = refreshContent();

  expect(afterBrokenPush).toBe(good);
  expect(getPublicationView()).toBe(good);
  expect(logged).toHaveBeenCalledTimes(1);
  const line = String(logged.mock.calls[0][0]);
  expect(line).not.toContain("\n");
  expect(line).toContain("broken.md");
  expect(line).toContain("last good content");

  fs.rmSync(path.join(dir, "news", "broken.md"));
  writeArticle("second", "---\ntitle: Second\ndate: 2024-03-01\n---\n\nA good new article.\n");
  expect(refreshContent().articles.map((a) => a.slug)).toEqual(["second", "first"]);
});

test("without a good index to fall back on, broken content still fails loudly (the build)", async () => {
  writeArticle("broken", "---\ntitle: Broken\n---\n\nNo date.\n");
  const { getPublicationView, ContentError } = await import("@/content");
  expect(() => getPublicationView()).toThrow(ContentError);
});
