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

/** The port `npm run dev` (`next dev`) listens on: PORT when it is set, as for the dev server itself, else Next's 3000. */
const port = process.env.PORT?.trim() || "3000";
const DEV_SERVER = `http://localhost:${port}`;
/** How to choose another port, and what happens when this one is taken. */
const PORT_ADVICE =
  `The preview uses port ${port}. To use another: PORT=3001 npm run dev (and PORT=3001 npm run new prints its addresses). ` +
  `If port ${port} is taken, npm run dev says which port it uses instead: open the same address with that port.`;

const args = process.argv.slice(2);
try {
  const [first = "", ...rest] = args;
  if (first === "--nl" || first.startsWith("--nl=")) {
    const { slug, file } = createTranslation(
      first === "--nl" ? rest.join(" ") : first.slice("--nl=".length),
      resolveContentDir(),
    );
    console.log(`Created ${displayPath(file)}, the Dutch translation of ${slug}.md`);
    console.log("Translate the title (and the summary, if any), and write the Dutch text in place of the placeholder.");
    console.log(`Preview it: run npm run dev, then open ${DEV_SERVER}${articlePath("nl", slug)}`);
    console.log(PORT_ADVICE);
  } else if (first.startsWith("--")) {
    throw new NewArticleError(
      `Unknown option ${first}: npm run new -- "Title of the article" creates an article, npm run new -- --nl <slug> its Dutch translation`,
    );
  } else {
    const { slug, file } = createArticle(args.join(" "), resolveContentDir());
    console.log(`Created ${displayPath(file)}`);
    console.log(`Preview it: run npm run dev, then open ${DEV_SERVER}${articlePath("en", slug)}`);
    console.log(PORT_ADVICE);
  }
  console.log("Before committing: npm run check");
} catch (error) {
  if (!(error instanceof NewArticleError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
