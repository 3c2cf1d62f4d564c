import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { loadContent } from "@/content/load";
import { articleTemplate, MAX_SLUG_LENGTH, slugForTitle } from "@/content/scaffold";
import { SLUG_PATTERN } from "@/content/schema";

const root = path.resolve(__dirname, "../..");

/** `npm run new` over a content folder, at half past midnight on 29 March 2026 in Amsterdam (still the 28th in UTC). */
function runNew(contentDir: string, ...args: string[]) {
  return runNewWith({}, contentDir, ...args);
}

/** The same, with more of the environment set (PORT, as `npm run dev` reads it). */
function runNewWith(env: Record<string, string>, contentDir: string, ...args: string[]) {
  // The port of the machine's own environment must not decide what the tests expect.
  const inherited = { ...process.env };
  delete inherited.PORT;
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/new.ts", ...args], {
    cwd: root,
    env: { ...inherited, CONTENT_DIR: contentDir, HSD_NOW: "2026-03-28T23:30:00Z", ...env },
    encoding: "utf8",
  });
}

describe("the address made from a title", () => {
  test("lower case, accents folded, punctuation dropped", () => {
    expect(slugForTitle("Café Spécial: Smart Cities & Urban Security!")).toBe(
      "cafe-special-smart-cities-and-urban-security",
    );
    expect(slugForTitle("  HSD's ‘Week of Security’ 2026 — the Programme ")).toBe(
      "hsds-week-of-security-2026-the-programme",
    );
  });

  test(`at most ${MAX_SLUG_LENGTH} characters, cut at a word boundary`, () => {
    const title =
      "The Hague Security Delta and its partners announce a national programme for cyber resilience in healthcare";
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
      expect(content.articles.find((a) => a.slug === "a-meeting")?.event).toMatchObject({
        start: { day: "2030-04-02", time: "14:00" },
        end: { time: "17:00" },
      });
      expect(
        content.problems
          .filter((p) => p.field.startsWith("event."))
          .map((p) => `${p.severity} ${p.field}: ${p.message}`),
      ).toEqual([
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

  const run = (...args: string[]) => runNew(dir, ...args);

  test("the preview address has the port the dev server will use: PORT, as npm run dev reads it", () => {
    const result = runNewWith({ PORT: "3005" }, dir, "On another port");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      "Preview it: run npm run dev, then open http://localhost:3005/news/on-another-port",
    );
    expect(result.stdout).toContain("The preview uses port 3005.");
    expect(result.stdout).toContain("If port 3005 is taken, npm run dev says which port it uses instead");
  });

  test("creates news/<slug>.md dated today in Amsterdam, passing the check, and says where to preview it", () => {
    const result = run("Signing of the Smart Society Declaration: part 2");
    expect(result.status).toBe(0);
    const file = path.join(dir, "news/signing-of-the-smart-society-declaration-part-2.md");
    expect(result.stdout).toContain(`Created ${file}`);
    expect(result.stdout).toContain("http://localhost:3000/news/signing-of-the-smart-society-declaration-part-2");
    expect(result.stdout).toContain("The preview uses port 3000. To use another: PORT=3001 npm run dev");
    const text = fs.readFileSync(file, "utf8");
    expect(text).toContain('title: "Signing of the Smart Society Declaration: part 2"\ndate: 2026-03-29\n');
    for (const field of [
      "author",
      "summary",
      "themes",
      "partners",
      "image",
      "imageAlt",
      "imageCaption",
      "imageCredit",
      "imageFocus",
      "draft",
      "updated",
      "aliases",
    ]) {
      expect(text).toMatch(new RegExp(`^# ${field}: `, "m"));
    }
    expect(text).toMatch(/^# event:\n#   start: 2026-03-29T14:00\n/m);
    const content = loadContent(dir);
    expect(content.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(content.articles.find((a) => a.slug === "signing-of-the-smart-society-declaration-part-2")?.title).toBe(
      "Signing of the Smart Society Declaration: part 2",
    );
    // Until the editor writes the text, the check reminds them.
    expect(content.problems.map((p) => `${p.field}: ${p.message}`)).toContain(
      "body: still has the placeholder text of npm run new: write the article",
    );
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

describe("npm run new -- --nl <slug>", { timeout: 30_000 }, () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "hsd-new-nl-"));
    fs.cpSync(path.join(root, "tests/fixtures/translations"), dir, { recursive: true });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = (...args: string[]) => runNew(dir, ...args);
  const checkOf = (slug: string) =>
    loadContent(dir)
      .problems.filter((p) => p.file.endsWith(`/${slug}.nl.md`))
      .map((p) => `${p.severity} ${p.field}: ${p.message}`);

  test("creates <slug>.nl.md from the original: its title and summary to translate, a note on what not to copy, the placeholder; the check passes and asks for the translation", () => {
    fs.writeFileSync(
      path.join(dir, "news/with-summary.md"),
      '---\ntitle: "HSD: the year ahead"\ndate: 2019-03-20\nsummary: What the year brings.\nimage: https://www.thehaguesecuritydelta.com/images/x.jpg\nimageAlt: A view\nimageCredit: HSD\n---\n\nText.\n',
    );
    const result = run("--nl", "with-summary");
    expect(result.status).toBe(0);
    const file = path.join(dir, "news/with-summary.nl.md");
    expect(result.stdout).toContain(`Created ${file}, the Dutch translation of with-summary.md`);
    expect(result.stdout).toContain("http://localhost:3000/nl/nieuws/with-summary");
    expect(fs.readFileSync(file, "utf8")).toBe(
      [
        "---",
        "# The Dutch translation of with-summary.md. Translate the title and the summary below (copied from the English).",
        "# date, themes, partners, image, imageCredit, imageFocus, aliases and event come from with-summary.md: do not add them here.",
        '# Remove the # in front of a line to use that field; docs/EDITING.md explains each ("Translating an article").',
        'title: "HSD: the year ahead"',
        'summary: "What the year brings."',
        "# author: Stichting HSD (without it, the author of the English article is shown)",
        "# imageAlt: Wat de foto laat zien, in het Nederlands",
        "# imageCaption: Het onderschrift bij de foto, in het Nederlands",
        "# updated: 2026-03-29",
        "---",
        "",
        "Schrijf hier de Nederlandse tekst van het artikel: vertaal de Engelse tekst alinea voor alinea.",
        "",
        "## Een tussenkop",
        "",
        "Meer tekst.",
        "",
      ].join("\n"),
    );
    expect(checkOf("with-summary")).toEqual([
      "warning title: is the same as in with-summary.md: translate it (if it reads the same in Dutch, leave it)",
      "warning summary: is the same as in with-summary.md: translate it",
      "warning imageAlt: is missing: the image of with-summary.md is described in English only; add imageAlt with a Dutch description",
      "warning body: still has the placeholder text of npm run new: write the translation",
    ]);
  });

  test("the translation of a draft is a draft, so that the check passes; a file path is taken for its slug", () => {
    fs.writeFileSync(
      path.join(dir, "news/a-draft.md"),
      "---\ntitle: A draft\ndate: 2019-03-20\ndraft: true\n---\n\nText.\n",
    );
    expect(run("--nl", "content/news/a-draft.md").status).toBe(0);
    const text = fs.readFileSync(path.join(dir, "news/a-draft.nl.md"), "utf8");
    expect(text).toContain(
      "# a-draft.md is a draft, so its translation is one too: to publish, remove draft from both files.\ndraft: true\n---\n",
    );
    expect(text).toContain("# summary: ");
    expect(checkOf("a-draft").filter((line) => line.startsWith("error"))).toEqual([]);
  });

  test("refuses to overwrite a translation, and says so", () => {
    const file = path.join(dir, "news/hsd-cafe-on-urban-security.nl.md");
    const before = fs.readFileSync(file, "utf8");
    const result = run("--nl", "hsd-cafe-on-urban-security");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `${file} already exists; nothing was changed. Edit that file to change the translation.`,
    );
    expect(fs.readFileSync(file, "utf8")).toBe(before);
  });

  test("names an unknown slug with the closest article; asks for one when none is given; refuses other options", () => {
    const misspelt = run("--nl", "untranslated-anouncement");
    expect(misspelt.status).toBe(1);
    expect(misspelt.stderr).toContain(
      `There is no article ${path.join(dir, "news/untranslated-anouncement.md")}; did you mean untranslated-announcement? npm run new -- --nl untranslated-announcement`,
    );
    expect(run("--nl", "nothing-like-any-article-here-at-all").stderr).toContain(
      ": give the address of an existing article (its file name without .md)",
    );
    expect(run("--nl").stderr).toContain(
      "Give the address of the article to translate: npm run new -- --nl <slug> (its file name without .md)",
    );
    expect(run("--de", "untranslated-announcement").stderr).toContain(
      'Unknown option --de: npm run new -- "Title of the article" creates an article, npm run new -- --nl <slug> its Dutch translation',
    );
    expect(fs.readdirSync(path.join(dir, "news")).filter((name) => name.endsWith(".nl.md"))).toHaveLength(5);
  });
});
