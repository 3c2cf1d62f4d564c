/**
 * `npm run rename -- <old-slug> <new-slug>`: gives an article a new address. Moves
 * news/<old-slug>.md and its translation (news/<old-slug>.nl.md) to the new name in the
 * content folder (CONTENT_DIR, default content/) and adds the old slug to the article's
 * aliases, so links to the old address keep working (src/content/rename.ts).
 */
import { resolveContentDir } from "../src/content/load";
import { renameArticle, RenameError } from "../src/content/rename";
import { EDITIONS } from "../src/lib/editions";
import { articlePath } from "../src/lib/routes";

try {
  const args = process.argv.slice(2);
  if (args.length !== 2)
    throw new RenameError("Give the article's address and its new one: npm run rename -- <old-slug> <new-slug>");
  const renamed = renameArticle(args[0], args[1], resolveContentDir());
  for (const { from, to } of renamed.moved) console.log(`Moved ${from} to ${to}`);
  const old = EDITIONS.map((edition) => articlePath(edition, renamed.from)).join(" and ");
  console.log(`Added ${renamed.from} to aliases in ${renamed.file}: ${old} now lead to the new address.`);
  if (renamed.announcesEvent) {
    console.log(
      "This article announces an event: readers who added it to their calendar keep the old entry, and will see the event twice once they add it again.",
    );
  }
  console.log("Before committing: npm run check");
} catch (error) {
  if (!(error instanceof RenameError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
