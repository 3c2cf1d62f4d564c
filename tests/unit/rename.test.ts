/**
 * `npm run rename -- <old-slug> <new-slug>` (the files move, the old address becomes an alias) and
 * the check's warning when a published article's file disappeared without an alias, as git or the
 * last build's snapshot shows it.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { writeContentSnapshot } from "@/content/buildSnapshot";
import { loadContent } from "@/content/load";
import { withAlias } from "@/content/rename";
import { vanishedArticleWarnings } from "@/content/vanished";
import { article, contentWith, removeContentFolders } from "./support/content-fixture";

afterAll(removeContentFolders);

const root = path.resolve(__dirname, "../..");
const at = Date.UTC(2026, 0, 1);

function run(script: "rename" | "check", contentDir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", `scripts/${script}.ts`, ...args], {
    cwd: root,
    // No build folder of the project's own: the check's snapshot witness is tested below with one made here.
    env: { ...process.env, CONTENT_DIR: contentDir, NEXT_DIST_DIR: path.join(contentDir, "no-build") },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const news = (dir: string) => fs.readdirSync(path.join(dir, "news")).sort();
const read = (dir: string, name: string) => fs.readFileSync(path.join(dir, "news", name), "utf8");

describe("npm run rename", { timeout: 30_000 }, () => {
  test("moves the article and its translation, adds the old address to aliases, and the check passes", () => {
    const dir = contentWith({
      "hsd-cafe-on-urban-securty.md": article(
        "title: HSD Café\ndate: 2019-03-26\n# a comment the editor wrote\nthemes: [urban-security]",
      ),
      "hsd-cafe-on-urban-securty.nl.md": article("title: HSD Café (NL)", "De Nederlandse tekst."),
      "other.md": article("title: Other\ndate: 2019-03-27", "See [the café](/news/hsd-cafe-on-urban-securty)."),
    });
    const { status, stdout } = run("rename", dir, "hsd-cafe-on-urban-securty", "hsd-cafe-on-urban-security");
    expect(status).toBe(0);
    expect(news(dir)).toEqual(["hsd-cafe-on-urban-security.md", "hsd-cafe-on-urban-security.nl.md", "other.md"]);
    expect(read(dir, "hsd-cafe-on-urban-security.md")).toBe(
      article(
        "title: HSD Café\ndate: 2019-03-26\n# a comment the editor wrote\nthemes: [urban-security]\naliases: [hsd-cafe-on-urban-securty]",
      ),
    );
    expect(read(dir, "hsd-cafe-on-urban-security.nl.md")).toBe(
      article("title: HSD Café (NL)", "De Nederlandse tekst."),
    );
    expect(stdout).toContain("Added hsd-cafe-on-urban-securty to aliases in ");
    expect(stdout).toContain(
      "/news/hsd-cafe-on-urban-securty and /nl/nieuws/hsd-cafe-on-urban-securty now lead to the new address.",
    );
    const check = run("check", dir);
    expect(check.stderr).toBe("");
    expect(check.status).toBe(0);
  });

  test("keeps earlier aliases, in either way of writing a list, and an address moved back to is no alias any more", () => {
    expect(withAlias(article("title: A\ndate: 2019-03-20\naliases: [first-name, second-name]"), "third-name")).toBe(
      article("title: A\ndate: 2019-03-20\naliases: [first-name, second-name, third-name]"),
    );
    expect(
      withAlias(
        article("title: A\ndate: 2019-03-20\naliases:\n  - first-name\n  - second-name\ndraft: false"),
        "third-name",
      ),
    ).toBe(
      article("title: A\ndate: 2019-03-20\naliases:\n  - first-name\n  - second-name\n  - third-name\ndraft: false"),
    );
    expect(
      withAlias(article("title: A\ndate: 2019-03-20\naliases: [first-name, second-name]"), "third-name", "first-name"),
    ).toBe(article("title: A\ndate: 2019-03-20\naliases: [second-name, third-name]"));
    expect(withAlias("---\r\ntitle: A\r\ndate: 2019-03-20\r\n---\r\n\r\nBody.\r\n", "old")).toBe(
      "---\r\ntitle: A\r\ndate: 2019-03-20\r\naliases: [old]\r\n---\r\n\r\nBody.\r\n",
    );
  });

  test("refuses, moving nothing, an unknown article, an address that is not a slug, and one that is taken", () => {
    const dir = contentWith({
      "first-article.md": article("title: First\ndate: 2019-03-20"),
      "second.md": article("title: Second\ndate: 2019-03-21\naliases: [taken-old]"),
    });
    const before = news(dir);
    const refusals = [
      [["frist-article", "new-name"], /^There is no .*news\/frist-article\.md; did you mean first-article\?$/],
      [
        ["first-article", "New Name"],
        /^"New Name" is not a valid address: use lower-case letters, digits and single hyphens, e\.g\. new-name$/,
      ],
      [
        ["first-article", "second"],
        /^.*news\/second\.md exists already: choose another address \(nothing was moved\)$/,
      ],
      [
        ["first-article", "taken-old"],
        /^"taken-old" is an old address of .*news\/second\.md, where it leads: choose another address \(nothing was moved\)$/,
      ],
      [["first-article"], /^Give the article's address and its new one: npm run rename -- <old-slug> <new-slug>$/],
    ] as const;
    for (const [args, message] of refusals) {
      const { status, stderr } = run("rename", dir, ...args);
      expect(status, args.join(" ")).toBe(1);
      expect(stderr.trim()).toMatch(message);
    }
    expect(news(dir)).toEqual(before);
  });
});

describe("npm run check: a published article whose file disappeared without an alias", { timeout: 30_000 }, () => {
  function gitIn(dir: string, ...args: string[]) {
    const result = spawnSync(
      "git",
      ["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", ...args],
      { cwd: dir, encoding: "utf8" },
    );
    if (result.status !== 0) throw new Error(result.stderr);
  }
  function committedFolder() {
    const dir = contentWith({
      "old-name.md": article("title: Old name\ndate: 2019-03-20"),
      "a-draft.md": article("title: A draft\ndate: 2019-03-21\ndraft: true"),
      "other.md": article("title: Other\ndate: 2019-03-22"),
    });
    gitIn(dir, "init", "-q");
    gitIn(dir, "add", ".");
    gitIn(dir, "commit", "-qm", "content");
    return dir;
  }

  test("a file moved by hand since the last commit is named, with what to do; a draft's is not", () => {
    const dir = committedFolder();
    fs.renameSync(path.join(dir, "news/old-name.md"), path.join(dir, "news/new-name.md"));
    fs.rmSync(path.join(dir, "news/a-draft.md"));
    const { status, stderr } = run("check", dir);
    expect(status).toBe(0);
    expect(stderr.trim().split("\n")).toEqual([
      `warning: ${dir}/news/old-name.md: file: was published at /news/old-name (in git's last commit) and is gone, and no article has old-name in its aliases: links to it now end in "Page not found". ` +
        "If the article was renamed, add aliases: [old-name] to it (npm run rename -- <old> <new> moves the files and adds the alias); if it was withdrawn on purpose, nothing needs doing",
    ]);
  });

  test("npm run rename leaves nothing to warn about", () => {
    const dir = committedFolder();
    expect(run("rename", dir, "old-name", "new-name").status).toBe(0);
    const { status, stderr } = run("check", dir);
    expect(stderr).toBe("");
    expect(status).toBe(0);
  });

  test("the last build's snapshot is the witness when git is not: an article it published that is gone", () => {
    const dir = contentWith({
      "old-name.md": article("title: Old name\ndate: 2019-03-20"),
      "later.md": article("title: Later\ndate: 2030-01-01"),
    });
    const distDir = path.join(dir, "build");
    writeContentSnapshot(path.join(distDir, "hsd-content"), loadContent(dir));
    fs.rmSync(path.join(dir, "news/old-name.md"));
    fs.rmSync(path.join(dir, "news/later.md"));
    const warnings = vanishedArticleWarnings(loadContent(dir), { distDir, at });
    // The scheduled one was never published: taking it back breaks no link.
    expect(warnings.map((warning) => [warning.file, warning.message.split(" and is gone")[0]])).toEqual([
      [`${dir}/news/old-name.md`, `was published at /news/old-name (in the last build (${distDir}))`],
    ]);
    fs.writeFileSync(
      path.join(dir, "news/renamed.md"),
      article("title: Renamed\ndate: 2019-03-20\naliases: [old-name]"),
    );
    expect(vanishedArticleWarnings(loadContent(dir), { distDir, at })).toEqual([]);
  });
});
