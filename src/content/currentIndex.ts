/**
 * Which content this process serves, made on first use: one catalogue and its publication view,
 * in production (`next build`'s page workers and `next start`) from the content snapshot the
 * build wrote, never the content folder;
 * elsewhere (the editors' preview, the commands, the tests) the content folder, read once, or in
 * the preview again whenever a file changes.
 */
import { buildOutputDirName } from "../lib/site";
import { contentFingerprint, loadContent, resolveContentDir } from "./load";
import type { ContentProblem } from "./model";
import { ContentError, formatProblem } from "./problems";
import type { ContentCatalogue } from "./catalogue";
import { PublicationView } from "./publicationView";
import { readSnapshot } from "./snapshot";

let memo: { key: string; dir: string; view: PublicationView } | undefined;

/** `next dev` is the editors' preview: drafts shown, edits seen on the next load, errors shown. */
function isPreview(): boolean {
  return process.env.NODE_ENV === "development";
}

/**
 * `next build` (its page workers) and `next start` serve the content snapshot
 * the build wrote; only the preview, `npm run check`, the scripts and the
 * tests read the content folder.
 */
function servesSnapshot(): boolean {
  return process.env.NODE_ENV === "production";
}

/*
 * Kept on globalThis, not in this module: the front door (src/instrumentation.ts) and the pages are bundled
 * apart, each with its own copy of this module, and one process must hold one catalogue.
 */
const SNAPSHOT_INDEX = Symbol.for("hsd-news.snapshotIndex");
type SnapshotHolder = { [SNAPSHOT_INDEX]?: { distDir: string; view: PublicationView } };

function snapshotView(): PublicationView {
  const holder = globalThis as SnapshotHolder;
  const distDir = buildOutputDirName();
  const held = holder[SNAPSHOT_INDEX];
  if (held && held.distDir === distDir) return held.view;
  const snapshot = readSnapshot(distDir);
  const view = PublicationView.of({ ...snapshot, problems: [] }, { prebuiltSearchIndex: snapshot.readSearchIndex });
  holder[SNAPSHOT_INDEX] = { distDir, view };
  return view;
}

/**
 * What readers see of this process's content now (its `catalogue` is getCatalogue's), built on
 * first use. In production (`next build`'s page workers and `next start`) it is the content
 * snapshot the build wrote, never the content folder. Elsewhere it is read from CONTENT_DIR and
 * throws a ContentError listing every problem when the content has errors, so
 * nothing is dropped silently. In preview (`next dev`) the catalogue is rebuilt
 * when a file changes, and errors are kept for the pages to show, so one
 * broken file does not take the rest of the site down. A reload
 * (refreshContent) that meets errors keeps the last good catalogue of the
 * same folder and logs one line.
 */
export function getPublicationView(): PublicationView {
  if (servesSnapshot()) return snapshotView();
  const dir = resolveContentDir();
  const preview = isPreview();
  // Outside the preview the content is read once; in preview a stat of each file tells whether anything changed.
  const key = preview ? `${dir}\n${contentFingerprint(dir)}` : dir;
  if (memo && memo.key === key) return memo.view;
  // Warnings are for `npm run check`; the site needs only what decides publishing.
  const content = loadContent(dir, { warnings: false });
  if (!preview && content.problems.some((p) => p.severity === "error")) {
    if (!memo || memo.dir !== dir) throw new ContentError(content.problems);
    console.error(`content: ${reloadFailure(content.problems)}; still serving the last good content`);
    memo = { ...memo, key };
    return memo.view;
  }
  const view = PublicationView.of(content, { preview });
  memo = { key, dir, view };
  return view;
}

/** This process's content catalogue: what the content holds, the same on every request (see getPublicationView). */
export function getCatalogue(): ContentCatalogue {
  return getPublicationView().catalogue;
}

/** Re-reads the content folder now; on errors the last good content stays (see getPublicationView). */
export function refreshContent(): PublicationView {
  if (memo) memo = { ...memo, key: "" };
  return getPublicationView();
}

function reloadFailure(problems: readonly ContentProblem[]): string {
  const errors = problems.filter((p) => p.severity === "error");
  return `reload failed with ${errors.length} ${errors.length === 1 ? "error" : "errors"}, first ${formatProblem(errors[0])}`;
}
