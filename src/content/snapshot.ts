/**
 * The content snapshot: the content index exactly as the build validated it,
 * written into the build output. `next build` writes it once; `next start`
 * reads it and never CONTENT_DIR, so a server started or restarted over a
 * changed, broken or deleted content folder serves what was built, search
 * included. A file for each thing a server may need, so that it pays only for
 * what it uses:
 * - index.json: every article that is or will be published (drafts never
 *   leave the build) with its translations, without bodies, plus themes and
 *   partners; read on the first request that needs content;
 * - bodies.json: the Markdown bodies, in the same order; read on the first
 *   article page rendered at run time;
 * - bodies.nl.json: the translations' bodies, in the same order (null for an
 *   article without one); read on the first translated page rendered at run time;
 * - search.json, search.nl.json: the serialised search index of each edition;
 *   read on the edition's first search.
 */
import fs from "node:fs";
import path from "node:path";
import type { Article, ArticleTranslation, Edition, Partner, Theme, TranslationLanguage } from "./model";
import { TRANSLATION_LANGUAGES } from "./schema";

/**
 * Raised with every change to the files' shape: a server never reads a snapshot it does not understand.
 * 2: translations in index.json, bodies.<language>.json and search.<language>.json.
 * 3: photos: caption, credit, focus and what the image check read (format, upright size, placeholder).
 */
const FORMAT = 3;
const FOLDER = "hsd-content";
const INDEX_FILE = "index.json";

/** `bodies.json` for the English texts, `bodies.nl.json` for the Dutch ones; likewise `search`. */
function fileOf(kind: "bodies" | "search", language: Edition): string {
  return language === "en" ? `${kind}.json` : `${kind}.${language}.json`;
}

/** A translation as stored: its summary resolved, its body kept apart. */
type TranslationRecord = Omit<ArticleTranslation, "summary" | "markdown"> & { summary: string };

/** An article as stored: its summary resolved, its body and its translations' bodies kept apart. */
type ArticleRecord = Omit<Article, "summary" | "markdown" | "translations"> & {
  summary: string;
  translations?: { [language in TranslationLanguage]?: TranslationRecord };
};

interface IndexFile {
  format: number;
  /** When the build wrote it (ISO instant), for operators. */
  builtAt: string;
  articles: ArticleRecord[];
  themes: Theme[];
  partners: Partner[];
}

export interface SnapshotContent {
  articles: readonly Article[];
  themes: readonly Theme[];
  partners: readonly Partner[];
}

export interface ContentSnapshot {
  builtAt: string;
  /** Articles newest first as written; `markdown` (theirs and their translations') is read from the bodies files on first use. */
  articles: Article[];
  themes: Theme[];
  partners: Partner[];
  /** The serialised search index of an edition over `articles` (document ids are positions in it). */
  readSearchIndex(edition: Edition): string;
}

/** Where a build output keeps its snapshot; `distDir` relative to the project root or absolute. */
export function snapshotDir(distDir: string): string {
  // Chosen at run time (NEXT_DIST_DIR), so the bundler must not try to trace it.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), distDir, FOLDER);
}

/**
 * Writes the snapshot of `content` (articles newest first, drafts already left
 * out) with the serialised search index of each edition into `folder`. Written
 * into a fresh folder beside it and renamed into place, so a reader never sees
 * half a snapshot.
 */
export function writeSnapshot(
  folder: string,
  content: SnapshotContent,
  searchIndexes: Readonly<Record<Edition, string>>,
): void {
  const staging = `${folder}.${process.pid}.tmp`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  const articles: ArticleRecord[] = [];
  const bodies: string[] = [];
  const translatedBodies = Object.fromEntries(
    TRANSLATION_LANGUAGES.map((language) => [language, [] as (string | null)[]]),
  ) as Record<TranslationLanguage, (string | null)[]>;
  for (const article of content.articles) {
    const { markdown, summary, translations, ...rest } = article;
    const record: ArticleRecord = { ...rest, summary };
    for (const language of TRANSLATION_LANGUAGES) {
      const translation = translations?.[language];
      if (!translation) {
        translatedBodies[language].push(null);
        continue;
      }
      // Spreading resolves the summary (a getter on the loader's objects) into a value.
      const { markdown: translatedBody, ...stored } = translation;
      translatedBodies[language].push(translatedBody);
      record.translations = { ...record.translations, [language]: stored satisfies TranslationRecord };
    }
    articles.push(record);
    bodies.push(markdown);
  }
  const index: IndexFile = {
    format: FORMAT,
    builtAt: new Date().toISOString(),
    articles,
    themes: [...content.themes],
    partners: [...content.partners],
  };
  fs.writeFileSync(path.join(staging, INDEX_FILE), JSON.stringify(index));
  fs.writeFileSync(path.join(staging, fileOf("bodies", "en")), JSON.stringify(bodies));
  for (const language of TRANSLATION_LANGUAGES)
    fs.writeFileSync(path.join(staging, fileOf("bodies", language)), JSON.stringify(translatedBodies[language]));
  for (const [edition, json] of Object.entries(searchIndexes))
    fs.writeFileSync(path.join(staging, fileOf("search", edition as Edition)), json);
  fs.rmSync(folder, { recursive: true, force: true });
  fs.renameSync(staging, folder);
}

/** Reads a build's snapshot; throws a message an operator can act on when there is none. */
export function readSnapshot(distDir: string): ContentSnapshot {
  const folder = snapshotDir(distDir);
  let index: IndexFile;
  try {
    index = JSON.parse(fs.readFileSync(path.join(folder, INDEX_FILE), "utf8")) as IndexFile;
  } catch (error) {
    throw new Error(
      `No content snapshot in ${folder} (${(error as NodeJS.ErrnoException).code ?? String(error)}): the server serves only what \`npm run build\` wrote; build the site first.`,
    );
  }
  if (index.format !== FORMAT) {
    throw new Error(
      `The content snapshot in ${folder} has format ${index.format}, this server reads format ${FORMAT}: rebuild the site.`,
    );
  }
  // Each language's bodies are read when a page first needs one of them: listings, feeds and the sitemap never do.
  const bodies = new Map<Edition, (string | null)[]>();
  const bodyAt = (language: Edition, position: number): string => {
    let texts = bodies.get(language);
    if (!texts)
      bodies.set(
        language,
        (texts = JSON.parse(fs.readFileSync(path.join(folder, fileOf("bodies", language)), "utf8")) as (
          string | null
        )[]),
      );
    return texts[position] ?? "";
  };
  const withLazyBody = <T extends object>(record: T, language: Edition, position: number) => {
    Object.defineProperty(record, "markdown", { enumerable: true, get: () => bodyAt(language, position) });
    return Object.freeze(record);
  };
  const articles = index.articles.map((record, position) => {
    const { translations: translationRecords, ...rest } = record;
    const article = { ...rest, markdown: "" } as Article;
    if (translationRecords) {
      const translations: { [language in TranslationLanguage]?: ArticleTranslation } = {};
      for (const [language, translation] of Object.entries(translationRecords) as [
        TranslationLanguage,
        TranslationRecord,
      ][]) {
        translations[language] = withLazyBody(
          { ...translation, markdown: "" },
          language,
          position,
        ) as ArticleTranslation;
      }
      article.translations = Object.freeze(translations);
    }
    return withLazyBody(article, "en", position) as Article;
  });
  return {
    builtAt: index.builtAt,
    articles,
    themes: index.themes,
    partners: index.partners,
    readSearchIndex: (edition) => fs.readFileSync(path.join(folder, fileOf("search", edition)), "utf8"),
  };
}
