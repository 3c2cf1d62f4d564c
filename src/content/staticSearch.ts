/**
 * The search that runs in the reader's browser: what it knows of an article, and the files the
 * server hands it. The build writes a Pagefind index of both editions into the content snapshot
 * (staticSearchIndex.ts) holding only what was published at that moment: a scheduled article
 * must not be in any file a browser can fetch before its time, not even in the index. What was
 * released since (a scheduled moment passed) comes from the server as a short list
 * (`releasedSince`), which the browser searches itself and merges with Pagefind's results, so a
 * release is found within the list's cache lifetime without a new build.
 */
import fs from "node:fs";
import path from "node:path";
import { formatDisplayDate } from "../lib/dates";
import { buildOutputDirName } from "../lib/site";
import { articlePath } from "../lib/routes";
import type { ContentCatalogue } from "./catalogue";
import type { PublicationView } from "./publicationView";
import type { Article, Edition, StaticSearchRecord } from "./model";

export type { StaticSearchRecord } from "./model";
import { snapshotDir } from "./snapshot";

/** The Pagefind bundle's folder inside the snapshot, and the file saying which moment it holds. */
export const STATIC_SEARCH_FOLDER = "pagefind";
const STATIC_SEARCH_MOMENT_FILE = "static-search.json";

/** Pagefind's filter names, shared by the index, the released list and the browser. */
export const STATIC_SEARCH_FILTERS = { theme: "theme", partner: "partner", year: "year", event: "event" } as const;
/** The one value of the event filter: an article either announces an event or not. */
export const EVENT_FILTER_VALUE = "yes";

/** An article's record in an edition, as both the index and the released list carry it. */
export function staticSearchRecord(
  catalogue: ContentCatalogue,
  article: Article,
  edition: Edition,
): StaticSearchRecord {
  const shown = catalogue.inEdition(article, edition);
  const themes = catalogue.themesOf(article).map((theme) => catalogue.themeName(theme, edition));
  const partners = catalogue.partnersOf(article).map((partner) => catalogue.partnerName(partner, edition));
  const filters: Record<string, string[]> = {
    [STATIC_SEARCH_FILTERS.theme]: themes,
    [STATIC_SEARCH_FILTERS.partner]: partners,
    [STATIC_SEARCH_FILTERS.year]: [article.date.day.slice(0, 4)],
  };
  if (article.event) filters[STATIC_SEARCH_FILTERS.event] = [EVENT_FILTER_VALUE];
  return {
    url: articlePath(edition, article.slug),
    language: edition,
    // Not the body: Pagefind's cost in the browser grows with the pages a word is found in, and at
    // 10,000 articles a body word common to most of them took seconds on a throttled phone; the
    // index also grew to 50 MB and the build by a minute and a half. The server's search keeps the
    // full text (the form's answer without JavaScript).
    content: [shown.title, shown.summary, themes.join(", "), partners.join(", ")].join("\n"),
    meta: {
      title: shown.title,
      summary: shown.summary,
      date: article.date.day,
      displayDate: formatDisplayDate(article.date, edition),
      textLanguage: shown.language,
      ...(article.event ? { event: "1" } : {}),
    },
    filters,
    // Sorts as text: the day, then the time when the editor gave one.
    sort: { date: `${article.date.day}T${article.date.time ?? "00:00"}` },
  };
}

/** The moment a build's static index was taken at (epoch ms), as the build wrote it beside the index. */
export function writeStaticSearchMoment(snapshotFolder: string, at: number): void {
  fs.writeFileSync(path.join(snapshotFolder, STATIC_SEARCH_MOMENT_FILE), JSON.stringify({ at }));
}

let servedMoment: { folder: string; at: number | undefined } | undefined;

function staticSearchMoment(folder: string): number | undefined {
  if (servedMoment?.folder !== folder) {
    let at: number | undefined;
    try {
      at = (JSON.parse(fs.readFileSync(path.join(folder, STATIC_SEARCH_MOMENT_FILE), "utf8")) as { at: number }).at;
    } catch {
      at = undefined;
    }
    servedMoment = { folder, at };
  }
  return servedMoment.at;
}

/**
 * The articles of an edition published after the served build's static index was taken and
 * published now, newest first: few (a build a day leaves a day's releases at most). Empty
 * where there is no static index (the editors' preview), where the browser search is off anyway.
 */
export function releasedSince(published: PublicationView, edition: Edition): StaticSearchRecord[] {
  const at = staticSearchMoment(snapshotDir(buildOutputDirName()));
  if (at === undefined) return [];
  const released: StaticSearchRecord[] = [];
  for (const article of published.articles) {
    // Newest first: the first article at or before the moment ends the list.
    if (article.date.epochMs <= at) break;
    released.push(staticSearchRecord(published.catalogue, article, edition));
  }
  return released;
}

/** Content types of the files a Pagefind bundle holds; anything else is not served. */
const STATIC_SEARCH_FILE_TYPES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^pagefind(?:-worker)?\.js$/, "text/javascript; charset=utf-8"],
  [/^pagefind-entry\.json$/, "application/json"],
  [/^wasm\.[a-z-]+\.pagefind$/, "application/octet-stream"],
  [/^pagefind\.[a-z-]+_[0-9a-f]+\.pf_meta$/, "application/octet-stream"],
  [/^(?:index|fragment|filter)\/[a-z-]+_[0-9a-f]+\.pf_(?:index|fragment|filter)$/, "application/octet-stream"],
];

/** Whether a file of Pagefind's output is one the site serves (not its ready-made interfaces). */
export function isServedStaticSearchFile(file: string): boolean {
  return STATIC_SEARCH_FILE_TYPES.some(([pattern]) => pattern.test(file));
}

/** Whether a bundle file's name carries its content's hash (so a copy of it never goes stale). */
export function isFingerprinted(file: string): boolean {
  return /_[0-9a-f]+\.pf_[a-z]+$/.test(file);
}

/**
 * A file of the served build's Pagefind bundle (`file` relative to it, such as
 * "fragment/en_1a2b3c4.pf_fragment"), with its content type; undefined for any name
 * that is not one of the bundle's kinds of file, or that the bundle does not hold.
 */
export function readStaticSearchFile(file: string): { body: Buffer; contentType: string } | undefined {
  const contentType = STATIC_SEARCH_FILE_TYPES.find(([pattern]) => pattern.test(file))?.[1];
  if (!contentType) return undefined;
  try {
    return {
      body: fs.readFileSync(path.join(snapshotDir(buildOutputDirName()), STATIC_SEARCH_FOLDER, file)),
      contentType,
    };
  } catch {
    return undefined;
  }
}
