/**
 * Every page type is valid HTML (the W3C Nu HTML Checker) and loads in Chromium
 * with a clean console and no failed request.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { pageTypes } from "./support/pages";
import { launchBrowser } from "./support/site";

const siteUrl = inject("siteUrl");

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

/**
 * The checker runs on Java. The quick start promises `npm test` on a machine with only Node.js and
 * Chromium, so without Java these tests are skipped there, loudly; CI (CI=true) installs Java and
 * never skips them.
 */
const javaMissing = spawnSync("java", ["-version"]).error !== undefined;
const skipHtmlChecker = javaMissing && !process.env.CI;
if (skipHtmlChecker)
  console.warn("SKIPPED: the W3C Nu HTML Checker needs Java (apt-get install -y default-jre-headless)");

describe.skipIf(skipHtmlChecker)("the W3C Nu HTML Checker finds no error", () => {
  const messagesByFile = new Map<string, VnuMessage[]>();
  let folder: string;

  beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "hsd-vnu-"));
    const files: string[] = [];
    for (const [i, { path: pagePath, status = 200 }] of pageTypes.entries()) {
      const response = await fetch(`${siteUrl}${pagePath}`);
      expect(response.status, pagePath).toBe(status);
      const file = path.join(folder, `page-${i}.html`);
      fs.writeFileSync(file, await response.text());
      files.push(file);
      messagesByFile.set(file, []);
    }
    // One Java start for every page: the checker takes seconds to boot.
    const java = spawnSync(
      "java",
      ["-jar", require.resolve("vnu-jar/build/dist/vnu.jar"), "--format", "json", "--exit-zero-always", ...files],
      {
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    if (java.error)
      throw new Error(`The HTML checker needs Java (apt-get install -y default-jre-headless): ${java.error.message}`);
    const report = JSON.parse(java.stderr) as { messages: VnuMessage[] };
    for (const message of report.messages) {
      const file = message.url ? decodeURIComponent(new URL(message.url).pathname) : "";
      messagesByFile.get(file)?.push(message);
    }
  }, 180_000);

  afterAll(() => {
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
  });

  test.each(pageTypes.map((pageType, i) => ({ ...pageType, i })))("$name ($path)", ({ i }) => {
    const file = path.join(folder, `page-${i}.html`);
    const errors = (messagesByFile.get(file) ?? [])
      .filter((m) => m.type === "error" || m.subType === "fatal" || m.type === "non-document-error")
      .map((m) => `line ${m.lastLine}: ${m.message} [${m.extract ?? ""}]`);
    expect(errors).toEqual([]);
  });
});

describe("no console error or warning and no failed request", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  // The pages' policy forbids inline event handlers (script-src-attr 'none'): one added to a live page does not run.
  test.each(pageTypes.filter((p) => ["home", "article with partners (translated)", "page not found"].includes(p.name)))(
    "an inline event handler does not run: $name",
    async ({ path: pagePath }) => {
      const page = await browser.newPage();
      try {
        await page.goto(`${siteUrl}${pagePath}`, { waitUntil: "networkidle" });
        const ran = await page.evaluate(async () => {
          const probe = document.createElement("button");
          probe.setAttribute("onclick", "window.__handlerRan = true");
          document.body.append(probe);
          probe.click();
          const image = document.createElement("img");
          image.setAttribute("onerror", "window.__handlerRan = true");
          image.src = "data:,not-an-image";
          document.body.append(image);
          await new Promise((resolve) => setTimeout(resolve, 300));
          return (window as unknown as { __handlerRan?: boolean }).__handlerRan ?? false;
        });
        expect(ran).toBe(false);
      } finally {
        await page.close();
      }
    },
  );

  test.each(pageTypes)("$name ($path)", async ({ path: pagePath, status = 200 }) => {
    const page = await browser.newPage();
    const problems: string[] = [];
    const pageUrl = `${siteUrl}${pagePath}`;
    page.on("console", (message) => {
      if (message.type() !== "error" && message.type() !== "warning") return;
      // Chromium reports the 404 status of the page itself as a console error; that status is the point of the
      // page. Any other 404 still fails the test through the response listener below.
      if (status === 404 && /^Failed to load resource: .*status of 404/.test(message.text())) return;
      problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
    page.on("requestfailed", (request) => problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`));
    page.on("response", (response) => {
      if (response.status() >= 400 && !(response.url() === pageUrl && response.status() === status)) {
        problems.push(`HTTP ${response.status()}: ${response.url()}`);
      }
    });
    try {
      const response = await page.goto(pageUrl, { waitUntil: "networkidle" });
      expect(response?.status()).toBe(status);
      // Links prefetch as they scroll into view: bring the whole page past the viewport once.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState("networkidle");
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
