import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { formatProblem, loadContent } from "@/content/load";

const root = path.resolve(__dirname, "../..");
const errorsDir = path.join(root, "tests/fixtures/editors-errors");
const warningsDir = path.join(root, "tests/fixtures/editors-warnings");

/** What `npm run check` prints for a fixture, a line a problem, in the loader's order. */
function lines(dir: string, publicDir?: string): string[] {
  return loadContent(dir, { publicDir }).problems.map(formatProblem);
}

const errorLines = lines(errorsDir);
const at = (file: string) => `tests/fixtures/editors-errors/${file}`;

describe(
  "npm run check: errors, each naming file and field, with the suggestion an editor needs",
  { timeout: 30_000 },
  () => {
    test("an unknown field names the closest known one, ignoring case; with none close, the list of fields", () => {
      expect(errorLines).toContain(
        `${at("news/typo-in-field.md")}: auther: unknown field 'auther'; did you mean 'author'?`,
      );
      expect(errorLines).toContain(
        `${at("news/typo-in-field.md")}: Summary: unknown field 'Summary'; did you mean 'summary'?`,
      );
      expect(errorLines).toContain(
        `${at("news/typo-in-field.md")}: colour: unknown field 'colour'; the fields are title, date, updated, author, summary, themes, partners, image, imageAlt, imageCaption, imageCredit, imageFocus, draft, aliases, event`,
      );
      expect(errorLines).toContain(
        `${at("themes.yml")}: [2].descripton: unknown field 'descripton'; did you mean 'description'?`,
      );
    });

    test("an unknown theme or partner id lists the closest known ids", () => {
      expect(errorLines).toContain(
        `${at("news/unknown-ids.md")}: themes: unknown theme "cyber-securty" (not in themes.yml); closest: 'cyber-security' or 'smart-society'`,
      );
      expect(errorLines).toContain(
        `${at("news/unknown-ids.md")}: partners: unknown partner "vgn" (not in partners.yml); closest: 'vng' or 'municipality-of-the-hague'`,
      );
    });

    test("a YAML syntax error gives the line within the file", () => {
      expect(errorLines).toContain(
        `${at("news/broken-yaml.md")}: front matter: is not valid YAML at line 3: bad indentation of a mapping entry (a value containing ': ' must be in quotes, e.g. title: "HSD: the year ahead")`,
      );
    });

    test("draft must be true or false, and updated may not be before date: both reported at once", () => {
      expect(errorLines).toContain(`${at("news/bad-draft-and-updated.md")}: draft: must be true or false`);
      expect(errorLines).toContain(
        `${at("news/bad-draft-and-updated.md")}: updated: "2019-03-09" is before the date "2019-03-10"`,
      );
    });

    test("alias clashes name both files; an alias cannot be the article's own address", () => {
      expect(errorLines).toContain(
        `${at("news/second-owner.md")}: aliases: "shared-old-address" is also an alias in ${at("news/first-owner.md")}; an old address can lead to one article only`,
      );
      expect(errorLines).toContain(
        `${at("news/second-owner.md")}: aliases: "first-owner" is the address of ${at("news/first-owner.md")}; an alias must be an old address no other article has`,
      );
      expect(errorLines).toContain(
        `${at("news/second-owner.md")}: aliases: "second-owner" is this article's own address; list only old addresses`,
      );
    });

    test("every problem of every file is listed in one run, and nothing else", () => {
      expect(errorLines).toHaveLength(12);
    });

    test("the command prints them all and fails", () => {
      const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/check.ts"], {
        cwd: root,
        env: { ...process.env, CONTENT_DIR: errorsDir },
        encoding: "utf8",
      });
      expect(run.status).toBe(1);
      for (const line of errorLines) expect(run.stderr).toContain(line);
      expect(run.stderr).toContain("12 errors, 0 warnings; nothing is published until the errors are fixed.");
    });
  },
);

describe("npm run check: warnings for things worth a look, which do not stop publishing", { timeout: 30_000 }, () => {
  const warningLines = lines(warningsDir, path.join(warningsDir, "public"));
  const w = (file: string) => `warning: tests/fixtures/editors-warnings/${file}`;

  test("a summary over 300 characters", () => {
    expect(warningLines).toContain(
      `${w("news/long-summary.md")}: summary: is 349 characters long; cards and link previews read best under 300`,
    );
  });

  // A missing photo is an error of the image check, which opens the files (tests/unit/photos.test.ts).
  test("a logo that is not a file under public/", () => {
    expect(warningLines.filter((line) => line.includes(": image: "))).toEqual([]);
    expect(warningLines).toContain(
      `${w("partners.yml")}: [0].logo: "/images/vng-logo.svg" is not a file under public/ (looked for tests/fixtures/editors-warnings/public/images/vng-logo.svg); readers would see a broken image`,
    );
    expect(warningLines.filter((line) => line.includes("long-summary.md: image"))).toEqual([]);
  });

  test("links to /news/ addresses that are no article, or a draft; old addresses, listings, other sites and code are fine", () => {
    const linkWarnings = warningLines.filter((line) => line.includes(": body: "));
    expect(linkWarnings).toEqual([
      `${w("news/links.md")}: body: links to /news/mising-image, which is not an article; did you mean /news/missing-image?`,
      `${w("news/links.md")}: body: links to /news/no-such-article, which is not an article`,
      `${w("news/links.md")}: body: links to /news/unpublished-draft, which is a draft: readers would find no page there`,
      `${w("news/links.md")}: body: links to /news/also-not-there, which is not an article`,
    ]);
  });

  test("warnings alone let the check pass", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/check.ts"], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: warningsDir },
      encoding: "utf8",
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/no errors, \d+ warnings/);
  });
});
