import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test, vi } from "vitest";
import { PublicationView, getPublicationView } from "@/content";
import { buildContentSnapshot } from "@/content/buildSnapshot";
import { loadContent } from "@/content/load";
import { now, resetClock, setClock } from "@/lib/clock";
import { NEWS_LISTING } from "@/lib/routes";

const fixture = path.resolve(__dirname, "../fixtures/editors-publishing");
/** 1 June 2030, 09:00 in Amsterdam (summer time, UTC+2). */
const release = Date.parse("2030-06-01T07:00:00Z");

function indexOf(dir = fixture, preview = false) {
  return PublicationView.of(loadContent(dir, { warnings: false }), { preview });
}

const slugs = (articles: readonly { slug: string }[]) => articles.map((article) => article.slug);

afterEach(() => {
  resetClock();
  vi.unstubAllEnvs();
});

describe("what readers see, by the injected clock", () => {
  test("before its moment a scheduled article is nowhere: not in listings, not by address, not in More News", () => {
    setClock(release - 1);
    const index = indexOf();
    expect(slugs(index.articles)).toEqual(["renamed-article", "older-news"]);
    expect(index.bySlug("embargoed-announcement")).toBeUndefined();
    expect(slugs(index.latest(10))).toEqual(["renamed-article", "older-news"]);
    expect(slugs(index.listingPage(NEWS_LISTING, 1)!.articles)).toEqual(["renamed-article", "older-news"]);
    expect(slugs(index.moreNewsFor(index.bySlug("older-news")!))).toEqual(["renamed-article"]);
    expect(index.statusOf(index.catalogue.allArticles.find((a) => a.slug === "embargoed-announcement")!)).toBe(
      "scheduled",
    );
  });

  test("at the very moment of release it appears everywhere, newest first, without reloading the content", () => {
    setClock(release - 1);
    const index = indexOf();
    expect(index.bySlug("embargoed-announcement")).toBeUndefined();
    setClock(release);
    expect(index.bySlug("embargoed-announcement")?.title).toBe("Embargoed announcement");
    expect(slugs(index.articles)).toEqual(["embargoed-announcement", "renamed-article", "older-news"]);
    expect(slugs(index.moreNewsFor(index.bySlug("older-news")!))).toEqual([
      "embargoed-announcement",
      "renamed-article",
    ]);
    // The next one waits for its own day.
    expect(index.bySlug("later-announcement")).toBeUndefined();
    expect(index.nextReleaseAt()).toBe(Date.parse("2030-06-30T22:00:00Z"));
  });

  test("a draft never appears, whatever the time", () => {
    setClock(Date.parse("2100-01-01T00:00:00Z"));
    const index = indexOf();
    expect(index.bySlug("work-in-progress")).toBeUndefined();
    expect(slugs(index.articles)).not.toContain("work-in-progress");
    expect(slugs(index.upcoming.articles)).not.toContain("work-in-progress");
    expect(index.nextReleaseAt()).toBeUndefined();
  });

  test("the published set is computed once per release, not on every question", () => {
    setClock(release - 60_000);
    const index = indexOf();
    const before = index.publishedAt();
    setClock(release - 1);
    expect(index.publishedAt()).toBe(before);
    setClock(release);
    const after = index.publishedAt();
    expect(after).not.toBe(before);
    expect(index.publishedAt(release + 1000)).toBe(after);
    // Moving the clock back (a test, a preview) gives the earlier state again.
    expect(slugs(index.publishedAt(release - 1).articles)).toEqual(slugs(before.articles));
  });

  test("what to prerender: published and scheduled articles, so their pages exist when their moment comes; never drafts", () => {
    setClock(release - 1);
    const index = indexOf();
    expect(slugs(index.upcoming.articles)).toEqual([
      "later-announcement",
      "embargoed-announcement",
      "renamed-article",
      "older-news",
    ]);
  });

  test("HSD_NOW sets the clock of a whole process, as an instant or in Amsterdam time", () => {
    vi.stubEnv("HSD_NOW", "2030-06-01T09:00");
    expect(now()).toBe(release);
    vi.stubEnv("HSD_NOW", "2030-06-01T06:59:59Z");
    expect(now()).toBe(release - 1000);
    vi.stubEnv("HSD_NOW", "next tuesday");
    expect(() => now()).toThrow(/HSD_NOW="next tuesday" is not a moment/);
  });
});

describe("aliases", () => {
  test("every old address of an article that is not a draft redirects to it; a draft's old addresses do not", () => {
    const redirects = indexOf().catalogue.aliasRedirects();
    expect(redirects).toEqual(
      expect.arrayContaining([
        { alias: "first-name-of-the-article", slug: "renamed-article" },
        { alias: "second-name", slug: "renamed-article" },
        { alias: "embargoed-old-name", slug: "embargoed-announcement" },
      ]),
    );
    expect(redirects.map((r) => r.alias)).not.toContain("draft-old-name");
  });
});

describe("the editors' preview (next dev)", () => {
  test("shows drafts and scheduled articles, and says which they are", () => {
    setClock(release - 1);
    const index = indexOf(fixture, true);
    const draft = index.bySlug("work-in-progress");
    expect(draft).toBeDefined();
    expect(index.statusOf(draft!)).toBe("draft");
    expect(index.statusOf(index.bySlug("embargoed-announcement")!)).toBe("scheduled");
    expect(index.statusOf(index.bySlug("older-news")!)).toBe("published");
  });

  function tempCopy(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hsd-preview-"));
    fs.cpSync(fixture, dir, { recursive: true });
    return dir;
  }

  test("an edit is seen on the next request, without a restart", () => {
    const dir = tempCopy();
    try {
      vi.stubEnv("NODE_ENV", "development");
      vi.stubEnv("CONTENT_DIR", dir);
      expect(getPublicationView().bySlug("older-news")?.title).toBe("Older news");
      const file = path.join(dir, "news/older-news.md");
      fs.writeFileSync(
        file,
        fs.readFileSync(file, "utf8").replace("title: Older news", "title: Older news, corrected"),
      );
      expect(getPublicationView().bySlug("older-news")?.title).toBe("Older news, corrected");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a broken file does not take the site down: its own errors are there for its page, the rest still works", () => {
    const dir = tempCopy();
    try {
      vi.stubEnv("NODE_ENV", "development");
      vi.stubEnv("CONTENT_DIR", dir);
      fs.writeFileSync(
        path.join(dir, "news/older-news.md"),
        "---\ntitle: Older news\ndate: 2019-02-30\n---\n\nText.\n",
      );
      const index = getPublicationView();
      expect(index.bySlug("renamed-article")).toBeDefined();
      expect(index.bySlug("older-news")).toBeUndefined();
      expect(index.catalogue.rejectedSlugs).toEqual(["older-news"]);
      expect(
        index.catalogue
          .errorsForSlug("older-news")
          .map((p) => [p.file.endsWith("news/older-news.md"), p.field, p.message]),
      ).toEqual([[true, "date", '"2019-02-30" is not a real date']]);
      expect(index.catalogue.errorsForSlug("renamed-article")).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("in production the same broken file stops the build's content snapshot with the list of errors", () => {
    const dir = tempCopy();
    const output = fs.mkdtempSync(path.join(os.tmpdir(), "hsd-snapshot-"));
    try {
      fs.writeFileSync(
        path.join(dir, "news/older-news.md"),
        "---\ntitle: Older news\ndate: 2019-02-30\n---\n\nText.\n",
      );
      expect(() => buildContentSnapshot(path.join(output, "hsd-content"), dir)).toThrow(
        /news\/older-news\.md: date: "2019-02-30" is not a real date/,
      );
      expect(fs.readdirSync(output)).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(output, { recursive: true, force: true });
    }
  });
});
