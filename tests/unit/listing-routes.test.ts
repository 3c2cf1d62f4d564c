/**
 * Next gives a page the stylesheets of what its route file imports, in that order. So the
 * component particular to one kind of listing is imported by that kind's route files, at a fixed
 * place: imported by listingRoute.tsx it would style every listing page, and moved in a route file
 * it would move its styles against the cards' (a theme's lead and the events' page before them, a
 * partner's profile after them), regrouping the site's CSS. Read from the source, no build.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { appDir, appSourceFiles } from "./support/app-files";

/** Each kind's own component, and whether its route files import it before or after listingRoute. */
const KIND_COMPONENTS: Record<string, { component: string; place: "before" | "after" }> = {
  theme: { component: "ThemeLead", place: "before" },
  events: { component: "EventsListing", place: "before" },
  partner: { component: "PartnerProfile", place: "after" },
};

/** The modules a file imports for their values (not `import type`), in order. */
function valueImports(source: string): string[] {
  return [...source.matchAll(/^import\s+(?!type\s)[^;]*?from\s+"([^"]+)";/gms)].map((match) => match[1]);
}

const listingRouteFiles = appSourceFiles()
  .map((file) => ({ file, source: fs.readFileSync(path.join(appDir, file), "utf8") }))
  .flatMap(({ file, source }) => {
    const kind = /listingRoute\("(?:en|nl)", "(\w+)"/.exec(source)?.[1];
    return kind ? [{ file, kind, imports: valueImports(source) }] : [];
  });

describe("each listing page gets its own kind's styles, in their place", () => {
  test("listingRoute.tsx imports no kind's own component but as a type", () => {
    const imports = valueImports(fs.readFileSync(path.join(appDir, "_routes/listingRoute.tsx"), "utf8"));
    for (const { component } of Object.values(KIND_COMPONENTS))
      expect(imports).not.toContain(`@/components/${component}`);
  });

  test("the route files of every kind, position and edition are found", () => {
    expect(listingRouteFiles).toHaveLength(16);
  });

  test.each(listingRouteFiles.map(({ file, kind, imports }) => [file, kind, imports] as const))(
    "%s (%s)",
    (_file, kind, imports) => {
      const own = KIND_COMPONENTS[kind];
      const route = imports.indexOf("@/app/_routes/listingRoute");
      expect(route).toBeGreaterThanOrEqual(0);
      if (!own) {
        expect(imports.filter((module) => module.startsWith("@/components/"))).toEqual([]);
        return;
      }
      const component = imports.indexOf(`@/components/${own.component}`);
      expect(component).toBeGreaterThanOrEqual(0);
      expect(component < route ? "before" : "after").toBe(own.place);
    },
  );
});
