/**
 * `npm run check`: validates the content folder (CONTENT_DIR, default content/)
 * with the same loader the site uses, each local photo's file (src/content/photos.ts),
 * the files in it and in public/ a browser could run (src/content/files.ts), and
 * published articles whose file disappeared without an alias (src/content/vanished.ts),
 * and lists every problem at once.
 * Exit 0 with a one-line count when all is well, 1 when there is an error.
 */
import path from "node:path";
import { checkFiles } from "../src/content/files";
import { displayPath, formatProblem, loadContent, resolveContentDir } from "../src/content/load";
import { checkPhotos } from "../src/content/photos";
import { vanishedArticleWarnings } from "../src/content/vanished";
import { now } from "../src/lib/clock";
import { buildOutputDirName } from "../src/lib/site";

async function main(): Promise<void> {
  const dir = resolveContentDir();
  const content = loadContent(dir);
  const publicDir = path.resolve(process.cwd(), "public");
  // The files a browser could run (SVGs, pages, links) are checked here only: the site serves public/ as it is.
  // A linked article is named by both; say it once.
  const seen = new Set<string>();
  const photoProblems = (await checkPhotos(content.articles, publicDir)).problems;
  // A published article whose file is gone without an alias: a rename that breaks old links (git and the last build tell).
  const vanished = vanishedArticleWarnings(content, { distDir: buildOutputDirName(), at: now() });
  const problems = [
    ...content.problems,
    ...photoProblems,
    ...checkFiles({ contentDir: dir, publicDir }),
    ...vanished,
  ].filter((problem) => {
    const line = formatProblem(problem);
    return !seen.has(line) && Boolean(seen.add(line));
  });
  const errors = problems.filter((p) => p.severity === "error");
  const warnings = problems.filter((p) => p.severity === "warning");

  for (const problem of [...errors, ...warnings]) console.error(formatProblem(problem));

  const where = displayPath(dir);
  if (errors.length > 0) {
    console.error(
      `\n${where}: ${errors.length} ${errors.length === 1 ? "error" : "errors"}, ${warnings.length} ${warnings.length === 1 ? "warning" : "warnings"}; nothing is published until the errors are fixed.`,
    );
    process.exitCode = 1;
  } else {
    const count = content.articles.length;
    const translations = content.articles.filter((article) => article.translations?.nl).length;
    const translated =
      translations > 0 ? `, ${translations} Dutch ${translations === 1 ? "translation" : "translations"}` : "";
    console.log(
      `${where}: ${count} ${count === 1 ? "article" : "articles"}${translated}, ${content.themes.length} themes, ${content.partners.length} partners: no errors${warnings.length ? `, ${warnings.length} ${warnings.length === 1 ? "warning" : "warnings"}` : ""}.`,
    );
  }
}

void main();
