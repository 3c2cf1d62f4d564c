/**
 * `npm run new -- "Title of the article"`: creates news/<slug>.md in the
 * content folder (CONTENT_DIR, default content/) with today's date in
 * Amsterdam, and says where it is and where to preview it.
 * `npm run new -- --nl <slug>`: creates news/<slug>.nl.md, the Dutch
 * translation of news/<slug>.md, from the original.
 */
import { displayPath, resolveContentDir } from "../src/content/load";
import { createArticle, createTranslation, NewArticleError } from "../src/content/scaffold";
import { articlePath } from "../src/lib/routes";

/** Where `npm run dev` serves it (its port and host, see package.json). */
const DEV_SERVER = "http://localhost:3000";

const args = process.argv.slice(2);
try {
  const [first = "", ...rest] = args;
  if (first === "--nl" || first.startsWith("--nl=")) {
    const { slug, file } = createTranslation(first === "--nl" ? rest.join(" ") : first.slice("--nl=".length), resolveContentDir());
    console.log(`Created ${displayPath(file)}, the Dutch translation of ${slug}.md`);
    console.log("Translate the title (and the summary, if any), and write the Dutch text in place of the placeholder.");
    console.log(`Preview it: run npm run dev, then open ${DEV_SERVER}${articlePath("nl", slug)}`);
  } else if (first.startsWith("--")) {
    throw new NewArticleError(`Unknown option ${first}: npm run new -- "Title of the article" creates an article, npm run new -- --nl <slug> its Dutch translation`);
  } else {
    const { slug, file } = createArticle(args.join(" "), resolveContentDir());
    console.log(`Created ${displayPath(file)}`);
    console.log(`Preview it: run npm run dev, then open ${DEV_SERVER}${articlePath("en", slug)}`);
  }
  console.log("Before committing: npm run check");
} catch (error) {
  if (!(error instanceof NewArticleError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
