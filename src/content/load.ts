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
import { articlePath, articlePathPrefix, linkedArticleSlug } from "../lib/routes";
import { contentDirName, siteUrl } from "../lib/site";
import { firstParagraphText, truncateAtWord } from "./markdown";
import { ARTICLE_FIELDS, articleFrontMatterSchema, CONTROL_CHARACTER_ADVICE, EVENT_FIELDS, findControlCharacter, PARTNER_FIELDS, partnerSchema, SLUG_PATTERN, THEME_FIELDS, themeSchema, type ArticleEvent, type Partner, type Theme } from "./schema";
import { closestMatch } from "./suggest";

export interface ContentProblem {
  /** Path of the file, relative to the project root when inside it. */
  file: string;
  /** The front-matter field, or what part of the file is wrong ("file name", "front matter", "body"). */
  field: string;
  message: string;
  severity: "error" | "warning";
}

export type { ArticleEvent } from "./schema";

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
  /** Present when the article announces an event: when and where it takes place. */
  event?: ArticleEvent;
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

/** The opening line `npm run new` writes into a new article's body; the check warns while it is still there. */
export const PLACEHOLDER_TEXT = "Write the first paragraph here: it is what readers see first, and the summary when none is given.";

/** The example values of the event block `npm run new` writes; the check warns while one is still there. */
export const TEMPLATE_EVENT = {
  location: "Name of the venue",
  address: "Street and number, postcode and city",
  online: "https://example.org/join-online",
  registration: "https://example.org/register",
} as const;

/** Longest summary, in characters, before the check suggests shortening it. */
export const SUMMARY_WARNING_LENGTH = 300;

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
  /** `nestedFields` names the fields of blocks inside the front matter (`event`), for their did-you-mean. */
  fromZod(file: string, error: z.ZodError, knownFields: readonly string[], prefix: (string | number)[] = [], nestedFields: Readonly<Record<string, readonly string[]>> = {}) {
    for (const issue of error.issues) {
      if (issue.code === "unrecognized_keys") {
        const block = issue.path.length === 1 ? nestedFields[String(issue.path[0])] : undefined;
        for (const key of issue.keys) this.error(file, fieldName([...prefix, ...issue.path, key]), unknownFieldMessage(key, block ?? knownFields));
        continue;
      }
      this.error(file, fieldName([...prefix, ...issue.path]) || "front matter", issue.message);
    }
  }
}

/** "unknown field 'auther'; did you mean 'author'?", or the list of fields when nothing is close. */
function unknownFieldMessage(key: string, knownFields: readonly string[]): string {
  const meant = closestMatch(key, knownFields);
  return meant ? `unknown field '${key}'; did you mean '${meant}'?` : `unknown field '${key}'; the fields are ${knownFields.join(", ")}`;
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
    const reason = error.reason ?? error.message;
    // The mistake editors make most: an unquoted value with ': ' in it.
    const hint = reason.startsWith("bad indentation of a mapping entry") ? ` (a value containing ': ' must be in quotes, e.g. title: "HSD: the year ahead")` : "";
    return `is not valid YAML${where}: ${reason}${hint}`;
  }
  return `is not valid YAML: ${String(error)}`;
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
  // gray-matter hands the YAML over from the end of the opening '---' line, so its line 0 is line 1 of the file.
  try {
    parsed = matter(text.slice(0, frontMatterEnd), frontMatterOptions);
  } catch (error) {
    // gray-matter hands YAML the text from the end of the opening '---' line, so its line 0 is the file's line 1.
    problems.error(shownAs, "front matter", yamlErrorMessage(error, 1));
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
  if (publicDir !== undefined) {
    if (fm.summary && fm.summary.length > SUMMARY_WARNING_LENGTH) {
      problems.warning(shownAs, "summary", `is ${fm.summary.length} characters long; cards and link previews read best under ${SUMMARY_WARNING_LENGTH}`);
    }
    if (fm.image) warnWhenMissingFromPublic(fm.image, publicDir, shownAs, "image", problems);
    if (split.body.includes(PLACEHOLDER_TEXT)) problems.warning(shownAs, "body", "still has the placeholder text of npm run new: write the article");
    for (const field of Object.keys(TEMPLATE_EVENT) as (keyof typeof TEMPLATE_EVENT)[]) {
      if (fm.event?.[field] === TEMPLATE_EVENT[field]) problems.warning(shownAs, `event.${field}`, `still has the example value of npm run new ("${TEMPLATE_EVENT[field]}"): give the event's own`);
    }
  }
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

function warnWhenMissingFromPublic(reference: string, publicDir: string, shownAs: string, field: string, problems: ProblemList) {
  if (!reference.startsWith("/")) return; // an https:// image is not ours to check
  if (!fs.existsSync(path.join(publicDir, reference))) {
    problems.warning(shownAs, field, `"${reference}" is not a file under public/ (looked for ${displayPath(path.join(publicDir, reference))}); readers would see a broken image`);
  }
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
  if (publicDir !== undefined) {
    const partnersFile = displayPath(path.join(dir, "partners.yml"));
    partners.forEach((partner, position) => {
      if (partner.logo) warnWhenMissingFromPublic(partner.logo, publicDir, partnersFile, `[${position}].logo`, problems);
    });
  }
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

/** Links in Markdown to a path of this site (relative, or on this site's own origin), outside code. */
function sitePathLinkPatterns(ownOrigin: string): RegExp[] {
  const origin = ownOrigin.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const target = `<?(?:${origin})?(/[^)\\s#?>]*)`;
  // Inline links `[text](/news/x)` and reference definitions `[id]: /news/x`.
  return [new RegExp(`\\]\\(\\s*${target}`, "g"), new RegExp(`^\\s{0,3}\\[[^\\]]+\\]:\\s*${target}`, "gm")];
}

/** The slugs of the articles a body links to (src/lib/routes.ts, linkedArticleSlug). */
function newsLinkTargets(markdown: string, patterns: readonly RegExp[]): string[] {
  if (!markdown.includes(articlePathPrefix())) return [];
  const withoutCode = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "").replace(/`[^`\n]*`/g, "");
  const slugs: string[] = [];
  for (const pattern of patterns) {
    for (const match of withoutCode.matchAll(pattern)) {
      const slug = linkedArticleSlug(match[1]);
      if (slug) slugs.push(slug);
    }
  }
  return slugs;
}

function warnAboutNewsLinks(articles: readonly Article[], problems: ProblemList) {
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  const aliases = new Set(articles.flatMap((article) => article.aliases));
  const patterns = sitePathLinkPatterns(siteUrl());
  for (const article of articles) {
    for (const slug of new Set(newsLinkTargets(article.markdown, patterns))) {
      const target = bySlug.get(slug);
      if (target) {
        if (target.draft && !article.draft) problems.warning(article.file, "body", `links to ${articlePath(slug)}, which is a draft: readers would find no page there`);
        continue;
      }
      if (aliases.has(slug)) continue; // an old address that redirects
      const meant = closestMatch(slug, bySlug.keys());
      problems.warning(article.file, "body", `links to ${articlePath(slug)}, which is not an article${meant ? `; did you mean ${articlePath(meant)}?` : ""}`);
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
