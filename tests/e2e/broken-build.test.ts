/**
 * A broken article must stop `next build`, naming its file and field, the
 * same line `npm run check` prints. One build of a small fixture.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { tempContentDir } from "./support/content";
import { buildSite, projectRoot, type BuildResult } from "./support/site";

let contentDir: string;
let build: BuildResult;

beforeAll(() => {
  contentDir = tempContentDir("broken-build");
  fs.cpSync(path.join(projectRoot, "tests/fixtures/valid"), contentDir, { recursive: true });
  fs.writeFileSync(
    path.join(contentDir, "news", "impossible-date.md"),
    "---\ntitle: An impossible date\ndate: 2019-02-30\nthemes: [smart-society, space-travel]\n---\n\nFebruary has no thirtieth day.\n",
  );
  build = buildSite({ name: "broken", contentDir });
});

afterAll(() => {
  fs.rmSync(contentDir, { recursive: true, force: true });
  if (build) fs.rmSync(path.join(projectRoot, build.distDir), { recursive: true, force: true });
});

test("next build fails and lists every problem of the broken article, a line each", () => {
  const file = path.join(contentDir, "news", "impossible-date.md");
  expect(build.exitCode).not.toBe(0);
  expect(build.output).toContain(`${file}: date: "2019-02-30" is not a real date`);
  expect(build.output).toContain(`${file}: themes: unknown theme "space-travel" (not in themes.yml)`);
});
