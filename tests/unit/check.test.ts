import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, test } from "vitest";

const projectRoot = path.resolve(__dirname, "../..");

/** `npm run check` as an editor runs it, without npm's banner: the same command the script names. */
function runCheck(contentDir: string) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/check.ts"], {
    cwd: projectRoot,
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: "utf8",
  });
  return { exitCode: result.status, stdout: result.stdout, stderr: result.stderr };
}

function nonEmptyLines(text: string): string[] {
  return text.split("\n").filter((line) => line.trim() !== "");
}

describe("npm run check", { timeout: 30_000 }, () => {
  test("exits 0 with a one-line count when the content is valid", () => {
    const { exitCode, stdout, stderr } = runCheck("tests/fixtures/valid");
    expect(stderr).toBe("");
    expect(nonEmptyLines(stdout)).toEqual(["tests/fixtures/valid: 3 articles, 2 themes, 2 partners: no errors."]);
    expect(exitCode).toBe(0);
  });

  test("exits 1 and prints every error, a line each, when files are broken", () => {
    const { exitCode, stdout, stderr } = runCheck("tests/fixtures/broken");
    expect(exitCode).toBe(1);
    expect(stdout).toBe("");
    expect(nonEmptyLines(stderr)).toEqual([
      `tests/fixtures/broken/news/Bad Name.md: file name: "Bad Name" is not a valid slug: use lower-case letters, digits and single hyphens, e.g. signing-of-smart-society-declaration.md`,
      `tests/fixtures/broken/news/impossible-date.md: date: "2019-02-30" is not a real date`,
      `tests/fixtures/broken/news/no-front-matter.md: front matter: is missing: an article starts with a '---' line, then title and date, then another '---' line`,
      `tests/fixtures/broken/news/two-problems.md: themes: unknown theme "space-travel" (not in themes.yml); closest: 'smart-society' or 'urban-security'`,
      `tests/fixtures/broken/news/two-problems.md: imageAlt: is required when image is set: describe the image for readers who cannot see it`,
      // A file's warnings come with its errors, not one round of fixes later.
      `tests/fixtures/broken/news/two-problems.md: image: "/images/photo.jpg" is not a file under public/ (looked for public/images/photo.jpg): add the photo there, or correct the path`,
      "tests/fixtures/broken: 6 errors, 0 warnings; nothing is published until the errors are fixed.",
    ]);
  });

  test("checks the real content by default, and it passes", () => {
    const { exitCode, stdout } = runCheck("");
    expect(exitCode).toBe(0);
    expect(nonEmptyLines(stdout)).toEqual([
      expect.stringMatching(
        /^content: \d+ articles, (\d+ Dutch translations?, )?\d+ themes, \d+ partners: no errors(, \d+ warnings)?\.$/,
      ),
    ]);
  });
});
