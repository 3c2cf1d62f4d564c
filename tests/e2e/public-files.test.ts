/**
 * Files under public/ cannot run script on the site's origin when opened directly.
 * The project keeps no public/ folder and a test must never write one into it, so the main e2e
 * build is served by `next start` from a temporary copy of the project: its own public/ holding
 * hostile files, everything else linked to (or, for the build, copied from) the real project.
 * Script in a payload asks for /__pwned?<where>, so any script that runs shows up as a request.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { siteEnv, startServer } from "../../scripts/lib/production";
import { launchBrowser, projectRoot, type RunningSite } from "./support/site";

const beacon = (where: string) => `fetch('/__pwned?${where}');window.__pwned='${where}'`;

/** A partner logo as an attacker would write it: every way SVG can carry script. */
const HOSTILE_SVG = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="300" height="120" onload="${beacon("svg-onload")}">
  <script>${beacon("svg-script")};alert('svg-script')</script>
  <script type="text/ecmascript"><![CDATA[ ${beacon("svg-cdata")} ]]></script>
  <rect width="300" height="120" fill="#0d2b4e"/>
  <image href="missing.png" onerror="${beacon("svg-onerror")}"/>
  <foreignObject x="0" y="0" width="300" height="60"><body xmlns="http://www.w3.org/1999/xhtml"><script>${beacon("foreign-object")}</script><img src="missing.png" onerror="${beacon("foreign-object-img")}"/></body></foreignObject>
  <a href="javascript:${beacon("svg-link")}"><text x="10" y="100" fill="#fff" font-size="40">click me</text></a>
  <a xlink:href="javascript:${beacon("svg-xlink")}"><text x="200" y="100" fill="#fff" font-size="40">me</text></a>
</svg>
`;
const HOSTILE_HTML = `<!doctype html><title>x</title><script>${beacon("html")}</script><img src=missing.png onerror="${beacon("html-img")}">`;
const HOSTILE_XML = `<?xml version="1.0"?><doc><x:script xmlns:x="http://www.w3.org/1999/xhtml">${beacon("xhtml-in-xml")}</x:script></doc>`;

const files: Record<string, { body: string; type: RegExp }> = {
  "/images/partners/hostile-logo.svg": { body: HOSTILE_SVG, type: /^image\/svg\+xml/ },
  "/hostile.html": { body: HOSTILE_HTML, type: /^text\/html/ },
  "/docs/hostile.xml": { body: HOSTILE_XML, type: /xml/ },
};

let project: string;
let site: RunningSite;
let browser: Browser;

beforeAll(async () => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), "hsd-public-files-"));
  for (const name of ["node_modules", "src", "package.json", "tsconfig.json", "next.config.ts"]) {
    fs.symlinkSync(path.join(projectRoot, name), path.join(project, name));
  }
  // A copy, not a link: this server must not write into the dist folder the main e2e server uses.
  const distDir = inject("mainDistDir");
  fs.cpSync(path.join(projectRoot, distDir), path.join(project, distDir), { recursive: true });
  // No dot, so the file policy's rule does not match it: what keeps it inert is its type (below).
  fs.mkdirSync(path.join(project, "public", "images"), { recursive: true });
  fs.writeFileSync(path.join(project, "public", "images", "no-extension"), HOSTILE_HTML);
  for (const [file, { body }] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(project, "public", file)), { recursive: true });
    fs.writeFileSync(path.join(project, "public", file), body);
  }
  site = await startServer({ cwd: project, env: siteEnv({ distDir, contentDir: inject("siteContentDir") }) });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  if (project) fs.rmSync(project, { recursive: true, force: true });
});

/** Opens `url` (or serves `body` at it), clicks, waits, and returns every sign of script having run. */
async function visit(url: string, serveWithoutHeaders?: { body: string; contentType: string }): Promise<string[]> {
  const page: Page = await browser.newPage();
  const ran: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/__pwned")) ran.push(`request ${new URL(request.url()).search}`);
  });
  page.on("dialog", (dialog) => {
    ran.push(`dialog ${dialog.message()}`);
    void dialog.dismiss();
  });
  try {
    if (serveWithoutHeaders) {
      await page.route(url, (route) =>
        route.fulfill({ status: 200, contentType: serveWithoutHeaders.contentType, body: serveWithoutHeaders.body }),
      );
    }
    await page.goto(url, { waitUntil: "load" });
    await page.mouse.click(40, 95);
    await page.mouse.click(230, 95);
    await page.waitForTimeout(500);
  } finally {
    await page.close();
  }
  return ran;
}

describe("a file under public/ opened directly runs no script", () => {
  test.each(Object.entries(files))("%s is served with its own sandboxing policy", async (file, { type }) => {
    const response = await fetch(`${site.url}${file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(type);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp.split(";").map((d) => d.trim())).toEqual(
      expect.arrayContaining(["sandbox", "default-src 'none'", "frame-ancestors 'none'"]),
    );
    expect(csp).not.toMatch(/script-src/);
  });

  test.each(Object.keys(files))(
    "%s in Chromium: no script runs, no dialog, links to javascript: do nothing",
    async (file) => {
      expect(await visit(`${site.url}${file}`)).toEqual([]);
    },
  );

  test("a file without an extension is sent as application/octet-stream with nosniff: never rendered, so nothing runs", async () => {
    const response = await fetch(`${site.url}/images/no-extension`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/octet-stream");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const page: Page = await browser.newPage();
    const ran: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/__pwned")) ran.push(request.url());
    });
    try {
      // Chromium downloads such a response instead of showing it; goto reports that as an error.
      await page
        .goto(`${site.url}/images/no-extension`)
        .catch((error: Error) => expect(error.message).toMatch(/download/i));
      await page.waitForTimeout(300);
    } finally {
      await page.close();
    }
    expect(ran).toEqual([]);
  });

  test("the same SVG served without that policy does run its script, so the test can see script run", async () => {
    const ran = await visit(`${site.url}/images/partners/hostile-logo.svg`, {
      body: HOSTILE_SVG,
      contentType: "image/svg+xml",
    });
    expect(ran).toContain("request ?svg-script");
  });

  test("pages keep the site's own policy: scripts from this origin run, the page hydrates", async () => {
    const response = await fetch(`${site.url}/news`);
    expect(response.headers.get("content-security-policy")).toMatch(/script-src 'self'/);
    expect(response.headers.get("content-security-policy")).not.toMatch(/sandbox/);
  });
});
