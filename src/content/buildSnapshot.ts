/**
 * What a build does with the content folder: read and validate it once, then
 * write the snapshot the server will serve (see snapshot.ts). Run by
 * next.config.ts during `next build`, in a process of its own
 * (scripts/build-snapshot.ts).
 */
import path from "node:path";
import { ContentCatalogue } from "./catalogue";
import { PublicationView } from "./publicationView";
import { loadContent, resolveContentDir, type LoadedContent, type LoadOptions } from "./load";
import { checkPhotos } from "./photos";
import { ContentError } from "./problems";
import { serializeSearchIndex } from "./search";
import { writeSnapshot } from "./snapshot";
import { writeStaticSearchIndex, type StaticSearchSummary } from "./staticSearchIndex";
import { now } from "../lib/clock";

export interface SnapshotSummary {
  articles: number;
  drafts: number;
  /** Of `articles`, those with a Dutch translation. */
  translated: number;
}

/**
 * Reads the content folder; throws a ContentError listing every error, so a broken article never
 * silently vanishes. With `options.parseCache`, saves it even then: the good files need not be parsed
 * again after the broken one is fixed.
 */
export function validateContent(
  contentDir: string = resolveContentDir(),
  options: LoadOptions = { warnings: false },
): LoadedContent {
  const content = loadContent(contentDir, options);
  options.parseCache?.save();
  if (content.problems.some((problem) => problem.severity === "error")) throw new ContentError(content.problems);
  return content;
}

/**
 * validateContent, then the image check (photos.ts): every local photo's file is opened once and
 * what it read is kept on the articles for the snapshot. Throws a ContentError listing the
 * errors of both, so an editor sees every one at once.
 */
export async function validateContentAndPhotos(
  contentDir: string = resolveContentDir(),
  options: LoadOptions = { warnings: false },
): Promise<LoadedContent> {
  const content = loadContent(contentDir, options);
  options.parseCache?.save();
  const publicDir = options.publicDir ?? path.resolve(/*turbopackIgnore: true*/ process.cwd(), "public");
  const photos = await checkPhotos(content.articles, publicDir);
  const checked = { ...content, problems: [...content.problems, ...photos.problems] };
  if (checked.problems.some((problem) => problem.severity === "error")) throw new ContentError(checked.problems);
  return checked;
}

/** Writes the snapshot of validated content into `folder`: published and scheduled articles, never drafts. */
export function writeContentSnapshot(folder: string, content: LoadedContent): SnapshotSummary {
  const catalogue = new ContentCatalogue(content);
  const articles = new PublicationView(catalogue).upcoming.articles;
  // One search index per edition, each over the same articles (document ids are their positions).
  const searchIndexes = {
    en: serializeSearchIndex(catalogue, articles, "en"),
    nl: serializeSearchIndex(catalogue, articles, "nl"),
  };
  writeSnapshot(folder, { articles, themes: catalogue.themes, partners: catalogue.partners }, searchIndexes);
  return {
    articles: articles.length,
    drafts: catalogue.allArticles.length - articles.length,
    translated: articles.filter((article) => article.translations?.nl).length,
  };
}

/** Writes the browser's search index of what is published now into the snapshot `folder` written by writeContentSnapshot. */
export function writeStaticSearch(
  folder: string,
  content: LoadedContent,
  at: number = now(),
): Promise<StaticSearchSummary> {
  return writeStaticSearchIndex(folder, PublicationView.of(content), at);
}

export function buildContentSnapshot(folder: string, contentDir: string = resolveContentDir()): SnapshotSummary {
  return writeContentSnapshot(folder, validateContent(contentDir));
}
