/**
 * The build's cache of each content file's parse: a rebuild reuses the parse of every
 * unchanged file and parses a changed one again, and the cache never changes what the loader finds:
 * the same articles, the same problems, a broken file reported on every load and never stored.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import { validateContent } from "@/content/buildSnapshot";
import { loadContent, type LoadedContent } from "@/content/load";
import { ParseCache } from "@/content/parseCache";
import { ContentError } from "@/content/problems";

const fixture = path.resolve(__dirname, "../fixtures/translations");
let work: string;
let contentDir: string;
let cacheFile: string;

beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "hsd-parse-cache-"));
  contentDir = path.join(work, "content");
  fs.cpSync(fixture, contentDir, { recursive: true });
  cacheFile = path.join(work, "cache", "hsd-content-parse.json");
});

afterEach(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

const fileCount = () => fs.readdirSync(path.join(contentDir, "news")).filter((name) => name.endsWith(".md")).length;

/** One build's content step: a fresh cache object over the same file, as each build's process has. */
function load(code = "code-1"): { content: LoadedContent; cache: ParseCache } {
  const cache = new ParseCache(cacheFile, code);
  const content = loadContent(contentDir, { warnings: true, publicDir: path.join(work, "public"), parseCache: cache });
  cache.save();
  return { content, cache };
}

/** What the site and the check see: every article with its translations, bodies and summaries, and every problem. */
function seen(content: LoadedContent) {
  return {
    articles: content.articles.map((article) => ({
      ...article,
      summary: article.summary,
      translations: Object.fromEntries(
        Object.entries(article.translations ?? {}).map(([language, t]) => [language, { ...t, summary: t.summary }]),
      ),
    })),
    problems: content.problems,
    rejectedArticles: content.rejectedArticles,
    rejectedTranslations: content.rejectedTranslations,
  };
}

const withoutCache = () => loadContent(contentDir, { warnings: true, publicDir: path.join(work, "public") });

test("a second load takes every unchanged file from the cache and finds exactly what a load without it finds", () => {
  const first = load();
  expect(first.cache).toMatchObject({ reused: 0, parsed: fileCount() });
  const second = load();
  expect(second.cache).toMatchObject({ reused: fileCount(), parsed: 0 });
  expect(seen(second.content)).toEqual(seen(withoutCache()));
  expect(seen(first.content)).toEqual(seen(withoutCache()));
});

test("a changed article and a changed translation are parsed again, the others reused", () => {
  load();
  const article = path.join(contentDir, "news", "smart-society-meeting.md");
  fs.writeFileSync(article, fs.readFileSync(article, "utf8").replace(/^title: .*$/m, "title: A changed title"));
  const translation = path.join(contentDir, "news", "smart-society-meeting.nl.md");
  fs.appendFileSync(translation, "\nEen nieuwe alinea.\n");
  const { content, cache } = load();
  expect(cache).toMatchObject({ reused: fileCount() - 2, parsed: 2 });
  const changed = content.articles.find((a) => a.slug === "smart-society-meeting");
  expect(changed?.title).toBe("A changed title");
  expect(changed?.translations?.nl?.markdown).toContain("Een nieuwe alinea.");
  expect(seen(content)).toEqual(seen(withoutCache()));
});

test("a broken file is reported on every load, never stored, and its fixed version is parsed again", () => {
  load();
  const article = path.join(contentDir, "news", "smart-society-meeting.md");
  const good = fs.readFileSync(article, "utf8");
  fs.writeFileSync(article, good.replace(/^date: .*$/m, "date: 2019-13-45"));
  const expected = seen(withoutCache()).problems;
  expect(
    expected.some((problem) => problem.severity === "error" && problem.file.endsWith("smart-society-meeting.md")),
  ).toBe(true);
  for (let build = 1; build <= 2; build++) {
    const cache = new ParseCache(cacheFile, "code-1");
    let thrown: unknown;
    try {
      validateContent(contentDir, { warnings: true, publicDir: path.join(work, "public"), parseCache: cache });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContentError);
    expect((thrown as ContentError).problems).toEqual(expected);
    // Parsed each time (its translation, unchanged, still comes from the cache), and never stored.
    expect(cache).toMatchObject({ reused: fileCount() - 1, parsed: 0 });
  }
  fs.writeFileSync(article, good);
  expect(load().cache).toMatchObject({ reused: fileCount() - 1, parsed: 1 });
});

test("other themes or partners, or other code, parse every file again", () => {
  load();
  fs.appendFileSync(path.join(contentDir, "themes.yml"), "\n# a comment changes the bytes\n");
  expect(load().cache).toMatchObject({ reused: 0, parsed: fileCount() });
  expect(load().cache).toMatchObject({ reused: fileCount(), parsed: 0 });
  expect(load("code-2").cache).toMatchObject({ reused: 0, parsed: fileCount() });
});

test("a summary derived from the body is stored with the parse and taken from the cache, not derived again", () => {
  load();
  const stored = JSON.parse(fs.readFileSync(cacheFile, "utf8")) as {
    entries: Record<string, { parsed: { data: { summary?: string }; derivedSummary?: string } }>;
  };
  const [name, entry] = Object.entries(stored.entries).find(([, e]) => e.parsed.data.summary === undefined)!;
  const fresh = withoutCache().articles.flatMap((a) => [a, ...Object.values(a.translations ?? {})]);
  expect(entry.parsed.derivedSummary).toBeTruthy();
  expect(entry.parsed.derivedSummary).toBe(fresh.find((t) => t.file.endsWith(`/${name}`))?.summary);
  // Marked, to see where the next load's summary comes from.
  entry.parsed.derivedSummary = "taken from the cache";
  fs.writeFileSync(cacheFile, JSON.stringify(stored));
  const { content } = load();
  const texts = content.articles.flatMap((a) => [a, ...Object.values(a.translations ?? {})]);
  expect(texts.find((t) => t.file.endsWith(`/${name}`))?.summary).toBe("taken from the cache");
});
