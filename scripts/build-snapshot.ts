/**
 * `node --import tsx scripts/build-snapshot.ts <folder>`: validates CONTENT_DIR
 * and writes its snapshot into <folder>. next.config.ts starts it at the
 * beginning of `next build`, so that it runs beside the compiler, and moves
 * the result into the build output after compiling. Exits 1 with every
 * content error listed, one per line, when the content is broken.
 */
import { ContentError } from "../src/content/index";
import { buildContentSnapshot } from "../src/content/buildSnapshot";

const folder = process.argv[2];
if (!folder) {
  console.error("usage: build-snapshot.ts <folder>");
  process.exit(2);
}
const started = performance.now();
try {
  const { articles, drafts } = buildContentSnapshot(folder);
  console.log(`content snapshot: ${articles} articles (${drafts} drafts left out) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(error instanceof ContentError ? error.message : error);
  process.exit(1);
}
