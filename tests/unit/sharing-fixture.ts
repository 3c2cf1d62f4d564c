import path from "node:path";
import { PublicationView } from "@/content";
import { loadContent } from "@/content/load";

export const sharingFixtureDir = path.resolve(__dirname, "../fixtures/sharing");

/** The content index of tests/fixtures/sharing, failing loudly if the fixture itself has errors. */
export function sharingIndex(dir: string = sharingFixtureDir): PublicationView {
  const content = loadContent(dir);
  const errors = content.problems.filter((p) => p.severity === "error");
  if (errors.length > 0) throw new Error(`fixture has errors: ${JSON.stringify(errors)}`);
  return PublicationView.of(content);
}
