/**
 * `npm run check` on translations (`<slug>.nl.md`) and on the Dutch names in themes.yml and
 * partners.yml: every mistake one line naming file and field, with the suggestion an editor needs.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { formatProblem, loadContent } from "@/content/load";

const root = path.resolve(__dirname, "../..");
const errorsDir = path.join(root, "tests/fixtures/translations-errors");
const validDir = path.join(root, "tests/fixtures/translations");

const content = loadContent(errorsDir, { publicDir: path.join(errorsDir, "public") });
const lines = content.problems.map(formatProblem);
const at = (file: string) => `tests/fixtures/translations-errors/${file}`;
const ADVICE =
  "delete it (it is invisible, and often comes with text pasted from another program): feeds cannot carry it";

describe("npm run check: translations, each mistake naming file and field", { timeout: 30_000 }, () => {
  test("a misspelt field names the closest field a translation may carry; with none close, the list of them", () => {
    expect(lines).toContain(`${at("news/misspelt-field.nl.md")}: titel: unknown field 'titel'; did you mean 'title'?`);
    expect(lines).toContain(
      `${at("news/misspelt-field.nl.md")}: colour: unknown field 'colour'; the fields are title, summary, author, imageAlt, imageCaption, updated, draft`,
    );
    expect(lines).toContain(`${at("news/misspelt-field.nl.md")}: title: a title is required`);
  });

  test("each field that comes from the original names the original's file", () => {
    expect(lines.filter((line) => line.startsWith(at("news/inherited-fields.nl.md")))).toEqual(
      ["date", "themes", "partners", "image", "aliases", "event"].map(
        (field) => `${at("news/inherited-fields.nl.md")}: ${field}: comes from inherited-fields.md; remove it here`,
      ),
    );
  });

  test("a translation without an original: the closest original, an old address of a renamed one, or how translations are named", () => {
    expect(lines).toContain(
      `${at("news/sigining-of-the-declaration.nl.md")}: file name: there is no sigining-of-the-declaration.md for this file to translate; did you mean signing-of-the-declaration.nl.md, the translation of signing-of-the-declaration.md?`,
    );
    expect(lines).toContain(
      `${at("news/old-address.nl.md")}: file name: "old-address" is an old address of ${at("news/renamed-article.md")}: rename this file renamed-article.nl.md`,
    );
    expect(lines).toContain(
      `${at("news/zzz.nl.md")}: file name: there is no zzz.md for this file to translate: a translation is named after its original, <slug>.nl.md beside <slug>.md`,
    );
  });

  test("a draft's translation that would be published, and a published article's translation marked draft", () => {
    expect(lines).toContain(
      `${at("news/draft-original.nl.md")}: draft: draft-original.md is a draft, and a translation is published with its original: add draft: true here too (or publish both)`,
    );
    expect(lines).toContain(
      `${at("news/published-original.nl.md")}: draft: is true but published-original.md is published, and a translation is published with its original: remove draft here (or make both drafts)`,
    );
  });

  test("control characters in a field and in the body (line and column in the file), and an empty body", () => {
    expect(lines).toContain(
      `${at("news/control-characters.nl.md")}: title: contains the control character U+0007 at character 5; ${ADVICE}`,
    );
    expect(lines).toContain(
      `${at("news/control-characters.nl.md")}: body: line 5, column 18: contains the control character U+000B; ${ADVICE}`,
    );
    expect(lines).toContain(
      `${at("news/empty-translation.nl.md")}: body: is empty: write the translated text below the closing '---' line`,
    );
  });

  test("updated before the original's date, and an image description for an article without an image", () => {
    expect(lines).toContain(
      `${at("news/early-update.nl.md")}: updated: "2019-03-19" is before the date "2019-03-20" of early-update.md`,
    );
    expect(lines).toContain(`${at("news/no-image.nl.md")}: imageAlt: is set but no-image.md has no image`);
  });

  test("file names: <slug>.nl.md only; another language, English or a misspelt nl names the supported languages or the right name", () => {
    const languages = "translations are named <slug>.<language>.md, and the site publishes these languages: nl";
    expect(lines).toContain(
      `${at("news/german.de.md")}: file name: "de" is not a language the site publishes: ${languages}`,
    );
    expect(lines).toContain(
      `${at("news/german.en.md")}: file name: the English text is german.md itself; ${languages}`,
    );
    expect(lines).toContain(
      `${at("news/german.NL.md")}: file name: "NL" is not how translations are named; did you mean german.nl.md?`,
    );
  });

  test("a translation of a broken original adds nothing to the original's own error", () => {
    expect(lines.filter((line) => line.includes("broken-original"))).toEqual([
      `${at("news/broken-original.md")}: date: "2019-02-30" is not a real date`,
    ]);
  });

  test("Dutch names in themes.yml and partners.yml: a block, its fields, with did-you-mean", () => {
    expect(lines).toContain(
      `${at("themes.yml")}: [1].nl: must be a block of indented fields: nl: on its own line, then name: (the Dutch name) and optionally description: below it, indented`,
    );
    expect(lines).toContain(`${at("themes.yml")}: [2].nl.naam: unknown field 'naam'; did you mean 'name'?`);
    expect(lines).toContain(`${at("themes.yml")}: [2].nl.name: the Dutch name is required`);
    expect(lines).toContain(
      `${at("partners.yml")}: [0].nl.description: unknown field 'description'; the fields are name`,
    );
  });

  test("warnings: text still as copied from the original, an image described in English only, an original updated since, links", () => {
    const w = `warning: ${at("news/not-translated-yet.nl.md")}`;
    expect(lines.filter((line) => line.startsWith("warning: "))).toEqual([
      `${w}: title: is the same as in not-translated-yet.md: translate it (if it reads the same in Dutch, leave it)`,
      `${w}: summary: is the same as in not-translated-yet.md: translate it`,
      `${w}: imageAlt: is missing: the image of not-translated-yet.md is described in English only; add imageAlt with a Dutch description`,
      `${w}: updated: not-translated-yet.md was updated on 2019-04-10, after this translation ("2019-04-01"): bring the text up to date, then set updated here`,
      `${w}: body: still has the placeholder text of npm run new: write the translation`,
      `${w}: body: links to /news/no-such-article, which is not an article`,
    ]);
  });

  test("every problem of every file is listed in one run, and nothing else", () => {
    expect(lines.filter((line) => !line.startsWith("warning: "))).toHaveLength(27);
  });

  test("no broken translation is kept, and none takes its original down", () => {
    const slugs = content.articles.map((article) => article.slug);
    for (const slug of [
      "misspelt-field",
      "inherited-fields",
      "draft-original",
      "published-original",
      "control-characters",
      "empty-translation",
      "early-update",
      "no-image",
    ]) {
      expect(slugs, slug).toContain(slug);
      expect(content.articles.find((article) => article.slug === slug)!.translations, slug).toBeUndefined();
    }
    expect(content.rejectedTranslations.map(({ file }) => path.basename(file)).sort()).toEqual([
      "broken-original.nl.md",
      "control-characters.nl.md",
      "draft-original.nl.md",
      "early-update.nl.md",
      "empty-translation.nl.md",
      "inherited-fields.nl.md",
      "misspelt-field.nl.md",
      "no-image.nl.md",
      "old-address.nl.md",
      "published-original.nl.md",
      "sigining-of-the-declaration.nl.md",
      "zzz.nl.md",
    ]);
    // A translation with warnings only is kept.
    expect(content.articles.find((article) => article.slug === "not-translated-yet")!.translations?.nl?.title).toBe(
      "Not translated yet",
    );
  });

  test("the command prints them all and fails; a folder of valid translations passes and counts them", () => {
    const run = (dir: string) =>
      spawnSync(process.execPath, ["--import", "tsx", "scripts/check.ts"], {
        cwd: root,
        env: { ...process.env, CONTENT_DIR: dir },
        encoding: "utf8",
      });
    const broken = run(errorsDir);
    expect(broken.status).toBe(1);
    for (const line of lines) expect(broken.stderr).toContain(line);
    expect(broken.stderr).toContain("27 errors, 6 warnings; nothing is published until the errors are fixed.");
    const valid = run(validDir);
    expect(valid.stderr).toBe("");
    expect(valid.stdout.trim()).toBe(
      "tests/fixtures/translations: 6 articles, 5 Dutch translations, 3 themes, 2 partners: no errors.",
    );
    expect(valid.status).toBe(0);
  });
});
