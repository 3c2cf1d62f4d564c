/**
 * The benchmark's synthetic content must be what the site accepts (or every
 * figure would measure error handling) and the same on every run (or figures
 * from different days would not compare).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BENCH_PHOTOS, benchPhotoPath, PHOTO_EVERY, TRANSLATE_EVERY, writeCorpus } from "../../scripts/bench/corpus";
import { PublicationView } from "../../src/content";
import { loadContent } from "../../src/content/load";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "hsd-corpus-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function filesOf(dir: string, which: (name: string) => boolean = () => true): Record<string, string> {
  const news = path.join(dir, "news");
  return Object.fromEntries(
    fs
      .readdirSync(news)
      .filter(which)
      .sort()
      .map((name) => [name, fs.readFileSync(path.join(news, name), "utf8")]),
  );
}

describe("bench corpus", () => {
  it("passes the real loader with no problems, with 1-3 themes and partners per article", () => {
    const dir = writeCorpus(path.join(root, "a"), { count: 40 }).dir;
    const content = loadContent(dir);
    expect(content.problems).toEqual([]);
    expect(content.articles).toHaveLength(40);
    expect(content.themes).toHaveLength(12);
    expect(content.partners).toHaveLength(30);
    for (const article of content.articles) {
      expect(article.themes.length).toBeGreaterThanOrEqual(1);
      expect(article.themes.length).toBeLessThanOrEqual(3);
      expect(article.partners.length).toBeGreaterThanOrEqual(1);
      expect(article.partners.length).toBeLessThanOrEqual(3);
      const words = article.markdown.split(/\s+/).filter(Boolean).length;
      expect(words).toBeGreaterThan(550);
      expect(words).toBeLessThan(800);
    }
    const years = new Set(content.articles.map((a) => a.date.day.slice(0, 4)));
    expect(years.size).toBeGreaterThan(8);
  });

  it("gives every third article one of the generated photos in turn, with alt text, credit and focus, that the loader accepts", () => {
    expect(PHOTO_EVERY).toBe(3);
    const content = loadContent(writeCorpus(path.join(root, "photos"), { count: 30 }).dir, { warnings: false });
    expect(content.problems).toEqual([]);
    const withPhotos = content.articles.filter((article) => article.image);
    expect(withPhotos).toHaveLength(10);
    expect(new Set(withPhotos.map((article) => article.image!.src))).toEqual(
      new Set(BENCH_PHOTOS.map((photo) => benchPhotoPath(photo.name))),
    );
    for (const { image } of withPhotos)
      expect(image).toMatchObject({ credit: "Benchmark", focus: expect.objectContaining({ x: expect.any(Number) }) });
  });

  it("has events, upcoming and past counted from the day given, of every kind, that the loader accepts", () => {
    const dir = writeCorpus(path.join(root, "events"), { count: 200, today: "2026-11-29" }).dir;
    const content = loadContent(dir);
    expect(content.problems).toEqual([]);
    const events = content.articles.filter((article) => article.event);
    expect(events).toHaveLength(20);
    const noonThatDay = Date.parse("2026-11-29T11:00:00Z");
    const schedule = PublicationView.of(content).eventSchedule(noonThatDay);
    expect(schedule.upcoming).toHaveLength(4);
    expect(schedule.past).toHaveLength(16);
    const kinds = new Set(
      events.map(
        ({ event }) =>
          `${event!.start.time ? "timed" : "all-day"}${event!.end ? "+end" : ""} ${event!.location ? "place" : ""}${event!.online ? "online" : ""}`,
      ),
    );
    expect(kinds.size).toBeGreaterThanOrEqual(6);
    // At 10,000 articles /events is measured over 1,000 events, 200 of them upcoming.
  });

  it("moves only the events with the day; every other article stays byte for byte the same", () => {
    const a = filesOf(writeCorpus(path.join(root, "day-a"), { count: 30, today: "2026-11-29" }).dir);
    const b = filesOf(writeCorpus(path.join(root, "day-b"), { count: 30, today: "2027-03-01" }).dir);
    const changed = Object.keys(a).filter((name) => a[name] !== b[name]);
    expect(changed.length).toBeGreaterThan(0);
    for (const name of changed) expect(a[name]).toContain("\nevent:\n");
    expect(
      Object.keys(a)
        .filter((name) => !a[name].includes("\nevent:\n"))
        .every((name) => a[name] === b[name]),
    ).toBe(true);
  });

  it("gives every fourth article a Dutch translation in Dutch-looking text of the same length, that the loader accepts", () => {
    expect(TRANSLATE_EVERY).toBe(4);
    const written = writeCorpus(path.join(root, "dutch"), { count: 40 });
    expect(written.translations).toBe(10);
    const content = loadContent(written.dir);
    expect(content.problems).toEqual([]);
    const translated = content.articles.filter((article) => article.translations?.nl);
    expect(translated).toHaveLength(10);
    const english = new Set(["the", "and", "for", "with", "of", "across"]);
    for (const { translations } of translated) {
      const dutch = translations!.nl!;
      const words = dutch.markdown.split(/\s+/).filter(Boolean);
      expect(words.length).toBeGreaterThan(550);
      expect(words.length).toBeLessThan(800);
      const lower = `${dutch.title} ${dutch.markdown}`.toLowerCase().split(/[^\p{L}-]+/u);
      expect(lower.filter((word) => english.has(word))).toEqual([]);
      expect(lower).toContain("een");
      expect(dutch.markdown).toMatch(/^## /m);
      expect(dutch.markdown).toMatch(/^> /m);
    }
    // Accented words, for the Dutch search's folding.
    expect(translated.some(({ translations }) => /[ëïéö]/.test(translations!.nl!.markdown))).toBe(true);
    expect(content.themes.every((theme) => theme.nl?.name && theme.nl.description)).toBe(true);
    const dutchPartners = content.partners.filter((partner) => partner.nl).map((partner) => partner.nl!.name);
    expect(dutchPartners).toHaveLength(12);
    expect(dutchPartners).toEqual(
      expect.arrayContaining(["Universiteit Randstad", "Gemeente Beacon", "Stichting Tulip"]),
    );
  });

  it("leaves the English articles as they are without translations: the translations draw from a sequence of their own", () => {
    const isArticle = (name: string) => !name.endsWith(".nl.md");
    const withDutch = filesOf(
      writeCorpus(path.join(root, "with-dutch"), { count: 30, today: "2026-11-29" }).dir,
      isArticle,
    );
    const without = writeCorpus(path.join(root, "without-dutch"), {
      count: 30,
      today: "2026-11-29",
      translateEvery: 0,
    });
    expect(without.translations).toBe(0);
    expect(filesOf(without.dir, isArticle)).toEqual(withDutch);
    expect(Object.keys(filesOf(without.dir)).filter((name) => name.endsWith(".nl.md"))).toEqual([]);
  });

  it("writes the same files for the same seed, and different ones for another", () => {
    const first = filesOf(writeCorpus(path.join(root, "b"), { count: 15, seed: 7 }).dir);
    const again = filesOf(writeCorpus(path.join(root, "c"), { count: 15, seed: 7 }).dir);
    const other = filesOf(writeCorpus(path.join(root, "d"), { count: 15, seed: 8 }).dir);
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
  });
});
