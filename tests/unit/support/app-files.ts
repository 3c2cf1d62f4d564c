/** The source files and route folders of src/app, as the tests that hold the routes to one rule read them. */
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

/** Every folder below `dir` that holds a page or a route handler, as its path segments from `dir` (route groups and parameters as written). */
export function routeFolders(dir: string, segments: string[] = []): string[][] {
  const entries = fs.readdirSync(dir, { withFileTypes: true });
  const here = entries.some((entry) => entry.isFile() && /^(page|route)\.tsx?$/.test(entry.name)) ? [segments] : [];
  return [
    ...here,
    ...entries
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) => routeFolders(path.join(dir, entry.name), [...segments, entry.name])),
  ];
}

/** A route group, `(en)`: a folder that adds no segment to the address. */
export const isRouteGroup = (segment: string) => /^\(.*\)$/.test(segment);
/** A parameter, `[slug]` or `[...file]`. */
export const isParameter = (segment: string) => /^\[.*\]$/.test(segment);
/** A private folder, `_routes`: never a route. */
export const isPrivate = (segment: string) => segment.startsWith("_");
