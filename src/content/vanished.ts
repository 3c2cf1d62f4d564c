/**
 * For `npm run check`: articles that were published and whose file is gone, with no article
 * carrying their slug as an alias. That is how a rename without an alias looks, and it breaks
 * every link to the old address. Two witnesses are asked, each cheaply: git (files deleted since
 * the last commit, read as they were committed) and the snapshot of the last build (the articles it
 * served). A file withdrawn on purpose is reported too; the warning says so.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseContentDate } from "../lib/dates";
import { articlePath } from "../lib/routes";
import { parseYaml } from "./frontMatter";
import type { LoadedContent } from "./load";
import type { ContentProblem } from "./model";
import { displayPath } from "./problems";
import { snapshotDir } from "./snapshot";

export interface VanishedOptions {
  /** The last build's folder (NEXT_DIST_DIR, default .next); its snapshot is read when there is one. */
  distDir?: string;
  /** The moment "published" is judged at (epoch ms). */
  at: number;
}

/** An article file name: `<slug>.md`, not a translation's `<slug>.<language>.md`. */
const ARTICLE_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

function git(cwd: string, args: string[]): string | undefined {
  const result = spawnSync("git", args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return result.status === 0 ? result.stdout : undefined;
}

/** Whether committed front matter says the article was published at `at`: not a draft, dated at or before it. */
function wasPublished(text: string, at: number): boolean {
  const frontMatter = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/.exec(text)?.[1];
  if (frontMatter === undefined) return false;
  let data: { draft?: unknown; date?: unknown } | null;
  try {
    data = parseYaml(frontMatter) as typeof data;
  } catch {
    return false;
  }
  if (!data || data.draft === true || typeof data.date !== "string") return false;
  const date = parseContentDate(data.date.trim());
  return date.ok && date.value.epochMs <= at;
}

/** Slugs of published articles whose file git's last commit has and the folder no longer does. */
function deletedSinceLastCommit(newsDir: string, at: number): string[] {
  if (!fs.existsSync(newsDir)) return [];
  const top = git(newsDir, ["rev-parse", "--show-toplevel"])?.trim();
  if (!top) return [];
  // Staged or not, and a `git mv` too: --no-renames shows the old name as deleted.
  const deleted = git(top, [
    "diff",
    "--no-renames",
    "--diff-filter=D",
    "--name-only",
    "HEAD",
    "--",
    path.relative(top, newsDir) || ".",
  ]);
  if (!deleted) return [];
  return deleted
    .split("\n")
    .filter(
      (file) =>
        ARTICLE_FILE.test(path.basename(file)) && path.dirname(path.resolve(top, file)) === path.resolve(newsDir),
    )
    .filter((file) => wasPublished(git(top, ["show", `HEAD:${file}`]) ?? "", at))
    .map((file) => path.basename(file, ".md"));
}

/** Slugs of the articles the last build of this folder published by `at`. */
function publishedInLastBuild(distDir: string, newsShownAs: string, at: number): string[] {
  let index: { articles?: { slug: string; file: string; date: { epochMs: number } }[] };
  try {
    index = JSON.parse(fs.readFileSync(path.join(snapshotDir(distDir), "index.json"), "utf8"));
  } catch {
    return [];
  }
  // A build of another content folder (a test's, the benchmark's) says nothing about this one.
  return (index.articles ?? [])
    .filter((article) => path.posix.dirname(article.file) === newsShownAs && article.date.epochMs <= at)
    .map((article) => article.slug);
}

/** A warning for each published article whose file disappeared without an alias to its address. */
export function vanishedArticleWarnings(
  content: Pick<LoadedContent, "dir" | "articles" | "rejectedArticles">,
  { distDir, at }: VanishedOptions,
): ContentProblem[] {
  const newsDir = path.join(content.dir, "news");
  const newsShownAs = displayPath(newsDir);
  const present = new Set([
    ...content.articles.map((article) => article.slug),
    ...content.rejectedArticles.map((rejected) => rejected.slug),
  ]);
  const aliases = new Set(content.articles.flatMap((article) => article.aliases));
  const witnesses = new Map<string, string>();
  for (const slug of deletedSinceLastCommit(newsDir, at)) witnesses.set(slug, "in git's last commit");
  if (distDir !== undefined)
    for (const slug of publishedInLastBuild(distDir, newsShownAs, at))
      if (!witnesses.has(slug)) witnesses.set(slug, `in the last build (${distDir})`);
  const problems: ContentProblem[] = [];
  for (const [slug, witness] of [...witnesses].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (present.has(slug) || aliases.has(slug)) continue;
    problems.push({
      file: `${newsShownAs}/${slug}.md`,
      field: "file",
      message:
        `was published at ${articlePath("en", slug)} (${witness}) and is gone, and no article has ${slug} in its aliases: links to it now end in "Page not found". ` +
        `If the article was renamed, add aliases: [${slug}] to it (npm run rename -- <old> <new> moves the files and adds the alias); if it was withdrawn on purpose, nothing needs doing`,
      severity: "warning",
    });
  }
  return problems;
}
