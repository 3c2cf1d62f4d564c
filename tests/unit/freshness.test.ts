/**
 * Next reads a route's `revalidate` only as a literal written in its file, so every route repeats
 * the number; this holds each of them to the one setting, site.revalidateSeconds.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { site } from "@/lib/site";
import { appDir, appSourceFiles } from "./support/app-files";

/** Every `export const revalidate = …` under src/app: the file and what it says, as written. */
const declarations = appSourceFiles().flatMap((file) =>
  [
    ...fs.readFileSync(path.join(appDir, file), "utf8").matchAll(/export\s+const\s+revalidate\b[^=]*=\s*([^;\n]*)/g),
  ].map((match) => ({ file, value: match[1].trim() })),
);

describe("every route is as fresh as site.revalidateSeconds", () => {
  test("the routes that regenerate are found", () => {
    expect(declarations.length).toBeGreaterThanOrEqual(30);
  });

  test.each(declarations.map(({ file, value }) => [file, value]))("%s says revalidate = %s", (_file, value) => {
    expect(value).toBe(String(site.revalidateSeconds));
  });
});
