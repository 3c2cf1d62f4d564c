/**
 * `node --import tsx scripts/build-snapshot.ts <folder>`: the content step of
 * `next build`, started by next.config.ts as soon as the build begins.
 * 1. Reads and checks CONTENT_DIR (and each local photo's file) exactly as `npm run check` does, printing
 *    every problem; exits 1 on an error. next.config.ts waits for this step,
 *    so a broken article stops the build before the build folder is touched.
 * 2. Tells its parent the content is valid, then writes the snapshot into
 *    <folder> while the compiler runs; the build moves it into place after compiling.
 */
import { displayPath, formatProblem, resolveContentDir } from "../src/content/load";
import { validateContentAndPhotos, writeContentSnapshot } from "../src/content/buildSnapshot";
import { ContentError } from "../src/content/index";

const folder = process.argv[2];
if (!folder) {
  console.error("usage: build-snapshot.ts <folder>");
  process.exit(2);
}
const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const dir = resolveContentDir();
validateContentAndPhotos(dir, { warnings: true }).then(
  (content) => {
    for (const problem of content.problems) console.error(formatProblem(problem));
    process.send?.("validated");
    const { articles, drafts, translated } = writeContentSnapshot(folder, content);
    console.log(`content snapshot of ${displayPath(dir)}: ${articles} articles, ${translated} with a Dutch translation (${drafts} drafts left out) in ${seconds()}`);
  },
  (error: unknown) => {
    if (!(error instanceof ContentError)) throw error;
    for (const problem of error.problems) console.error(formatProblem(problem));
    console.error(`\n${displayPath(dir)}: ${error.message.split("\n")[0].replace(/:$/, "")}; nothing was built.`);
    process.exit(1);
  },
);
