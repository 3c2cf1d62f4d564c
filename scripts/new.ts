/**
 * `npm run new -- "Title of the article"`: creates news/<slug>.md in the
 * content folder (CONTENT_DIR, default content/) with today's date in
 * Amsterdam, and says where it is and where to preview it.
 */
import { displayPath, resolveContentDir } from "../src/content/load";
import { createArticle, NewArticleError } from "../src/content/scaffold";

const title = process.argv.slice(2).join(" ");
try {
  const { slug, file } = createArticle(title, resolveContentDir());
  console.log(`Created ${displayPath(file)}`);
  console.log(`Preview it: run npm run dev, then open http://localhost:3000/news/${slug}`);
  console.log("Before committing: npm run check");
} catch (error) {
  if (!(error instanceof NewArticleError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
