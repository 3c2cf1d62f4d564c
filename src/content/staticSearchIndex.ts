/**
 * Writes the browser's search index (see staticSearch.ts) at build time, with Pagefind's Node API:
 * one custom record per published article and edition, never a draft or a scheduled article.
 * Run by the build's content step (scripts/build-snapshot.ts) beside the snapshot; never
 * imported by the site, which only serves the files.
 */
import fs from "node:fs";
import path from "node:path";
import { EDITIONS } from "../lib/editions";
import type { PublicationView } from "./publicationView";
import {
  isServedStaticSearchFile,
  STATIC_SEARCH_FOLDER,
  staticSearchRecord,
  writeStaticSearchMoment,
} from "./staticSearch";

export interface StaticSearchSummary {
  /** Records per edition. */
  records: number;
  files: number;
  bytes: number;
}

/**
 * Indexes what is published at `at` in both editions and writes the bundle into
 * `<snapshotFolder>/pagefind`, with the moment beside it (what the server's released list starts after).
 */
export async function writeStaticSearchIndex(
  snapshotFolder: string,
  published: PublicationView,
  at: number,
): Promise<StaticSearchSummary> {
  const articles = published.publishedAt(at).articles;
  // Pagefind is an ES module only; the build's content step runs as CommonJS.
  const pagefind = await import("pagefind");
  const created = await pagefind.createIndex({});
  if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join("; ")}`);
  const bundle = created.index;
  try {
    for (const edition of EDITIONS) {
      for (const article of articles) {
        const added = await bundle.addCustomRecord(staticSearchRecord(published.catalogue, article, edition));
        if (added.errors.length > 0)
          throw new Error(`Pagefind refused ${article.slug} (${edition}): ${added.errors.join("; ")}`);
      }
    }
    const { files, errors } = await bundle.getFiles();
    if (errors.length > 0) throw new Error(`Pagefind could not write its index: ${errors.join("; ")}`);
    const folder = path.join(snapshotFolder, STATIC_SEARCH_FOLDER);
    fs.rmSync(folder, { recursive: true, force: true });
    let written = 0;
    let bytes = 0;
    // Only the files the browser search uses: Pagefind's ready-made interfaces are not served.
    for (const file of files) {
      const name = file.path.split(path.sep).join("/");
      if (!isServedStaticSearchFile(name)) continue;
      const target = path.join(folder, name);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, file.content);
      written++;
      bytes += file.content.byteLength;
    }
    writeStaticSearchMoment(snapshotFolder, at);
    return { records: articles.length, files: written, bytes };
  } finally {
    await bundle.deleteIndex();
    await pagefind.close();
  }
}
