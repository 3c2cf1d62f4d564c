/**
 * `node --import tsx scripts/build-snapshot.ts <folder> [<parse cache file>]`:
 * the content step of `next build`, started by next.config.ts as soon as the
 * build begins.
 * 1. Reads and checks CONTENT_DIR (and each local photo's file) exactly as `npm run check` does, printing
 *    every problem; exits 1 on an error. next.config.ts waits for this step,
 *    so a broken article stops the build before the build folder is touched.
 * 2. Tells its parent the content is valid, then writes the snapshot into
 *    <folder> while the compiler runs, with the browser's search index of what is
 *    published now (Pagefind) in <folder>/pagefind; the build moves it into place after compiling.
 * With a parse cache file (src/content/parseCache.ts, in the build folder's
 * cache/), each file parsed without a problem by an earlier build with the same
 * code and the same themes and partners is taken from it instead of parsed again.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { displayPath, formatProblem, resolveContentDir } from "../src/content/load";
import { validateContentAndPhotos, writeContentSnapshot, writeStaticSearch } from "../src/content/buildSnapshot";
import { ContentError } from "../src/content/index";
import { ParseCache } from "../src/content/parseCache";

/**
 * What the parse of a file depends on besides the file and the lists: the loader's code and what it
 * imports (src/content, src/lib), the dependencies' versions (the lockfile: zod, js-yaml, gray-matter)
 * and the runtime's time zone data (dates are Amsterdam time). Hashed whole, so no edit to the code
 * can leave a stale parse in the cache for want of a version number raised by hand.
 */
function codeFingerprint(): string {
  const hash = createHash("sha256");
  const root = path.resolve(__dirname, "..");
  for (const folder of ["src/content", "src/lib"]) {
    for (const name of fs.readdirSync(path.join(root, folder)).sort()) {
      const file = path.join(root, folder, name);
      if (fs.statSync(file).isFile()) hash.update(`${folder}/${name}\0`).update(fs.readFileSync(file)).update("\0");
    }
  }
  hash.update(fs.readFileSync(path.join(root, "package-lock.json")));
  hash.update(`node ${process.versions.node} tz ${process.versions.tz ?? "?"} icu ${process.versions.icu ?? "?"}`);
  return hash.digest("base64url");
}

const folder = process.argv[2];
if (!folder) {
  console.error("usage: build-snapshot.ts <folder>");
  process.exit(2);
}
const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const dir = resolveContentDir();
const parseCache = process.argv[3] ? new ParseCache(process.argv[3], codeFingerprint()) : undefined;
const reuse = () =>
  parseCache
    ? `; ${parseCache.reused} files' parse reused from the build cache, ${parseCache.parsed} parsed and stored`
    : "";
main().catch((error: unknown) => {
  if (!(error instanceof ContentError)) throw error;
  for (const problem of error.problems) console.error(formatProblem(problem));
  console.error(`\n${displayPath(dir)}: ${error.message.split("\n")[0].replace(/:$/, "")}; nothing was built.`);
  process.exit(1);
});

async function main(): Promise<void> {
  const content = await validateContentAndPhotos(dir, { warnings: true, parseCache });
  for (const problem of content.problems) console.error(formatProblem(problem));
  process.send?.("validated");
  const { articles, drafts, translated } = writeContentSnapshot(folder, content);
  console.log(
    `content snapshot of ${displayPath(dir)}: ${articles} articles, ${translated} with a Dutch translation (${drafts} drafts left out) in ${seconds()}${reuse()}`,
  );
  const search = await writeStaticSearch(folder, content);
  console.log(
    `browser search index: ${search.records} published articles in each edition, ${search.files} files, ${Math.round(search.bytes / 1024)} KB, in ${seconds()}`,
  );
}
