/**
 * The content snapshot: the content index exactly as the build validated it,
 * written into the build output. `next build` writes it once; `next start`
 * reads it and never CONTENT_DIR, so a server started or restarted over a
 * changed, broken or deleted content folder serves what was built, search
 * included. Three files, so that a server pays only for what it uses:
 * - index.json: every article that is or will be published (drafts never
 *   leave the build), without bodies, plus themes and partners; read on the
 *   first request that needs content;
 * - bodies.json: the Markdown bodies, in the same order; read on the first
 *   article page rendered at run time;
 * - search.json: the serialised search index; read on the first search.
 */
import fs from "node:fs";
import path from "node:path";
import type { Article } from "./model";
import type { Partner, Theme } from "./schema";

/** Raised with every change to the files' shape: a server never reads a snapshot it does not understand. */
const FORMAT = 1;
const FOLDER = "hsd-content";
const INDEX_FILE = "index.json";
const BODIES_FILE = "bodies.json";
const SEARCH_FILE = "search.json";

/** An article as stored: its summary resolved, its body kept apart. */
type ArticleRecord = Omit<Article, "summary" | "markdown"> & { summary: string };

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
  /** Articles newest first as written; `markdown` is read from bodies.json on first use. */
  articles: Article[];
  themes: Theme[];
  partners: Partner[];
  /** The serialised search index over `articles` (document ids are positions in it). */
  readSearchIndex(): string;
}

/** Where a build output keeps its snapshot; `distDir` relative to the project root or absolute. */
export function snapshotDir(distDir: string): string {
  // Chosen at run time (NEXT_DIST_DIR), so the bundler must not try to trace it.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), distDir, FOLDER);
}

/**
 * Writes the snapshot of `content` (articles newest first, drafts already left
 * out) with its serialised search index into `folder`. Written into a fresh
 * folder beside it and renamed into place, so a reader never sees half a snapshot.
 */
export function writeSnapshot(folder: string, content: SnapshotContent, searchIndexJson: string): void {
  const staging = `${folder}.${process.pid}.tmp`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  const articles: ArticleRecord[] = [];
  const bodies: string[] = [];
  for (const article of content.articles) {
    const { markdown, summary, ...rest } = article;
    articles.push({ ...rest, summary });
    bodies.push(markdown);
  }
  const index: IndexFile = { format: FORMAT, builtAt: new Date().toISOString(), articles, themes: [...content.themes], partners: [...content.partners] };
  fs.writeFileSync(path.join(staging, INDEX_FILE), JSON.stringify(index));
  fs.writeFileSync(path.join(staging, BODIES_FILE), JSON.stringify(bodies));
  fs.writeFileSync(path.join(staging, SEARCH_FILE), searchIndexJson);
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
    throw new Error(`No content snapshot in ${folder} (${(error as NodeJS.ErrnoException).code ?? String(error)}): the server serves only what \`npm run build\` wrote; build the site first.`);
  }
  if (index.format !== FORMAT) {
    throw new Error(`The content snapshot in ${folder} has format ${index.format}, this server reads format ${FORMAT}: rebuild the site.`);
  }
  let bodies: string[] | undefined;
  const bodyAt = (position: number): string => {
    bodies ??= JSON.parse(fs.readFileSync(path.join(folder, BODIES_FILE), "utf8")) as string[];
    return bodies[position];
  };
  const articles = index.articles.map((record, position) => {
    const article = { ...record, markdown: "" };
    // Listings, feeds and the sitemap never need a body: read them all only when a page first does.
    Object.defineProperty(article, "markdown", { enumerable: true, get: () => bodyAt(position) });
    return Object.freeze(article) as Article;
  });
  return {
    builtAt: index.builtAt,
    articles,
    themes: index.themes,
    partners: index.partners,
    readSearchIndex: () => fs.readFileSync(path.join(folder, SEARCH_FILE), "utf8"),
  };
}
