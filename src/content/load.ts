/**
 * Reads and validates a content folder (CONTENT_DIR): the files, their names, themes.yml and
 * partners.yml, each article's front matter against the contract (schema.ts), and the aliases.
 * With the editor warnings (editorWarnings.ts) and the checks of public/ (files.ts), the only
 * code that touches the file system for content. Problems are values (problems.ts), collected
 * for every file at once; callers decide what to do with them.
 */
import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { contentDirName } from "../lib/site";
import { warnAboutArticle, warnAboutNewsLinks, warnAboutPartnerLogos } from "./editorWarnings";
import { parseYaml, splitFrontMatter, yamlErrorMessage } from "./frontMatter";
import { firstParagraphText, truncateAtWord } from "./markdown";
import type { Article, ContentProblem, Partner, Theme } from "./model";
import { displayPath, ProblemList } from "./problems";
import { ARTICLE_FIELDS, articleFrontMatterSchema, CONTROL_CHARACTER_ADVICE, EVENT_FIELDS, findControlCharacter, PARTNER_FIELDS, partnerSchema, SLUG_PATTERN, THEME_FIELDS, themeSchema } from "./schema";

// What the content's commands and tests reach through the loader.
export type { Article, ArticleEvent, ArticleImage, ContentProblem } from "./model";
export { PLACEHOLDER_TEXT, SUMMARY_WARNING_LENGTH, TEMPLATE_EVENT } from "./editorWarnings";
export { displayPath, formatProblem } from "./problems";

export interface LoadedContent {
  /** Absolute path of the content folder. */
  dir: string;
  articles: Article[];
  themes: Theme[];
  partners: Partner[];
  problems: ContentProblem[];
  /** Article files too broken to load, by slug: their address still belongs to them. */
  rejectedArticles: { slug: string; file: string }[];
}

export interface LoadOptions {
  /**
   * Also look for things worth an editor's look that do not stop publishing
   * (long summaries, missing images, links to articles that do not exist).
   * On by default; the site's own index leaves them to `npm run check`.
   */
  warnings?: boolean;
  /** Where paths such as /images/photo.jpg are looked up; the project's public/ by default. */
  publicDir?: string;
}

/** Longest derived summary, in characters; editors' own summaries are kept whole. */
const DERIVED_SUMMARY_LENGTH = 240;

export function resolveContentDir(dirName: string = contentDirName()): string {
  // The folder is chosen at run time (CONTENT_DIR), so the bundler must not try to trace it.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), dirName);
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

function readList<T>(
  file: string,
  schema: z.ZodType<T>,
  kind: string,
  knownFields: readonly string[],
  problems: ProblemList,
): T[] {
  const shownAs = displayPath(file);
  if (!fs.existsSync(file)) {
    problems.error(shownAs, "file", `is missing: the content folder needs a ${path.basename(file)} listing the ${kind}`);
    return [];
  }
  const text = readUtf8(file, problems, shownAs);
  if (text === undefined) return [];
  // A list with no entries yet (nothing but comments) is fine; js-yaml calls it "no document".
  if (text.split(/\r?\n/).every((line) => /^\s*(#.*)?$/.test(line))) return [];
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
      problems.fromZod(shownAs, result.error, knownFields, [index]);
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

interface ArticleChecks {
  /** One schema for the whole folder (see loadContent). */
  schema: ReturnType<typeof articleFrontMatterSchema>;
  problems: ProblemList;
  /** Set when warnings are wanted: where image paths are looked up. */
  publicDir?: string;
}

function readArticle(file: string, shownAs: string, slug: string, { schema, problems, publicDir }: ArticleChecks): Article | undefined {
  const text = readUtf8(file, problems, shownAs);
  if (text === undefined) return undefined;
  const split = splitFrontMatter(text, shownAs, problems);
  if (!split) return undefined;
  const result = schema.safeParse(split.data);
  const bodyIsEmpty = split.body.trim() === "";
  if (bodyIsEmpty) problems.error(shownAs, "body", "is empty: write the article's text below the closing '---' line");
  const control = findControlCharacter(split.body);
  if (control) {
    const before = text.slice(0, text.length - split.body.length + control.index);
    const line = before.split("\n").length;
    const column = control.index - split.body.lastIndexOf("\n", control.index - 1);
    problems.error(shownAs, "body", `line ${line}, column ${column}: contains the control character ${control.code}; ${CONTROL_CHARACTER_ADVICE}`);
  }
  if (!result.success) {
    problems.fromZod(shownAs, result.error, ARTICLE_FIELDS, [], { event: EVENT_FIELDS });
    return undefined;
  }
  if (bodyIsEmpty || control) return undefined;
  const fm = result.data;
  if (publicDir !== undefined) warnAboutArticle(fm, split.body, shownAs, publicDir, problems);
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
      ...(fm.event ? { event: fm.event } : {}),
      markdown: split.body,
    },
    fm.summary,
  );
}

/** Why a symbolic link is refused (here for articles, by `npm run check` anywhere in content/ and public/). */
export function symbolicLinkMessage(file: string): string {
  let target = "";
  try {
    target = ` (to ${fs.readlinkSync(file)})`;
  } catch {
    // unreadable: say what it is all the same
  }
  return `is a symbolic link${target}; put the file itself here: a link can publish files from outside the folder`;
}

/** Reads the whole content folder: every article, theme and partner, and every problem found. */
export function loadContent(dir: string = resolveContentDir(), options: LoadOptions = {}): LoadedContent {
  const warnings = options.warnings ?? true;
  const publicDir = warnings ? (options.publicDir ?? path.resolve(/*turbopackIgnore: true*/ process.cwd(), "public")) : undefined;
  const problems = new ProblemList();
  const themes = readList(path.join(dir, "themes.yml"), themeSchema, "themes", THEME_FIELDS, problems);
  const partners = readList(path.join(dir, "partners.yml"), partnerSchema, "partners", PARTNER_FIELDS, problems);
  const known = { themeIds: new Set(themes.map((t) => t.id)), partnerIds: new Set(partners.map((p) => p.id)) };
  if (publicDir !== undefined) warnAboutPartnerLogos(partners, displayPath(path.join(dir, "partners.yml")), publicDir, problems);
  const rejectedArticles: LoadedContent["rejectedArticles"] = [];
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
    if (entry.isSymbolicLink()) {
      problems.error(shownAs, "file", symbolicLinkMessage(file));
      continue;
    }
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
    const article = readArticle(file, shownAs, slug, { schema: frontMatterSchema, problems, publicDir });
    if (article) articles.push(article);
    else rejectedArticles.push({ slug, file: shownAs });
  }
  checkAliases(articles, rejectedArticles, problems);
  if (warnings) warnAboutNewsLinks(articles, problems);
  return { dir, articles, themes, partners, problems: problems.items, rejectedArticles };
}

/**
 * Every address belongs to one article: an alias may not be an article's
 * own slug or another article's slug or alias. Each clash names both files.
 */
function checkAliases(articles: readonly Article[], rejected: LoadedContent["rejectedArticles"], problems: ProblemList) {
  const slugOwners = new Map<string, string>();
  for (const article of articles) slugOwners.set(article.slug, article.file);
  for (const { slug, file } of rejected) slugOwners.set(slug, file);
  const aliasOwners = new Map<string, string>();
  for (const article of articles) {
    for (const alias of article.aliases) {
      const slugOwner = slugOwners.get(alias);
      const aliasOwner = aliasOwners.get(alias);
      if (alias === article.slug) {
        problems.error(article.file, "aliases", `"${alias}" is this article's own address; list only old addresses`);
      } else if (slugOwner !== undefined) {
        problems.error(article.file, "aliases", `"${alias}" is the address of ${slugOwner}; an alias must be an old address no other article has`);
      } else if (aliasOwner !== undefined) {
        problems.error(article.file, "aliases", `"${alias}" is also an alias in ${aliasOwner}; an old address can lead to one article only`);
      } else {
        aliasOwners.set(alias, article.file);
      }
    }
  }
}

/**
 * A cheap summary of the content folder's state (names, sizes and
 * modification times): when it changes, the preview rebuilds its index.
 */
export function contentFingerprint(dir: string): string {
  const parts: string[] = [];
  const add = (file: string) => {
    try {
      const stat = fs.statSync(file);
      parts.push(`${path.basename(file)}:${stat.size}:${stat.mtimeMs}`);
    } catch {
      parts.push(`${path.basename(file)}:absent`);
    }
  };
  add(path.join(dir, "themes.yml"));
  add(path.join(dir, "partners.yml"));
  const newsDir = path.join(dir, "news");
  let names: string[] = [];
  try {
    names = fs.readdirSync(newsDir);
  } catch {
    parts.push("news:absent");
  }
  for (const name of names) add(path.join(newsDir, name));
  return parts.join("|");
}
