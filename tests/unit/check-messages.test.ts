/**
 * The check's messages as a first-time editor meets them: one message per mistake,
 * entries counted as people count, a theme's or partner's name answered with its id, dates in
 * other common forms answered with the exact form, warnings listed with the errors of the same
 * file, counts in words ("1 warning"), and links to either edition's article addresses checked.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { formatProblem, loadContent } from "@/content/load";
import { article, contentWith, removeContentFolders } from "./support/content-fixture";

afterAll(removeContentFolders);

const projectRoot = path.resolve(__dirname, "../..");

/** The lines `npm run check` prints for a folder holding these news/ files, in the loader's order, with the file name alone. */
function linesFor(files: Record<string, string>): string[] {
  const dir = contentWith(files);
  return loadContent(dir, { publicDir: path.join(dir, "public") }).problems.map((problem) =>
    formatProblem(problem).replace(`${dir}/news/`, ""),
  );
}

describe("themes and partners: one message per mistake", () => {
  test("a theme's name written instead of its id: one message, giving the id to write", () => {
    expect(linesFor({ "a.md": article("title: A\ndate: 2019-03-20\nthemes: [Smart Society]") })).toEqual([
      `a.md: themes: "Smart Society" is the name of the theme 'smart-society': write smart-society`,
    ]);
  });

  test("a partner's name, whatever its case and spacing, the same way", () => {
    expect(linesFor({ "a.md": article("title: A\ndate: 2019-03-20\npartners: [municipality of the  Hague]") })).toEqual(
      [
        `a.md: partners: "municipality of the  Hague" is the name of the partner 'municipality-of-the-hague': write municipality-of-the-hague`,
      ],
    );
  });

  test("an id that is no id and no name: one message with the closest ids, not a second one about its form", () => {
    expect(linesFor({ "a.md": article("title: A\ndate: 2019-03-20\nthemes: [smart-society, Urban Safety]") })).toEqual([
      `a.md: themes: unknown theme "Urban Safety" (not in themes.yml); closest: 'urban-security' or 'smart-society'`,
    ]);
  });

  test("an entry that is not text is named by its place in the list as people count, not [1]", () => {
    expect(linesFor({ "a.md": article("title: A\ndate: 2019-03-20\nthemes: [smart-society, 42]") })).toEqual([
      "a.md: themes: the second theme is not text: write themes as words joined by hyphens, e.g. [cyber-security]",
    ]);
  });

  test("the same id twice, and an alias that is no address, each once", () => {
    expect(
      linesFor({ "a.md": article("title: A\ndate: 2019-03-20\npartners: [vng, vng]\naliases: [Old Name]") }),
    ).toEqual([
      `a.md: partners: lists "vng" twice`,
      `a.md: aliases: "Old Name" is not a valid alias: an old address is written like a file name without .md, lower-case letters, digits and single hyphens`,
    ]);
  });
});

describe("dates in a common European form: the exact form to write", () => {
  test.each([
    ["15-01-2027 09:00", "2027-01-15T09:00"],
    ["15/01/2027 09:00", "2027-01-15T09:00"],
    ["15 januari 2027", "2027-01-15"],
  ])("date: %s", (written, meant) => {
    expect(linesFor({ "a.md": article(`title: A\ndate: ${written}`) })).toEqual([
      `a.md: date: "${written}" is not a date of the form YYYY-MM-DD or YYYY-MM-DDTHH:mm; did you mean ${meant}?`,
    ]);
  });

  test("an event's start the same way", () => {
    expect(
      linesFor({
        "a.md": article("title: A\ndate: 2019-03-20\nevent:\n  start: 16-01-2027 14:00\n  location: HSD Campus"),
      }),
    ).toEqual([
      `a.md: event.start: "16-01-2027 14:00" is not a date of the form YYYY-MM-DD or YYYY-MM-DDTHH:mm; did you mean 2027-01-16T14:00?`,
    ]);
  });
});

describe("a missing photo and the warnings come with the errors of the same file", () => {
  test("a missing image is named in the same run as the file's error", () => {
    expect(
      linesFor({ "a.md": article("title: A\ndate: 2019-02-30\nimage: /images/missing.jpg\nimageAlt: A photo") }),
    ).toEqual([
      `a.md: date: "2019-02-30" is not a real date`,
      expect.stringMatching(/^a\.md: image: "\/images\/missing\.jpg" is not a file under public\/ /),
    ]);
  });
});

describe("warnings come with the errors of the same translation", () => {
  test("a translation's field of the original and its untranslated title, in one run", () => {
    expect(
      linesFor({
        "original.md": article("title: The original\ndate: 2019-03-20"),
        "original.nl.md": article("title: The original\nthemes: [smart-society]", "De tekst."),
      }),
    ).toEqual([
      "original.nl.md: themes: comes from original.md; remove it here",
      "warning: original.nl.md: title: is the same as in original.md: translate it (if it reads the same in Dutch, leave it)",
    ]);
  });
});

describe("links to article addresses of both editions", () => {
  test("a Dutch address that is no article is named as written, with the Dutch address meant", () => {
    const lines = linesFor({
      "target-article.md": article("title: Target\ndate: 2019-03-20"),
      "target-article.nl.md": article(
        "title: Doel",
        "Zie [het andere artikel](/nl/nieuws/target-artcle) en [deze](/nl/nieuws/target-article).",
      ),
      "linking.md": article(
        "title: Linking\ndate: 2019-03-21",
        "See [the other](/news/target-artcle) and [its Dutch page](/nl/nieuws/no-such-thing).",
      ),
    });
    expect(lines).toEqual([
      "warning: linking.md: body: links to /news/target-artcle, which is not an article; did you mean /news/target-article?",
      "warning: linking.md: body: links to /nl/nieuws/no-such-thing, which is not an article",
      "warning: target-article.nl.md: body: links to /nl/nieuws/target-artcle, which is not an article; did you mean /nl/nieuws/target-article?",
    ]);
  });
});

describe("counts in words, singular and plural, in both summaries", () => {
  function runCheck(files: Record<string, string>) {
    const dir = contentWith(files);
    fs.mkdirSync(path.join(dir, "public"));
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/check.ts"], {
      cwd: projectRoot,
      env: { ...process.env, CONTENT_DIR: dir },
      encoding: "utf8",
    });
    // The summary is the one line that starts with the folder itself (problems start with a file in it, or "warning:").
    const summary = `${result.stdout}\n${result.stderr}`.split("\n").find((line) => line.startsWith(`${dir}: `));
    return { status: result.status, last: summary?.replace(dir, "<dir>") };
  }
  const oneWarning = article("title: A\ndate: 2019-03-20", "See [this](/news/nowhere).");

  test("1 warning, no errors", { timeout: 30_000 }, () => {
    expect(runCheck({ "a.md": oneWarning })).toEqual({
      status: 0,
      last: "<dir>: 1 article, 2 themes, 2 partners: no errors, 1 warning.",
    });
  });

  test("1 error, 1 warning", { timeout: 30_000 }, () => {
    expect(runCheck({ "a.md": oneWarning, "b.md": article("title: B\ndate: 2019-02-30") })).toEqual({
      status: 1,
      last: "<dir>: 1 error, 1 warning; nothing is published until the errors are fixed.",
    });
  });
});
