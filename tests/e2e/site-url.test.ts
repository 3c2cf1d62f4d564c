/**
 * A build without SITE_URL says once, clearly, that its absolute links point at localhost.
 * The main e2e site is built without SITE_URL (tests serve it on a random port), so its build output
 * is the evidence; with SITE_URL set in the environment the warning must be absent instead.
 */
import { expect, inject, test } from "vitest";

const output = inject("mainBuildOutput");
const warnings = output.split("\n").filter((line) => line.includes("SITE_URL is not set"));

test.runIf(!process.env.SITE_URL)(
  "next build without SITE_URL prints one warning naming what will point at localhost",
  () => {
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("canonical links, feeds, sitemap, link previews, structured data");
    expect(warnings[0]).toContain("http://localhost:3000");
    expect(warnings[0]).toContain("SITE_URL=https://");
  },
);

test.runIf(Boolean(process.env.SITE_URL))("next build with SITE_URL prints no such warning", () => {
  expect(warnings).toEqual([]);
});
