/**
 * The front door answers a Dutch address that names nothing with the Dutch 404 page, before Next
 * looks at it (src/lib/routes.ts, addressOf, kind "nothing"). So every route folder of the Dutch
 * edition must be known there: a new Dutch page or file that routes.ts does not know would be a 404
 * for every reader, and only a browser test of that page would say so. This walks src/app/(nl)/nl.
 */
import path from "node:path";
import { describe, expect, test } from "vitest";
import { addressOf, dutchNotFoundDocumentPath } from "@/lib/routes";
import { appDir, isParameter, isRouteGroup, routeFolders } from "./support/app-files";

const dutchRoot = path.join(appDir, "(nl)/nl");

/** A path the folder's route answers: a parameter becomes an id-like word; route groups leave no segment. */
function samplePath(segments: string[]): string[] | undefined {
  if (segments.some((segment) => segment.startsWith("[..."))) return undefined; // the catch-all is the 404 itself
  const sample = segments
    .filter((segment) => !isRouteGroup(segment))
    .map((segment) => (isParameter(segment) ? (segment === "[page]" ? "2" : "smart-society") : segment));
  return ["nl", ...sample];
}

describe("every route of the Dutch edition is known to the front door", () => {
  const folders = routeFolders(dutchRoot)
    .map(samplePath)
    .filter((sample): sample is string[] => sample !== undefined)
    .filter((sample) => `/${sample.join("/")}` !== dutchNotFoundDocumentPath());

  test("the walk finds the edition's routes", () => {
    expect(folders.map((sample) => `/${sample.join("/")}`)).toEqual(
      expect.arrayContaining(["/nl", "/nl/nieuws", "/nl/nieuws/smart-society", "/nl/zoeken"]),
    );
  });

  test.each(folders.map((sample) => [`/${sample.join("/")}`, sample] as const))(
    "%s names something",
    (_path, sample) => {
      expect(addressOf(sample)).not.toEqual({ edition: "nl", kind: "nothing" });
    },
  );
});
