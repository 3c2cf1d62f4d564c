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
import { parseContentDate } from "../lib/dates";
import { contentDirName } from "../lib/site";
import { warnAboutArticle, warnAboutNewsLinks, warnAboutPartnerLogos, warnAboutTranslation } from "./editorWarnings";
import { parseYaml, splitFrontMatter, yamlErrorMessage } from "./frontMatter";
import { firstParagraphText, truncateAtWord } from "./markdown";
import type { Article, ArticleTranslation, ContentProblem, Partner, Theme, TranslationLanguage } from "./model";
import { contentHash, type ParseCache } from "./parseCache";
import { reportMissingPhoto } from "./photoFiles";
import { displayPath, ProblemList } from "./problems";
import {
  ARTICLE_FIELDS,
  articleFrontMatterSchema,
  CONTROL_CHARACTER_ADVICE,
  EVENT_FIELDS,
  findControlCharacter,
  type KnownIds,
  namesToIds,
  PARTNER_FIELDS,
  PARTNER_NL_FIELDS,
  partnerSchema,
  SLUG_PATTERN,
  THEME_FIELDS,
  THEME_NL_FIELDS,
  themeSchema,
  TRANSLATION_FIELDS,
  TRANSLATION_LANGUAGES,
  translationFrontMatterSchema,
  translationParseContext,
  type ArticleFrontMatter,
  type TranslationFrontMatter,
} from "./schema";
import { closestMatch } from "./suggest";

// What the content's commands and tests reach through the loader.
export type { Article, ArticleEvent, ArticleImage, ArticleTranslation, ContentProblem } from "./model";
export { PLACEHOLDER_TEXT, PLACEHOLDER_TEXT_NL, SUMMARY_WARNING_LENGTH, TEMPLATE_EVENT } from "./editorWarnings";
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
  /** Translation files that failed (their own errors, or their original's): the original stands without them. */
  rejectedTranslations: { slug: string; language: TranslationLanguage; file: string }[];
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
  /**
   * The build's cache of each file's own parse (parseCache.ts): files parsed before without a problem
   * are taken from it, the others parsed and, when they have no problem of their own, added to it.
   * The caller saves it.
   */
  parseCache?: ParseCache;
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
  nestedFields: Readonly<Record<string, readonly string[]>> = {},
): T[] {
  const shownAs = displayPath(file);
  if (!fs.existsSync(file)) {
    problems.error(
      shownAs,
      "file",
      `is missing: the content folder needs a ${path.basename(file)} listing the ${kind}`,
    );
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
      problems.fromZod(shownAs, result.error, knownFields, [index], nestedFields);
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

/** The summary of a body whose front matter gives none: its first paragraph, cut at a word. */
function derivedSummary(markdown: string): string {
  return truncateAtWord(firstParagraphText(markdown), DERIVED_SUMMARY_LENGTH);
}

/** Gives `base` a `summary`: the one given (or derived before, by the parse cache), else the first paragraph of its body, derived on first use. */
function withLazySummary<T extends { markdown: string; summary: string }>(
  base: Omit<T, "summary">,
  given: string | undefined,
): T {
  let summary = given;
  return Object.defineProperty(base, "summary", {
    enumerable: true,
    get() {
      // Derived on first use: listings need a dozen summaries, not all of them.
      summary ??= derivedSummary(base.markdown);
      return summary;
    },
  }) as T;
}

/**
 * Problems of a body: empty, or with a control character (named by its line and column in the
 * file). True when the body is usable.
 */
function checkBody(text: string, body: string, shownAs: string, problems: ProblemList, whatToWrite: string): boolean {
  const empty = body.trim() === "";
  if (empty) problems.error(shownAs, "body", `is empty: write ${whatToWrite} below the closing '---' line`);
  const control = findControlCharacter(body);
  if (control) {
    const before = text.slice(0, text.length - body.length + control.index);
    const line = before.split("\n").length;
    const column = control.index - body.lastIndexOf("\n", control.index - 1);
    problems.error(
      shownAs,
      "body",
      `line ${line}, column ${column}: contains the control character ${control.code}; ${CONTROL_CHARACTER_ADVICE}`,
    );
  }
  return !empty && !control;
}

/** The text fields of front matter that failed its schema which the warnings look at, each when it is text. */
function wellFormedFields(data: Record<string, unknown>): Parameters<typeof warnAboutArticle>[0] {
  const text = (value: unknown) => (typeof value === "string" ? value.trim() : undefined);
  const event =
    typeof data.event === "object" && data.event !== null ? (data.event as Record<string, unknown>) : undefined;
  return {
    summary: text(data.summary),
    event: event && {
      location: text(event.location),
      address: text(event.address),
      online: text(event.online),
      registration: text(event.registration),
    },
  };
}

/** The fields of a translation's front matter that failed its schema which the warnings look at, each when it is well-formed. */
function wellFormedTranslationFields(data: Record<string, unknown>): Parameters<typeof warnAboutTranslation>[0] {
  const text = (value: unknown) => (typeof value === "string" ? value.trim() : undefined);
  const updatedText = text(data.updated);
  const updated = updatedText === undefined ? undefined : parseContentDate(updatedText);
  return {
    title: text(data.title) ?? "",
    summary: text(data.summary),
    imageAlt: text(data.imageAlt),
    updated: updated?.ok ? updated.value : undefined,
  };
}

interface ArticleChecks {
  /** One schema for the whole folder (see loadContent). */
  schema: ReturnType<typeof articleFrontMatterSchema>;
  problems: ProblemList;
  /** Set when warnings are wanted: where image paths are looked up. */
  publicDir?: string;
  parseCache?: ParseCache;
}

interface OwnParse<T> {
  fm: T;
  body: string;
  /** From the cache: the body's summary, derived when it was stored. */
  derivedSummary?: string;
}

/** A file's own parse taken from the cache: its front matter as the schema returned it, its body, its derived summary. */
function cachedParse<T>(
  parseCache: ParseCache | undefined,
  file: string,
  hash: string | undefined,
  text: string,
): OwnParse<T> | undefined {
  const cached = parseCache && hash ? parseCache.get(path.basename(file), hash) : undefined;
  return cached
    ? { fm: cached.data as T, body: text.slice(cached.bodyStart), derivedSummary: cached.derivedSummary }
    : undefined;
}

/**
 * Stores a file's own parse, deriving its summary now when the front matter gives none: the build
 * writes every summary into the snapshot anyway, and a rebuild then takes it from the cache.
 */
function storeParse(
  parseCache: ParseCache,
  file: string,
  hash: string,
  text: string,
  parsed: OwnParse<{ summary?: string }>,
): void {
  if (parsed.fm.summary === undefined) parsed.derivedSummary = derivedSummary(parsed.body);
  parseCache.set(path.basename(file), hash, {
    data: parsed.fm,
    bodyStart: text.length - parsed.body.length,
    derivedSummary: parsed.derivedSummary,
  });
}

function readArticle(
  file: string,
  shownAs: string,
  slug: string,
  { schema, problems, publicDir, parseCache }: ArticleChecks,
): Article | undefined {
  const text = readUtf8(file, problems, shownAs);
  if (text === undefined) return undefined;
  const hash = parseCache ? contentHash(text) : undefined;
  let parsed = cachedParse<ArticleFrontMatter>(parseCache, file, hash, text);
  if (!parsed) {
    const problemsBefore = problems.items.length;
    const split = splitFrontMatter(text, shownAs, problems);
    if (!split) return undefined;
    const result = schema.safeParse(split.data);
    const bodyIsUsable = checkBody(text, split.body, shownAs, problems, "the article's text");
    if (!result.success) {
      problems.fromZod(shownAs, result.error, ARTICLE_FIELDS, [], { event: EVENT_FIELDS });
      // The warnings of the fields that are right, and a missing photo (the image check opens only the photos
      // of valid articles), now, with the errors: not one round of fixes later.
      if (publicDir !== undefined) {
        warnAboutArticle(wellFormedFields(split.data), split.body, shownAs, problems);
        const imageIsWellFormed =
          typeof split.data.image === "string" && !result.error.issues.some((issue) => issue.path[0] === "image");
        if (imageIsWellFormed) reportMissingPhoto(split.data.image as string, publicDir, shownAs, problems);
      }
      return undefined;
    }
    if (!bodyIsUsable) {
      if (publicDir !== undefined) {
        warnAboutArticle(result.data, split.body, shownAs, problems);
        reportMissingPhoto(result.data.image, publicDir, shownAs, problems);
      }
      return undefined;
    }
    parsed = { fm: result.data, body: split.body };
    // Only a file without a problem of its own: a broken one is parsed, and its errors found, on every build.
    if (parseCache && hash && problems.items.length === problemsBefore)
      storeParse(parseCache, file, hash, text, parsed);
  }
  const { fm, body } = parsed;
  if (publicDir !== undefined) warnAboutArticle(fm, body, shownAs, problems);
  return withLazySummary<Article>(
    {
      slug,
      file: shownAs,
      title: fm.title,
      date: fm.date,
      updated: fm.updated,
      author: fm.author,
      themes: fm.themes,
      partners: fm.partners,
      image:
        fm.image && fm.imageAlt
          ? {
              src: fm.image,
              alt: fm.imageAlt,
              ...(fm.imageCaption !== undefined ? { caption: fm.imageCaption } : {}),
              ...(fm.imageCredit !== undefined ? { credit: fm.imageCredit } : {}),
              ...(fm.imageFocus !== undefined ? { focus: fm.imageFocus } : {}),
            }
          : undefined,
      draft: fm.draft,
      aliases: fm.aliases,
      ...(fm.event ? { event: fm.event } : {}),
      markdown: body,
    },
    fm.summary ?? parsed.derivedSummary,
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

/** A file name with a language before `.md` (`x.nl.md`, `x.de.md`, `x.NL.md`, `x.nl-BE.md`): a translation, or meant as one. */
const TRANSLATION_FILE_NAME = /^(?<slug>[^.]+)\.(?<language>[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?)\.md$/;

const SUPPORTED_LANGUAGES = TRANSLATION_LANGUAGES.join(", ");

/** What a news/ file is, by its name alone; a name that can be neither is a problem. */
type NewsFile =
  | { kind: "article"; slug: string }
  | { kind: "translation"; slug: string; language: TranslationLanguage }
  | { kind: "refused"; message: string };

function classifyNewsFile(name: string): NewsFile {
  const named = TRANSLATION_FILE_NAME.exec(name)?.groups;
  const slug = named ? named.slug : name.slice(0, -".md".length);
  if (!SLUG_PATTERN.test(slug)) {
    return {
      kind: "refused",
      message: `"${slug}" is not a valid slug: use lower-case letters, digits and single hyphens, e.g. signing-of-smart-society-declaration.md`,
    };
  }
  if (!named) return { kind: "article", slug };
  const language = named.language;
  if ((TRANSLATION_LANGUAGES as readonly string[]).includes(language))
    return { kind: "translation", slug, language: language as TranslationLanguage };
  const meant = TRANSLATION_LANGUAGES.find((supported) => language.toLowerCase().split(/[-_]/)[0] === supported);
  if (meant)
    return {
      kind: "refused",
      message: `"${language}" is not how translations are named; did you mean ${slug}.${meant}.md?`,
    };
  if (language.toLowerCase() === "en")
    return {
      kind: "refused",
      message: `the English text is ${slug}.md itself; translations are named <slug>.<language>.md, and the site publishes these languages: ${SUPPORTED_LANGUAGES}`,
    };
  return {
    kind: "refused",
    message: `"${language}" is not a language the site publishes: translations are named <slug>.<language>.md, and the site publishes these languages: ${SUPPORTED_LANGUAGES}`,
  };
}

interface TranslationFile {
  file: string;
  shownAs: string;
  slug: string;
  language: TranslationLanguage;
}

/** What a translation is checked against: the articles read, those too broken to read, and the old addresses. */
interface Originals {
  bySlug: ReadonlyMap<string, Article>;
  rejected: ReadonlySet<string>;
  /** Old address (alias) -> the article now at another address. */
  byAlias: ReadonlyMap<string, Article>;
}

interface TranslationChecks {
  schema: ReturnType<typeof translationFrontMatterSchema>;
  problems: ProblemList;
  publicDir?: string;
  parseCache?: ParseCache;
}

/** Why a translation has no original, with the file it probably belongs to. */
function missingOriginalMessage({ slug, language }: TranslationFile, originals: Originals): string {
  const renamed = originals.byAlias.get(slug);
  if (renamed) return `"${slug}" is an old address of ${renamed.file}: rename this file ${renamed.slug}.${language}.md`;
  const meant = closestMatch(slug, [...originals.bySlug.keys(), ...originals.rejected]);
  return `there is no ${slug}.md for this file to translate${meant ? `; did you mean ${meant}.${language}.md, the translation of ${meant}.md?` : `: a translation is named after its original, <slug>.${language}.md beside <slug>.md`}`;
}

/**
 * Reads and checks one translation: its own fields (schema.ts), its body, and what must agree
 * with its original (published together, no update before the original's date, an image
 * description only where there is an image). Undefined, with the problems added, when it cannot
 * be used; its original is never affected.
 */
function readTranslation(
  candidate: TranslationFile,
  originals: Originals,
  { schema, problems, publicDir, parseCache }: TranslationChecks,
): ArticleTranslation | undefined {
  const { file, shownAs, slug, language } = candidate;
  const text = readUtf8(file, problems, shownAs);
  if (text === undefined) return undefined;
  const originalName = `${slug}.md`;
  const original = originals.bySlug.get(slug);
  const hash = parseCache ? contentHash(text) : undefined;
  let parsed = cachedParse<TranslationFrontMatter>(parseCache, file, hash, text);
  if (parsed) {
    // Cached only without a problem of its own, so this is the one problem it can have before the checks below.
    if (!original && !originals.rejected.has(slug))
      problems.error(shownAs, "file name", missingOriginalMessage(candidate, originals));
  } else {
    const problemsBefore = problems.items.length;
    const split = splitFrontMatter(text, shownAs, problems);
    if (!split) return undefined;
    if (!original && !originals.rejected.has(slug))
      problems.error(shownAs, "file name", missingOriginalMessage(candidate, originals));
    const result = schema.safeParse(split.data, translationParseContext(originalName));
    const bodyIsUsable = checkBody(text, split.body, shownAs, problems, "the translated text");
    if (!result.success) {
      problems.fromZod(shownAs, result.error, TRANSLATION_FIELDS);
      // As for articles: the warnings of the fields that are right come with the errors.
      if (original && publicDir !== undefined)
        warnAboutTranslation(wellFormedTranslationFields(split.data), split.body, original, shownAs, problems);
      return undefined;
    }
    if (!bodyIsUsable) return undefined;
    parsed = { fm: result.data, body: split.body };
    // Stored only when nothing at all was found so far (a missing original included): see readArticle.
    if (parseCache && hash && problems.items.length === problemsBefore)
      storeParse(parseCache, file, hash, text, parsed);
  }
  // An original too broken to read has its own errors; what is left to check needs it.
  if (!original) return undefined;
  const { fm, body } = parsed;
  const errorsBefore = problems.items.length;
  if (original.draft && !fm.draft) {
    problems.error(
      shownAs,
      "draft",
      `${originalName} is a draft, and a translation is published with its original: add draft: true here too (or publish both)`,
    );
  } else if (!original.draft && fm.draft) {
    problems.error(
      shownAs,
      "draft",
      `is true but ${originalName} is published, and a translation is published with its original: remove draft here (or make both drafts)`,
    );
  }
  if (fm.updated && fm.updated.epochMs < original.date.epochMs) {
    problems.error(
      shownAs,
      "updated",
      `"${fm.updated.day}" is before the date "${original.date.day}" of ${originalName}`,
    );
  }
  for (const field of ["imageAlt", "imageCaption"] as const) {
    if (fm[field] !== undefined && !original.image)
      problems.error(shownAs, field, `is set but ${originalName} has no image`);
  }
  const failed = problems.items.length > errorsBefore;
  if (publicDir !== undefined) warnAboutTranslation(fm, body, original, shownAs, problems);
  if (failed) return undefined;
  return withLazySummary<ArticleTranslation>(
    {
      language,
      file: shownAs,
      title: fm.title,
      author: fm.author,
      imageAlt: fm.imageAlt,
      ...(fm.imageCaption !== undefined ? { imageCaption: fm.imageCaption } : {}),
      updated: fm.updated,
      markdown: body,
    },
    fm.summary ?? parsed.derivedSummary,
  );
}

/** A list file's bytes for the parse cache's key; what went wrong reading it is readList's to report. */
function readForKey(file: string): string {
  try {
    return fs.readFileSync(file, "latin1");
  } catch (error) {
    return `unreadable: ${(error as NodeJS.ErrnoException).code ?? String(error)}`;
  }
}

/** Reads the whole content folder: every article, theme and partner, and every problem found. */
export function loadContent(dir: string = resolveContentDir(), options: LoadOptions = {}): LoadedContent {
  const warnings = options.warnings ?? true;
  const publicDir = warnings
    ? (options.publicDir ?? path.resolve(/*turbopackIgnore: true*/ process.cwd(), "public"))
    : undefined;
  const problems = new ProblemList();
  const themes = readList(path.join(dir, "themes.yml"), themeSchema, "themes", THEME_FIELDS, problems, {
    nl: THEME_NL_FIELDS,
  });
  const partners = readList(path.join(dir, "partners.yml"), partnerSchema, "partners", PARTNER_FIELDS, problems, {
    nl: PARTNER_NL_FIELDS,
  });
  const known: KnownIds = {
    themeIds: new Set(themes.map((t) => t.id)),
    partnerIds: new Set(partners.map((p) => p.id)),
    themeNames: namesToIds(themes),
    partnerNames: namesToIds(partners),
  };
  // The schema checks ids against both lists: entries parsed against other lists are not reused.
  options.parseCache?.open(["themes.yml", "partners.yml"].map((name) => readForKey(path.join(dir, name))).join("\0"));
  if (publicDir !== undefined)
    warnAboutPartnerLogos(partners, displayPath(path.join(dir, "partners.yml")), publicDir, problems);
  const rejectedArticles: LoadedContent["rejectedArticles"] = [];
  const rejectedTranslations: LoadedContent["rejectedTranslations"] = [];
  // One schema for the whole folder: zod compiles a schema on its first parse, so a schema per
  // article paid that compilation for every file (about 40% of loading 10,000 articles).
  const frontMatterSchema = articleFrontMatterSchema(known);

  const newsDir = path.join(dir, "news");
  const articles: Article[] = [];
  const translationFiles: TranslationFile[] = [];
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
      problems.error(
        shownAs,
        "file name",
        "is not a Markdown file: news/ holds only <slug>.md files and their translations",
      );
      continue;
    }
    if (!entry.name.endsWith(".md")) {
      problems.error(
        shownAs,
        "file name",
        "must end in .md: news/ holds only <slug>.md files and their translations, <slug>.nl.md",
      );
      continue;
    }
    const named = classifyNewsFile(entry.name);
    if (named.kind === "refused") {
      problems.error(shownAs, "file name", named.message);
      continue;
    }
    // Translations are read once every original is known (below).
    if (named.kind === "translation") {
      translationFiles.push({ file, shownAs, slug: named.slug, language: named.language });
      continue;
    }
    const article = readArticle(file, shownAs, named.slug, {
      schema: frontMatterSchema,
      problems,
      publicDir,
      parseCache: options.parseCache,
    });
    if (article) articles.push(article);
    else rejectedArticles.push({ slug: named.slug, file: shownAs });
  }
  if (translationFiles.length > 0) {
    const originals: Originals = {
      bySlug: new Map(articles.map((article) => [article.slug, article])),
      rejected: new Set(rejectedArticles.map(({ slug }) => slug)),
      byAlias: new Map(articles.flatMap((article) => article.aliases.map((alias) => [alias, article] as const))),
    };
    const checks: TranslationChecks = {
      schema: translationFrontMatterSchema(),
      problems,
      publicDir,
      parseCache: options.parseCache,
    };
    for (const candidate of translationFiles) {
      const translation = readTranslation(candidate, originals, checks);
      const original = originals.bySlug.get(candidate.slug);
      if (translation && original)
        original.translations = { ...original.translations, [candidate.language]: translation };
      else rejectedTranslations.push({ slug: candidate.slug, language: candidate.language, file: candidate.shownAs });
    }
  }
  checkAliases(articles, rejectedArticles, problems);
  if (warnings) warnAboutNewsLinks(articles, problems);
  return { dir, articles, themes, partners, problems: problems.items, rejectedArticles, rejectedTranslations };
}

/**
 * Every address belongs to one article: an alias may not be an article's
 * own slug or another article's slug or alias. Each clash names both files.
 */
function checkAliases(
  articles: readonly Article[],
  rejected: LoadedContent["rejectedArticles"],
  problems: ProblemList,
) {
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
        problems.error(
          article.file,
          "aliases",
          `"${alias}" is the address of ${slugOwner}; an alias must be an old address no other article has`,
        );
      } else if (aliasOwner !== undefined) {
        problems.error(
          article.file,
          "aliases",
          `"${alias}" is also an alias in ${aliasOwner}; an old address can lead to one article only`,
        );
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
