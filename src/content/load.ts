/**
 * Reads and validates a content folder (CONTENT_DIR). The only code that
 * touches the file system for content. Problems are values, collected for
 * every file at once; callers decide what to do with them.
 */
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { CORE_SCHEMA, load as loadYaml, YAMLException } from "js-yaml";
import type { z } from "zod";
import type { ContentDate } from "../lib/dates";
import { contentDirName } from "../lib/site";
import { firstParagraphText, truncateAtWord } from "./markdown";
import { articleFrontMatterSchema, partnerSchema, SLUG_PATTERN, themeSchema, type Partner, type Theme } from "./schema";

export interface ContentProblem {
  /** Path of the file, relative to the project root when inside it. */
  file: string;
  /** The front-matter field, or what part of the file is wrong ("file name", "front matter", "body"). */
  field: string;
  message: string;
  severity: "error" | "warning";
}

export interface ArticleImage {
  src: string;
  alt: string;
}

export interface Article {
  slug: string;
  /** Path of the source file, as shown in messages. */
  file: string;
  title: string;
  date: ContentDate;
  updated?: ContentDate;
  author?: string;
  /** Plain text; the front-matter summary, or the first paragraph when none is given. */
  readonly summary: string;
  themes: readonly string[];
  partners: readonly string[];
  image?: ArticleImage;
  draft: boolean;
  aliases: readonly string[];
  /** The Markdown body, rendered on demand by the index (at most once per process). */
  markdown: string;
}

export interface LoadedContent {
  /** Absolute path of the content folder. */
  dir: string;
  articles: Article[];
  themes: Theme[];
  partners: Partner[];
  problems: ContentProblem[];
}

/** Longest derived summary, in characters; editors' own summaries are kept whole. */
const DERIVED_SUMMARY_LENGTH = 240;

export function resolveContentDir(dirName: string = contentDirName()): string {
  // The folder is chosen at run time (CONTENT_DIR), so the bundler must not try to trace it.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), dirName);
}

export function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative.split(path.sep).join("/") : absolute;
}

export function formatProblem(problem: ContentProblem): string {
  const prefix = problem.severity === "warning" ? "warning: " : "";
  return `${prefix}${problem.file}: ${problem.field}: ${problem.message}`;
}

class ProblemList {
  readonly items: ContentProblem[] = [];
  error(file: string, field: string, message: string) {
    this.items.push({ file, field, message, severity: "error" });
  }
  warning(file: string, field: string, message: string) {
    this.items.push({ file, field, message, severity: "warning" });
  }
  fromZod(file: string, error: z.ZodError, prefix: (string | number)[] = []) {
    for (const issue of error.issues) {
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) this.error(file, fieldName([...prefix, ...issue.path, key]), `unknown field '${key}'`);
        continue;
      }
      this.error(file, fieldName([...prefix, ...issue.path]) || "front matter", issue.message);
    }
  }
}

function fieldName(pathParts: PropertyKey[]): string {
  return pathParts
    .map((part, index) => (typeof part === "number" ? `[${part}]` : `${index === 0 ? "" : "."}${String(part)}`))
    .join("");
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

function readUtf8(file: string, problems: ProblemList, shownAs: string): string | undefined {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    problems.error(shownAs, "file", `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return undefined;
  }
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    problems.error(shownAs, "encoding", "is not valid UTF-8: save the file as UTF-8");
    return undefined;
  }
}

/** YAML in the core schema only: no custom tags, and `2019-03-20` stays the text the editor wrote. */
function parseYaml(text: string): unknown {
  return loadYaml(text, { schema: CORE_SCHEMA });
}

function yamlErrorMessage(error: unknown, firstLineInFile: number): string {
  if (error instanceof YAMLException) {
    const line = error.mark?.line;
    const where = typeof line === "number" ? ` at line ${line + firstLineInFile}` : "";
    return `is not valid YAML${where}: ${error.reason ?? error.message}`;
  }
  return `is not valid YAML: ${String(error)}`;
}

function readList<T>(
  file: string,
  schema: z.ZodType<T>,
  kind: string,
  problems: ProblemList,
): T[] {
  const shownAs = displayPath(file);
  if (!fs.existsSync(file)) {
    problems.error(shownAs, "file", `is missing: the content folder needs a ${path.basename(file)} listing the ${kind}`);
    return [];
  }
  const text = readUtf8(file, problems, shownAs);
  if (text === undefined) return [];
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    problems.error(shownAs, "file", yamlErrorMessage(error, 1));
    return [];
  }
  if (data === null || data === undefined) return [];
  if (!Array.isArray(data)) {
    problems.error(shownAs, "file", `must be a YAML list of ${kind} (lines starting with "- id: ...")`);
    return [];
  }
  const items: T[] = [];
  const seen = new Set<string>();
  data.forEach((entry, index) => {
    const result = schema.safeParse(entry);
    if (!result.success) {
      problems.fromZod(shownAs, result.error, [index]);
      return;
    }
    const id = (result.data as { id: string }).id;
    if (seen.has(id)) {
      problems.error(shownAs, `[${index}].id`, `"${id}" is used by more than one entry`);
      return;
    }
    seen.add(id);
    items.push(result.data);
  });
  return items;
}

const FENCE_OPEN = /^---[ \t]*\r?\n/;
const FENCE_CLOSE = /^---[ \t]*$/m;

/** gray-matter with YAML as its only language: `---js` and friends are refused, never evaluated. */
const refuseOtherLanguages = (language: string) => () => {
  throw new Error(`front matter in ${language} is not accepted; use YAML`);
};
const frontMatterOptions: { language: string; engines: Record<string, { parse: (input: string) => object }> } = {
  language: "yaml",
  engines: {
    yaml: { parse: (text: string) => parseYaml(text) as object },
    javascript: { parse: refuseOtherLanguages("javascript") },
    js: { parse: refuseOtherLanguages("javascript") },
    json: { parse: refuseOtherLanguages("json") },
    toml: { parse: refuseOtherLanguages("toml") },
    coffee: { parse: refuseOtherLanguages("coffee") },
  },
};

function splitFrontMatter(text: string, shownAs: string, problems: ProblemList): { data: Record<string, unknown>; body: string } | undefined {
  if (!FENCE_OPEN.test(text)) {
    const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
    if (/^---\S/.test(firstLine)) {
      problems.error(shownAs, "front matter", `must be YAML between two '---' lines; '${firstLine.slice(0, 20)}' front matter is not accepted`);
    } else {
      problems.error(shownAs, "front matter", "is missing: an article starts with a '---' line, then title and date, then another '---' line");
    }
    return undefined;
  }
  const openLength = FENCE_OPEN.exec(text)![0].length;
  const close = FENCE_CLOSE.exec(text.slice(openLength));
  if (!close) {
    problems.error(shownAs, "front matter", "is not closed: add a line with only '---' after the last field");
    return undefined;
  }
  // gray-matter sees the front matter only, the body is cut here: it looks every input up in its
  // cache by the whole text, which for 10,000 articles meant hashing every body once more.
  const frontMatterEnd = openLength + close.index + close[0].length;
  // gray-matter is given options on every call, which also keeps it from caching and sharing results.
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text.slice(0, frontMatterEnd), frontMatterOptions);
  } catch (error) {
    problems.error(shownAs, "front matter", yamlErrorMessage(error, 2));
    return undefined;
  }
  const data = parsed.data as unknown;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    problems.error(shownAs, "front matter", "must be a list of fields such as 'title: ...' and 'date: ...'");
    return undefined;
  }
  // A copy, so nothing downstream can alter what the parser holds.
  return { data: { ...(data as Record<string, unknown>) }, body: text.slice(frontMatterEnd).replace(/^\r?\n/, "") };
}

function withLazySummary(base: Omit<Article, "summary">, given: string | undefined): Article {
  let summary = given;
  return Object.defineProperty(base, "summary", {
    enumerable: true,
    get() {
      // Derived on first use: listings need a dozen summaries, not all of them.
      summary ??= truncateAtWord(firstParagraphText(base.markdown), DERIVED_SUMMARY_LENGTH);
      return summary;
    },
  }) as Article;
}

type FrontMatterSchema = ReturnType<typeof articleFrontMatterSchema>;

function readArticle(file: string, shownAs: string, slug: string, schema: FrontMatterSchema, problems: ProblemList): Article | undefined {
  const text = readUtf8(file, problems, shownAs);
  if (text === undefined) return undefined;
  const split = splitFrontMatter(text, shownAs, problems);
  if (!split) return undefined;
  const result = schema.safeParse(split.data);
  const bodyIsEmpty = split.body.trim() === "";
  if (bodyIsEmpty) problems.error(shownAs, "body", "is empty: write the article's text below the closing '---' line");
  if (!result.success) {
    problems.fromZod(shownAs, result.error);
    return undefined;
  }
  if (bodyIsEmpty) return undefined;
  const fm = result.data;
  return withLazySummary(
    {
      slug,
      file: shownAs,
      title: fm.title,
      date: fm.date,
      updated: fm.updated,
      author: fm.author,
      themes: fm.themes,
      partners: fm.partners,
      image: fm.image && fm.imageAlt ? { src: fm.image, alt: fm.imageAlt } : undefined,
      draft: fm.draft,
      aliases: fm.aliases,
      markdown: split.body,
    },
    fm.summary,
  );
}

/** Reads the whole content folder: every article, theme and partner, and every problem found. */
export function loadContent(dir: string = resolveContentDir()): LoadedContent {
  const problems = new ProblemList();
  const themes = readList(path.join(dir, "themes.yml"), themeSchema, "themes", problems);
  const partners = readList(path.join(dir, "partners.yml"), partnerSchema, "partners", problems);
  const known = { themeIds: new Set(themes.map((t) => t.id)), partnerIds: new Set(partners.map((p) => p.id)) };
  // One schema for the whole folder: zod compiles a schema on its first parse, so a schema per
  // article paid that compilation for every file (about 40% of loading 10,000 articles).
  const frontMatterSchema = articleFrontMatterSchema(known);

  const newsDir = path.join(dir, "news");
  const articles: Article[] = [];
  let entries: fs.Dirent[] = [];
  try {
    entries = fs.readdirSync(newsDir, { withFileTypes: true });
  } catch {
    problems.error(displayPath(newsDir), "folder", "is missing: articles live in news/ inside the content folder");
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // The folder's display path once, not path.relative() twice for each of thousands of files.
  const newsShownAs = displayPath(newsDir);
  const separator = path.isAbsolute(newsShownAs) ? path.sep : "/";
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue; // .gitkeep, editor swap files
    const file = path.join(newsDir, entry.name);
    const shownAs = `${newsShownAs}${separator}${entry.name}`;
    if (!entry.isFile()) {
      problems.error(shownAs, "file name", "is not a Markdown file: news/ holds only <slug>.md files");
      continue;
    }
    if (!entry.name.endsWith(".md")) {
      problems.error(shownAs, "file name", "must end in .md: news/ holds only <slug>.md files");
      continue;
    }
    const slug = entry.name.slice(0, -".md".length);
    if (!SLUG_PATTERN.test(slug)) {
      problems.error(shownAs, "file name", `"${slug}" is not a valid slug: use lower-case letters, digits and single hyphens, e.g. signing-of-smart-society-declaration.md`);
      continue;
    }
    const article = readArticle(file, shownAs, slug, frontMatterSchema, problems);
    if (article) articles.push(article);
  }
  return { dir, articles, themes, partners, problems: problems.items };
}
