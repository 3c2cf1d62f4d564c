import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { loadContent } from "@/content/load";
import { articleTemplate, MAX_SLUG_LENGTH, slugForTitle } from "@/content/scaffold";
import { SLUG_PATTERN } from "@/content/schema";

const root = path.resolve(__dirname, "../..");

describe("the address made from a title", () => {
  test("lower case, accents folded, punctuation dropped", () => {
    expect(slugForTitle("Café Spécial: Smart Cities & Urban Security!")).toBe("cafe-special-smart-cities-and-urban-security");
    expect(slugForTitle("  HSD's ‘Week of Security’ 2026 — the Programme ")).toBe("hsds-week-of-security-2026-the-programme");
  });

  test(`at most ${MAX_SLUG_LENGTH} characters, cut at a word boundary`, () => {
    const title = "The Hague Security Delta and its partners announce a national programme for cyber resilience in healthcare";
    const slug = slugForTitle(title);
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toBe("the-hague-security-delta-and-its-partners-announce-a-national-programme-for");
    expect(slug).toMatch(SLUG_PATTERN);
    expect(slugForTitle("x".repeat(120))).toBe("x".repeat(MAX_SLUG_LENGTH));
  });
});

describe("the template's event block", () => {
  test("uncommented as it stands, it is a valid timed event, and the check asks for the event's own place and links", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hsd-new-event-"));
    try {
      fs.cpSync(path.join(root, "tests/fixtures/editors-publishing"), dir, { recursive: true });
      // What an editor does: take the '# ' off the event lines, keeping their indent.
      const text = articleTemplate("A meeting", "2030-04-02").replace(/^# (event:|  \w+:)/gm, "$1");
      expect(text).toMatch(/^event:\n  start: 2030-04-02T14:00\n  end: 2030-04-02T17:00\n/m);
      fs.writeFileSync(path.join(dir, "news/a-meeting.md"), text);
      const content = loadContent(dir);
      expect(content.problems.filter((p) => p.severity === "error")).toEqual([]);
      expect(content.articles.find((a) => a.slug === "a-meeting")?.event).toMatchObject({ start: { day: "2030-04-02", time: "14:00" }, end: { time: "17:00" } });
      expect(content.problems.filter((p) => p.field.startsWith("event.")).map((p) => `${p.severity} ${p.field}: ${p.message}`)).toEqual([
        'warning event.location: still has the example value of npm run new ("Name of the venue"): give the event\'s own',
        'warning event.address: still has the example value of npm run new ("Street and number, postcode and city"): give the event\'s own',
        'warning event.online: still has the example value of npm run new ("https://example.org/join-online"): give the event\'s own',
        'warning event.registration: still has the example value of npm run new ("https://example.org/register"): give the event\'s own',
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("npm run new", { timeout: 30_000 }, () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "hsd-new-"));
    fs.cpSync(path.join(root, "tests/fixtures/editors-publishing"), dir, { recursive: true });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  // Half past midnight on 29 March 2026 in Amsterdam is still the 28th in UTC.
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/new.ts", ...args], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: dir, HSD_NOW: "2026-03-28T23:30:00Z" },
      encoding: "utf8",
    });

  test("creates news/<slug>.md dated today in Amsterdam, passing the check, and says where to preview it", () => {
    const result = run("Signing of the Smart Society Declaration: part 2");
    expect(result.status).toBe(0);
    const file = path.join(dir, "news/signing-of-the-smart-society-declaration-part-2.md");
    expect(result.stdout).toContain(`Created ${file}`);
    expect(result.stdout).toContain("http://localhost:3000/news/signing-of-the-smart-society-declaration-part-2");
    const text = fs.readFileSync(file, "utf8");
    expect(text).toContain('title: "Signing of the Smart Society Declaration: part 2"\ndate: 2026-03-29\n');
    for (const field of ["author", "summary", "themes", "partners", "image", "imageAlt", "draft", "updated", "aliases"]) {
      expect(text).toMatch(new RegExp(`^# ${field}: `, "m"));
    }
    expect(text).toMatch(/^# event:\n#   start: 2026-03-29T14:00\n/m);
    const content = loadContent(dir);
    expect(content.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(content.articles.find((a) => a.slug === "signing-of-the-smart-society-declaration-part-2")?.title).toBe(
      "Signing of the Smart Society Declaration: part 2",
    );
    // Until the editor writes the text, the check reminds them.
    expect(content.problems.map((p) => `${p.field}: ${p.message}`)).toContain("body: still has the placeholder text of npm run new: write the article");
  });

  test("refuses to overwrite an existing article, and says so", () => {
    const file = path.join(dir, "news/older-news.md");
    const before = fs.readFileSync(file, "utf8");
    const result = run("Older news");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${file} already exists; nothing was changed.`);
    expect(fs.readFileSync(file, "utf8")).toBe(before);
  });

  test("asks for a title when there is none, or none with letters", () => {
    expect(run().stderr).toContain('Give the title of the article: npm run new -- "Title of the article"');
    const symbols = run("!!! ???");
    expect(symbols.status).toBe(1);
    expect(symbols.stderr).toContain("has no letters or digits");
    expect(fs.readdirSync(path.join(dir, "news"))).toHaveLength(5);
  });
});
