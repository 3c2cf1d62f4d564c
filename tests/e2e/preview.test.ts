/**
 * The editors' preview (`npm run dev`, `next dev`) over a content folder of its own, as an editor
 * meets it: a broken translation shows its errors on the Dutch page (not the English
 * text under "alleen in het Engels"), and every listing marks a draft or scheduled article in the
 * edition's language, the home page's featured article included.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { nextBin, waitForUrl } from "../../scripts/lib/production";
import { realContentWithArchive } from "./support/content";
import { distDirFor, freePort, projectRoot } from "./support/site";

const translated = "the-hague-leads-safety-and-security-theme";
let contentDir: string;
let server: ChildProcess | undefined;
let url: string;
let output = "";

beforeAll(async () => {
  contentDir = realContentWithArchive(0);
  const news = (file: string, text: string) => fs.writeFileSync(path.join(contentDir, "news", file), text);
  // A translation that repeats a field of its original: an error of the Dutch text alone.
  news(
    `${translated}.nl.md`,
    "---\ntitle: Den Haag trekt het thema veiligheid\nthemes: [cyber-security]\n---\n\nDe Nederlandse tekst.\n",
  );
  news("scheduled-release.md", "---\ntitle: Scheduled release\ndate: 2030-01-16T09:00\n---\n\nReleased at nine.\n");
  news("unfinished-draft.md", "---\ntitle: Unfinished draft\ndate: 2019-03-01\ndraft: true\n---\n\nNot yet.\n");
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [nextBin, "dev", "--hostname", "127.0.0.1", "--port", String(port)], {
    cwd: projectRoot,
    env: {
      ...process.env,
      NODE_ENV: "development",
      NEXT_TELEMETRY_DISABLED: "1",
      CONTENT_DIR: contentDir,
      NEXT_DIST_DIR: distDirFor("preview-dev"),
      HSD_NOW: "2026-12-01T09:00",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (chunk) => (output += chunk));
  server.stderr?.on("data", (chunk) => (output += chunk));
  // The first request compiles the page: give a busy two-core machine its time.
  await waitForUrl(`${url}/`, server, { timeoutMs: 240_000, requireOk: true, logs: () => output });
});

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
  if (contentDir) fs.rmSync(contentDir, { recursive: true, force: true });
});

async function page(pathname: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${url}${pathname}`);
  const html = await response.text();
  // The words a reader sees, without markup or the RSC payload's escapes mattering.
  const text = html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
  return { status: response.status, text };
}

describe("a broken translation in the preview", { timeout: 240_000 }, () => {
  test("the Dutch page lists the translation's errors instead of the English text", async () => {
    const dutch = await page(`/nl/nieuws/${translated}`);
    expect(dutch.text).toContain("Dit artikel bevat fouten");
    expect(dutch.text).toContain(`${translated}.nl.md : themes : comes from ${translated}.md; remove it here`);
    expect(dutch.text).not.toContain("Dit artikel is alleen in het Engels beschikbaar");
  });

  test("the English page stays up, without them", async () => {
    const english = await page(`/news/${translated}`);
    expect(english.status).toBe(200);
    expect(english.text).not.toContain("This article has errors");
    expect(english.text).toContain("The Hague");
  });
});

describe("unpublished articles in the preview's listings", { timeout: 240_000 }, () => {
  test("the home page's featured article and the news listing mark a scheduled article with its moment, and a draft", async () => {
    const home = await page("/");
    expect(home.text).toMatch(/Latest Scheduled release Scheduled 16 Jan 2030 at 09:00/);
    const news = await page("/news");
    expect(news.text).toContain("Scheduled release Scheduled 16 Jan 2030 at 09:00");
    expect(news.text).toContain("Unfinished draft Draft");
    // A published article's card carries no marker.
    expect(news.text).not.toMatch(/Signing of Smart Society Declaration (Draft|Scheduled)/);
  });

  test("the Dutch edition says it in Dutch", async () => {
    const home = await page("/nl");
    expect(home.text).toContain("Scheduled release Gepland voor 16 jan 2030 om 9.00 uur");
    const news = await page("/nl/nieuws");
    expect(news.text).toContain("Unfinished draft Concept");
  });
});
