/**
 * The content snapshot: what the build writes is what the server serves,
 * without the content folder, drafts never included, search included.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { PublicationView } from "@/content";
import { buildContentSnapshot } from "@/content/buildSnapshot";
import { loadContent } from "@/content/load";
import { readSnapshot, snapshotDir } from "@/content/snapshot";
import { searchFor } from "@/content/search";

const fixture = path.resolve(__dirname, "../fixtures/editors-publishing");
let output: string;

beforeEach(() => {
  output = fs.mkdtempSync(path.join(os.tmpdir(), "hsd-snapshot-"));
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
  fs.rmSync(output, { recursive: true, force: true });
});

/** What a reader can see of an article, bodies included. */
function readable(
  articles: readonly {
    slug: string;
    title: string;
    date: unknown;
    updated?: unknown;
    author?: string;
    summary: string;
    themes: readonly string[];
    partners: readonly string[];
    image?: unknown;
    aliases: readonly string[];
    markdown: string;
  }[],
) {
  return articles.map(
    ({ slug, title, date, updated, author, summary, themes, partners, image, aliases, markdown }) => ({
      slug,
      title,
      date,
      updated,
      author,
      summary,
      themes,
      partners,
      image,
      aliases,
      markdown,
    }),
  );
}

test("the snapshot holds every published and scheduled article as the loader read it, and no draft", () => {
  const summary = buildContentSnapshot(snapshotDir(output), fixture);
  const live = PublicationView.of(loadContent(fixture, { warnings: false }));
  const snapshot = readSnapshot(output);
  expect(summary).toEqual({ articles: 4, drafts: 1, translated: 0 });
  expect(readable(snapshot.articles)).toEqual(readable(live.upcoming.articles));
  expect(snapshot.articles.map((article) => article.slug)).not.toContain("work-in-progress");
  expect(snapshot.themes).toEqual(live.catalogue.themes);
  expect(snapshot.partners).toEqual(live.catalogue.partners);
});

test("bodies are read only when a page first needs one", () => {
  buildContentSnapshot(snapshotDir(output), fixture);
  const snapshot = readSnapshot(output);
  fs.rmSync(path.join(snapshotDir(output), "bodies.json"));
  // Listings, feeds and the sitemap need no body...
  expect(snapshot.articles.map((article) => article.summary)).toHaveLength(4);
  // ...and the first body asked for is read then.
  expect(() => snapshot.articles[0].markdown).toThrow(/bodies\.json/);
});

test("a server in production reads the snapshot and never the content folder, search included", async () => {
  const contentDir = fs.mkdtempSync(path.join(os.tmpdir(), "hsd-content-"));
  fs.cpSync(fixture, contentDir, { recursive: true });
  buildContentSnapshot(snapshotDir(output), contentDir);
  // After the build, the folder is broken and then deleted: the server must not notice.
  fs.writeFileSync(path.join(contentDir, "news", "broken.md"), "---\ntitle: Broken\n---\n\nNo date.\n");
  fs.rmSync(contentDir, { recursive: true, force: true });
  vi.stubEnv("NODE_ENV", "production");
  vi.stubEnv("NEXT_DIST_DIR", output);
  vi.stubEnv("CONTENT_DIR", contentDir);
  const { getPublicationView } = await import("@/content");
  const { searchFor: searchOf } = await import("@/content/search");
  const index = getPublicationView();
  expect(getPublicationView()).toBe(index);
  expect(index.bySlug("older-news")?.title).toBe("Older news");
  expect(index.catalogue.bodyHtml(index.bySlug("older-news")!)).toContain("An older article on cyber security.");
  const outcome = searchOf(index).search("cyber");
  expect(outcome.kind === "results" ? outcome.hits.map((hit) => hit.article.slug) : []).toContain("older-news");
});

test("a build output without a snapshot is refused with a message that says what to do", () => {
  expect(() => readSnapshot(output)).toThrow(/No content snapshot in .*build the site first/);
});

test("the prebuilt search answers like a search built from the content folder", () => {
  buildContentSnapshot(snapshotDir(output), fixture);
  const snapshot = readSnapshot(output);
  const fromSnapshot = PublicationView.of(
    { ...snapshot, problems: [] },
    { prebuiltSearchIndex: snapshot.readSearchIndex },
  );
  const live = PublicationView.of(loadContent(fixture, { warnings: false }));
  for (const query of ["cyber", "announcement", "renamed", "older artcle", "nothing-here"]) {
    const a = searchFor(fromSnapshot).search(query);
    const b = searchFor(live).search(query);
    expect(a.kind === "results" ? a.hits.map((hit) => hit.article.slug) : a.kind, query).toEqual(
      b.kind === "results" ? b.hits.map((hit) => hit.article.slug) : b.kind,
    );
  }
});
