/** The source files of the routes, src/app, as the tests that hold route files to one rule read them. */
import fs from "node:fs";
import path from "node:path";

export const appDir = path.resolve(__dirname, "../../../src/app");

/** Every .ts and .tsx file below `dir`, as paths relative to src/app. */
export function appSourceFiles(dir: string = appDir): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file))
    .sort();
}
