/**
 * `npm run check`: validates the content folder (CONTENT_DIR, default content/)
 * with the same loader the site uses, and lists every problem at once.
 * Exit 0 with a one-line count when all is well, 1 when there is an error.
 */
import { displayPath, formatProblem, loadContent, resolveContentDir } from "../src/content/load";

const dir = resolveContentDir();
const content = loadContent(dir);
const errors = content.problems.filter((p) => p.severity === "error");
const warnings = content.problems.filter((p) => p.severity === "warning");

for (const problem of [...errors, ...warnings]) console.error(formatProblem(problem));

const where = displayPath(dir);
if (errors.length > 0) {
  console.error(`\n${where}: ${errors.length} ${errors.length === 1 ? "error" : "errors"}, ${warnings.length} ${warnings.length === 1 ? "warning" : "warnings"}; nothing is published until the errors are fixed.`);
  process.exitCode = 1;
} else {
  const count = content.articles.length;
  console.log(`${where}: ${count} ${count === 1 ? "article" : "articles"}, ${content.themes.length} themes, ${content.partners.length} partners: no errors${warnings.length ? `, ${warnings.length} warnings` : ""}.`);
}
