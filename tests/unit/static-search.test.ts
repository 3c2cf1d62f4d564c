/**
 * The browser's search index (Pagefind, written by the build's content step): every published
 * article of both editions, and no draft or scheduled one in any of its files; what a scheduled
 * article's release adds comes from the server's list of releases since the build.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { PublicationView } from "@/content";
import { writeContentSnapshot, writeStaticSearch } from "@/content/buildSnapshot";
import { loadContent } from "@/content/load";
import { snapshotDir } from "@/content/snapshot";
import { readStaticSearchFile, releasedSince } from "@/content/staticSearch";
import { resetClock, setClock } from "@/lib/clock";
import { parseContentDate } from "@/lib/dates";

// Pagefind's binary starts once per index: seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const fixture = path.resolve(__dirname, "../fixtures/translations");
/** 2026-12-01: after every article of the fixture but the scheduled one (2099) and the draft. */
const BUILT_AT = Date.UTC(2026, 11, 1, 12);
const SCHEDULED_AT = (() => {
  const parsed = parseContentDate("2099-01-01T09:00");
  if (!parsed.ok) throw new Error("bad date");
  return parsed.value.epochMs;
})();

let output: string;
let bundle: string;
/** Every file of the bundle, as the browser receives it once inflated. */
let files: Map<string, string>;

beforeAll(async () => {
  output = fs.mkdtempSync(path.join(os.tmpdir(), "hsd-static-search-"));
  vi.stubEnv("NEXT_DIST_DIR", output);
  const folder = snapshotDir(output);
  const content = loadContent(fixture, { warnings: false });
  setClock(BUILT_AT);
  writeContentSnapshot(folder, content);
  await writeStaticSearch(folder, content, BUILT_AT);
  bundle = path.join(folder, "pagefind");
  files = new Map(
    fs
      .readdirSync(bundle, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        const bytes = fs.readFileSync(file);
        const text =
          bytes[0] === 0x1f && bytes[1] === 0x8b ? zlib.gunzipSync(bytes).toString("utf8") : bytes.toString("utf8");
        return [path.relative(bundle, file), text] as const;
      }),
  );
});

afterAll(() => {
  resetClock();
  vi.unstubAllEnvs();
  fs.rmSync(output, { recursive: true, force: true });
});

/** The address of every record in the bundle's fragments (one fragment per article and edition). */
function indexedAddresses(): string[] {
  return [...files]
    .filter(([file]) => file.startsWith("fragment"))
    .map(([, text]) => (JSON.parse(text.slice(text.indexOf("{"))) as { url: string }).url);
}

describe("the browser's search index", () => {
  test("holds every article published at the build, in both editions", () => {
    const published = PublicationView.of(loadContent(fixture, { warnings: false }))
      .publishedAt(BUILT_AT)
      .articles.map((article) => article.slug);
    expect(published.length).toBeGreaterThan(2);
    const expected = published.flatMap((slug) => [`/news/${slug}`, `/nl/nieuws/${slug}`]);
    expect(indexedAddresses().sort()).toEqual(expected.sort());
  });

  test("holds no draft and no scheduled article, not even in a file the browser could fetch", () => {
    const secrets = [
      "Scheduled release",
      "Geplande publicatie",
      "scheduled-release",
      "Draft in progress",
      "draft-in-progress",
      "Verschijnt vanzelf",
      "Not ready yet",
    ];
    for (const [file, text] of files)
      for (const secret of secrets) expect(text.includes(secret), `${secret} in ${file}`).toBe(false);
  });

  test("keeps only what the browser search loads, and the server serves those files and nothing else", () => {
    expect([...files.keys()].filter((file) => /ui|highlight|playground/.test(file))).toEqual([]);
    expect(readStaticSearchFile("pagefind.js")?.contentType).toMatch(/javascript/);
    expect(readStaticSearchFile("pagefind-entry.json")?.body.toString()).toContain('"nl"');
    expect(readStaticSearchFile("../index.json")).toBeUndefined();
    expect(readStaticSearchFile("pagefind-ui.js")).toBeUndefined();
  });
});

describe("the releases since the build", () => {
  test("are none before a scheduled moment, and the scheduled article in both editions after it", () => {
    const index = PublicationView.of(loadContent(fixture, { warnings: false }));
    setClock(SCHEDULED_AT - 60_000);
    expect(releasedSince(index, "en")).toEqual([]);
    setClock(SCHEDULED_AT);
    expect(releasedSince(index, "en").map((record) => [record.url, record.meta.title])).toEqual([
      ["/news/scheduled-release", "Scheduled release"],
    ]);
    expect(releasedSince(index, "nl").map((record) => [record.url, record.meta.title, record.language])).toEqual([
      ["/nl/nieuws/scheduled-release", "Geplande publicatie", "nl"],
    ]);
  });
});
