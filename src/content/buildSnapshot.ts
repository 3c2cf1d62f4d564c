/**
 * What a build does with the content folder: read and validate it once, then
 * write the snapshot the server will serve (see snapshot.ts). Run by
 * next.config.ts during `next build`, in a process of its own.
 */
import { ContentError, ContentIndex } from "./index";
import { loadContent, resolveContentDir } from "./load";
import { serializeSearchIndex } from "./search";
import { writeSnapshot } from "./snapshot";

export interface SnapshotSummary {
  articles: number;
  drafts: number;
}

/** Throws a ContentError listing every problem when the content has errors: a broken article never silently vanishes. */
export function buildContentSnapshot(folder: string, contentDir: string = resolveContentDir()): SnapshotSummary {
  const content = loadContent(contentDir, { warnings: false });
  if (content.problems.some((problem) => problem.severity === "error")) throw new ContentError(content.problems);
  const index = new ContentIndex(content);
  // Published and scheduled articles; drafts never leave the build.
  const articles = index.upcoming.articles;
  writeSnapshot(folder, { articles, themes: index.themes, partners: index.partners }, serializeSearchIndex(index, articles));
  return { articles: articles.length, drafts: index.allArticles.length - articles.length };
}
