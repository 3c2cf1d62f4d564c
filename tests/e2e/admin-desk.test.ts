/**
 * The editing desk at /admin (Sveltia CMS) in Chromium, on the main e2e site, against a copy of
 * the content folder in the browser's origin private file system: the test hands the CMS that
 * folder in place of the folder picker of "Work with Local Repository" (Sveltia asks
 * window.showDirectoryPicker for it), so the real CMS reads and writes real files. An editor
 * creates a scheduled article with a theme, a partner and an event, adds its Dutch translation
 * and saves: the two files pass the project's loader without an error or a warning, and a build
 * serves both pages. Opening and saving every article unchanged leaves every file as it was.
 */
import fs from "node:fs";
import path from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { DESK_FONTS } from "@/admin/desk";
import { loadContent } from "@/content/load";
import { tempContentDir } from "./support/content";
import { pageTypes } from "./support/pages";
import { buildSiteOrThrow, launchBrowser, projectRoot, startSite, type RunningSite } from "./support/site";

const siteUrl = inject("siteUrl");
const SLUG = "hsd-cafe-on-quantum-safe-cryptography";
/** After the article's scheduled moment (2030-05-04T10:00), for the build that serves it. */
const AFTER_PUBLICATION = "2030-05-04T12:00";

/** content/ as the repository's files (path under the repository -> text). */
function contentFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of ["themes.yml", "partners.yml"])
    files[`content/${name}`] = fs.readFileSync(path.join(dir, name), "utf8");
  for (const name of fs.readdirSync(path.join(dir, "news")))
    files[`content/news/${name}`] = fs.readFileSync(path.join(dir, "news", name), "utf8");
  return files;
}

/** Puts the files in a folder `repo` of the origin's private file system, with the `.git` Sveltia looks for. */
async function seedRepository(page: Page, files: Record<string, string>): Promise<void> {
  await page.evaluate(async (files) => {
    const root = await navigator.storage.getDirectory();
    await root.removeEntry("repo", { recursive: true }).catch(() => undefined);
    const repo = await root.getDirectoryHandle("repo", { create: true });
    await repo.getDirectoryHandle(".git", { create: true });
    for (const [file, text] of Object.entries(files)) {
      const parts = file.split("/");
      let dir = repo;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts[parts.length - 1], { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, files);
}

/** Every file under content/news of that folder, as the CMS left it. */
async function repositoryNews(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const repo = await (await navigator.storage.getDirectory()).getDirectoryHandle("repo");
    const news = await (await repo.getDirectoryHandle("content")).getDirectoryHandle("news");
    const files: Record<string, string> = {};
    for await (const [name, handle] of (
      news as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }
    ).entries()) {
      if (handle.kind === "file")
        files[`content/news/${name}`] = await (await (handle as FileSystemFileHandle).getFile()).text();
    }
    return files;
  });
}

/** /admin, signed in to the prepared folder through "Work with Local Repository". */
async function openDesk(page: Page): Promise<void> {
  await page.goto(`${siteUrl}/admin`);
  const signIn = page.getByRole("button", { name: /Work with Local Repository/ });
  const collection = page.getByRole("button", { name: "New" });
  // The desk remembers the folder it was given: after the first time it opens the collection itself.
  await signIn.or(collection).first().waitFor();
  if (await signIn.isVisible()) await signIn.click();
  await collection.waitFor();
}

let browser: Browser;
let page: Page;
/** Fonts the desk's policy had to block: none, they are served from this origin. */
const blockedFonts: string[] = [];
const original = contentFiles(path.join(projectRoot, "content"));

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  // The folder picker, answered with the prepared folder (set before the CMS's script runs).
  await context.addInitScript(() => {
    Object.assign(window, {
      showDirectoryPicker: async () => (await navigator.storage.getDirectory()).getDirectoryHandle("repo"),
    });
  });
  page = await context.newPage();
  page.on("console", (message) => {
    if (/Content Security Policy/.test(message.text()) && /font/i.test(message.text()))
      blockedFonts.push(message.text());
  });
  // A page of this origin, to fill its private file system before the desk opens.
  await page.goto(`${siteUrl}/`);
  await seedRepository(page, original);
});

afterAll(async () => {
  await browser?.close();
});

/** A Content-Security-Policy as directive -> values. */
function directives(csp: string | null): Map<string, string[]> {
  return new Map(
    (csp ?? "")
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name.toLowerCase(), values]),
  );
}

describe("the desk's headers", () => {
  test("/admin has its own policy (its own script, the repository host's API and the sign-in route only, no framing), noindex, and the site's other headers", async () => {
    const [desk, home] = await Promise.all([fetch(`${siteUrl}/admin`), fetch(`${siteUrl}/`)]);
    expect(desk.status).toBe(200);
    const policy = directives(desk.headers.get("content-security-policy"));
    expect(policy.get("default-src")).toEqual(["'none'"]);
    expect(policy.get("script-src")).toEqual(["'self'"]);
    expect(policy.get("script-src-attr")).toEqual(["'none'"]);
    expect(policy.get("connect-src")).toEqual(["'self'", "https://api.github.com"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    for (const values of policy.values()) expect(values).not.toContain("'unsafe-eval'");
    expect(desk.headers.get("x-robots-tag")).toMatch(/noindex/);
    expect(await desk.text()).toMatch(/<meta name="robots" content="noindex/);
    for (const header of [
      "strict-transport-security",
      "x-content-type-options",
      "x-frame-options",
      "referrer-policy",
      "permissions-policy",
    ]) {
      expect(desk.headers.get(header), header).toBe(home.headers.get(header));
    }
    // The sign-in window must hand the token back to /admin, which same-origin would forbid.
    expect(desk.headers.get("cross-origin-opener-policy")).toBe("same-origin-allow-popups");
    // The rest of the site keeps its own policy.
    expect(directives(home.headers.get("content-security-policy")).get("script-src")).toEqual([
      "'self'",
      "'unsafe-inline'",
    ]);
  });

  test("the editor's script comes from this origin, and the sign-in route is off without its settings", async () => {
    const html = await (await fetch(`${siteUrl}/admin`)).text();
    const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((match) => match[1]);
    expect(scripts).toEqual(["/admin/sveltia-cms.js"]);
    expect(html).not.toMatch(/<script>(?!<)/);
    const script = await fetch(`${siteUrl}/admin/sveltia-cms.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get("content-type")).toMatch(/javascript/);
    // The pinned script from node_modules, byte for byte, but for its fonts, which come from this origin too.
    let installed = fs.readFileSync(path.join(projectRoot, "node_modules/@sveltia/cms/dist/sveltia-cms.js"), "utf8");
    for (const [name, { cdn }] of Object.entries(DESK_FONTS))
      installed = installed.replaceAll(cdn, `/admin/fonts/${name}`);
    const served = await script.text();
    expect(served).toBe(installed);
    expect(served).not.toMatch(/https:\/\/cdn\.jsdelivr\.net\/fontsource/);
    for (const name of Object.keys(DESK_FONTS)) {
      const font = await fetch(`${siteUrl}/admin/fonts/${name}`);
      expect(font.status, name).toBe(200);
      expect(font.headers.get("content-type")).toBe("font/woff2");
      expect((await font.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
    expect((await fetch(`${siteUrl}/admin/auth`, { redirect: "manual" })).status).toBe(404);
  });

  test("no public page links to /admin or loads anything of the desk", async () => {
    const scripts = new Set<string>();
    for (const { path: address } of pageTypes) {
      const html = await (await fetch(`${siteUrl}${address}`)).text();
      expect(html, address).not.toMatch(/href="\/admin|sveltia/i);
      for (const match of html.matchAll(/src="(\/_next\/static\/[^"]+\.js)"/g)) scripts.add(match[1]);
    }
    expect(scripts.size).toBeGreaterThan(0);
    for (const script of scripts)
      expect(await (await fetch(`${siteUrl}${script}`)).text(), script).not.toMatch(/sveltia|cms-config-url/i);
  });
});

describe("an editor writes, schedules and translates an article in the browser", () => {
  let written: Record<string, string> = {};
  let site: RunningSite | undefined;
  let contentDir: string | undefined;

  afterAll(async () => {
    await site?.stop();
    if (contentDir) fs.rmSync(contentDir, { recursive: true, force: true });
  });

  test("the desk writes <slug>.md and <slug>.nl.md with the fields filled in, and nothing empty", async () => {
    await openDesk(page);
    await page.getByRole("button", { name: "New" }).click();
    const english = page.getByRole("group", { name: /Edit .English. Content/ });
    const text = (name: string) => english.getByRole("textbox", { name, exact: true });
    /** The desk draws a field when it scrolls into view: scroll the form until it is there. */
    const reveal = async (field: Locator) => {
      for (let turn = 0; turn < 30 && (await field.count()) === 0; turn++) {
        const box = await english.boundingBox();
        if (box) await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height, 800) / 2);
        await page.mouse.wheel(0, 300);
      }
      return field;
    };
    const fill = async (name: string, value: string) => (await reveal(text(name))).fill(value);
    await fill("Title", "HSD Café on quantum-safe cryptography");
    await fill("Date", "2030-05-04T10:00");
    await fill("Author", "HSD Foundation");
    await fill("Summary", "Experts explain how organisations prepare their encryption for quantum computers.");
    await english.getByRole("checkbox", { name: "Cyber Security" }).check();
    await english.getByRole("checkbox", { name: /^VNG/ }).check();
    // The photo fields stand before the event block: it may be below what the desk has drawn yet.
    await (await reveal(english.getByRole("checkbox", { name: /Add .Event./ }))).check();
    await fill("Start", "2030-05-12T14:00");
    await fill("End", "2030-05-12T17:00");
    await fill("Location", "HSD Campus");
    await fill("Registration", "https://www.example.org/register");
    await text("Text").click();
    await page.keyboard.type(
      "Quantum computers will break today's public-key encryption. At this HSD Café, experts show what organisations can do now.",
    );

    await english.getByRole("radio", { name: "Dutch" }).click();
    const dutch = page.getByRole("group", { name: /Edit .Dutch. Content/ });
    // Only what a translation may carry is editable on the Dutch side.
    await expect(dutch.getByRole("textbox", { name: "Date", exact: true }).count()).resolves.toBe(0);
    await expect(dutch.getByRole("checkbox", { name: "Cyber Security" }).count()).resolves.toBe(0);
    await dutch.getByRole("textbox", { name: "Title", exact: true }).fill("HSD Café over kwantumveilige cryptografie");
    await dutch
      .getByRole("textbox", { name: "Summary", exact: true })
      .fill("Experts leggen uit hoe organisaties hun versleuteling voorbereiden op kwantumcomputers.");
    await dutch.getByRole("textbox", { name: "Text", exact: true }).click();
    await page.keyboard.type(
      "Kwantumcomputers kraken straks de versleuteling van vandaag. Tijdens dit HSD Café laten experts zien wat organisaties nu al kunnen doen.",
    );
    await page.getByRole("button", { name: "Save", exact: true }).click();

    await expect
      .poll(
        async () =>
          Object.keys(await repositoryNews(page))
            .filter((file) => file.includes(SLUG))
            .sort(),
        { timeout: 15_000 },
      )
      .toEqual([`content/news/${SLUG}.md`, `content/news/${SLUG}.nl.md`]);
    written = await repositoryNews(page);
    expect(blockedFonts).toEqual([]);
    const article = written[`content/news/${SLUG}.md`];
    const translation = written[`content/news/${SLUG}.nl.md`];
    expect(article).toMatch(/^---\ntitle: HSD Café on quantum-safe cryptography\ndate: 2030-05-04T10:00\n/);
    expect(article).toContain("themes:\n  - cyber-security\npartners:\n  - vng\n");
    expect(article).toContain(
      "event:\n  start: 2030-05-12T14:00\n  end: 2030-05-12T17:00\n  location: HSD Campus\n  registration: https://www.example.org/register\n",
    );
    expect(translation).toMatch(/^---\ntitle: HSD Café over kwantumveilige cryptografie\n/);
    for (const field of ["date", "themes", "partners", "event", "aliases", "image"])
      expect(translation).not.toMatch(new RegExp(`^${field}:`, "m"));
    // Empty optional fields are left out, never written empty.
    for (const file of [article, translation]) {
      expect(file).not.toMatch(/: *(""|''|null|~|\[\]|\{\})\s*$/m);
      // ...nor as a key with nothing under it.
      expect(file).not.toMatch(/^ *[\w]+:\s*\n(?! +[-\w])/m);
      expect(file).not.toMatch(/T\d{2}:\d{2}(:\d{2})?(\.\d+)?Z/);
    }
  });

  test("the two files pass the project's loader with no error and no warning, and a build serves both pages", async () => {
    expect(written[`content/news/${SLUG}.md`]).toBeDefined();
    contentDir = tempContentDir("admin-desk");
    for (const [file, text] of Object.entries({ ...original, ...written })) {
      const target = path.join(contentDir, file.replace(/^content\//, ""));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, text);
    }
    const loaded = loadContent(contentDir);
    expect(loaded.problems.filter((problem) => problem.file.includes(SLUG))).toEqual([]);
    const article = loaded.articles.find(({ slug }) => slug === SLUG);
    expect(article?.themes).toEqual(["cyber-security"]);
    expect(article?.partners).toEqual(["vng"]);
    expect(article?.translations?.nl?.title).toBe("HSD Café over kwantumveilige cryptografie");

    const env = { HSD_NOW: AFTER_PUBLICATION, PRERENDER_ARTICLES: "3", PRERENDER_LISTING_PAGES: "1" };
    const distDir = buildSiteOrThrow({ name: "admin-desk", contentDir, env });
    site = await startSite({ distDir, contentDir, env });
    const english = await fetch(`${site.url}/news/${SLUG}`);
    expect(english.status).toBe(200);
    expect(await english.text()).toContain("HSD Café on quantum-safe cryptography");
    const dutch = await fetch(`${site.url}/nl/nieuws/${SLUG}`);
    expect(dutch.status).toBe(200);
    expect(await dutch.text()).toContain("HSD Café over kwantumveilige cryptografie");
  }, 600_000);
});

describe("round trip", () => {
  test("opening and saving every article of content/ unchanged leaves each file byte-identical", async () => {
    await seedRepository(page, original);
    await openDesk(page);
    const slugs = Object.keys(original)
      .filter((file) => file.startsWith("content/news/") && !/\.nl\.md$/.test(file))
      .map((file) => path.basename(file, ".md"));
    expect(slugs.length).toBeGreaterThan(0);
    for (const slug of slugs) {
      await page.goto(`${siteUrl}/admin#/collections/news/entries/${slug}`);
      const title = page
        .getByRole("group", { name: /Edit .English. Content/ })
        .getByRole("textbox", { name: "Title", exact: true });
      await expect.poll(() => title.inputValue()).not.toBe("");
      const save = page.getByRole("button", { name: "Save", exact: true });
      // Nothing changed, so there is nothing to save; if the desk thinks otherwise, save and compare.
      if (await save.isEnabled()) await save.click();
    }
    const after = await repositoryNews(page);
    for (const [file, text] of Object.entries(original).filter(([file]) => file.startsWith("content/news/")))
      expect(after[file], file).toBe(text);
  });

  test("themes.yml and partners.yml open as the lists they are, every entry in them", async () => {
    for (const [list, label] of [
      ["themes", "Themes"],
      ["partners", "Partners"],
    ]) {
      // A fresh load: the desk does not follow a change of address from one file to another.
      await page.goto("about:blank");
      await page.goto(`${siteUrl}/admin#/collections/lists/entries/${list}`);
      const count = (original[`content/${list}.yml`].match(/^- id: /gm) ?? []).length;
      await page.getByText(`${count} ${label}`, { exact: true }).waitFor();
      await expect(page.getByRole("textbox", { name: "Id", exact: true }).first().inputValue()).resolves.toMatch(
        /^[a-z0-9-]+$/,
      );
      await expect(page.getByRole("button", { name: "Save", exact: true }).isDisabled()).resolves.toBe(true);
    }
  });
});
