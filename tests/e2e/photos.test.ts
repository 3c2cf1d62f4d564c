/**
 * Photos as readers, link previews and strangers meet them, on the main e2e site (its two
 * articles with photos: tests/fixtures/photos), in Chromium: no layout shift, the phone photo
 * upright, the card's crop around the focus, the 1200x630 JPEG preview, and an optimizer that
 * answers only what the pages ask for.
 */
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { projectRoot } from "./support/site";
import { launchBrowser } from "./support/site";

const siteUrl = inject("siteUrl");
const imageCache = path.join(projectRoot, inject("mainDistDir"), "cache", "images");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** A phone's window (390 CSS px at device pixel ratio 3), CLS recorded from the first paint. */
async function openOnPhone(pagePath: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const state = window as unknown as { layoutShift: number };
    state.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) state.layoutShift += entry.value;
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  const response = await page.goto(`${siteUrl}${pagePath}`, { waitUntil: "load" });
  expect(response?.status(), pagePath).toBe(200);
  return page;
}

/** Scrolls through the page so every lazy photo loads, and waits until each has. */
async function loadEveryPhoto(page: Page): Promise<number> {
  await page.evaluate(async () => {
    for (let y = 0; y <= document.body.scrollHeight; y += 400) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  await page.waitForFunction(() => [...document.images].every((image) => image.complete));
  return page.evaluate(
    () =>
      [...document.images].filter((image) => image.currentSrc.includes("/_next/image") && image.naturalWidth > 0)
        .length,
  );
}

/** The share of an element's pixels, as shown, that are red (the marked quarter of the test photos). */
async function redShare(
  page: Page,
  selector: string,
  region?: (box: { width: number; height: number }) => { x: number; y: number; width: number; height: number },
): Promise<number> {
  const element = page.locator(selector).first();
  await element.scrollIntoViewIfNeeded();
  const box = (await element.boundingBox())!;
  const part = region ? region(box) : { x: 0, y: 0, width: box.width, height: box.height };
  const shot = await page.screenshot({
    clip: { x: box.x + part.x, y: box.y + part.y, width: part.width, height: part.height },
  });
  const { data, info } = await sharp(shot).raw().toBuffer({ resolveWithObject: true });
  let red = 0;
  for (let i = 0; i < data.length; i += info.channels) if (data[i] > 150 && data[i + 2] < 100) red++;
  return red / (info.width * info.height);
}

describe("photos without layout shift (CLS measured in Chromium)", () => {
  test.each(["/news/e2e-harbour-photo", "/nl/nieuws/e2e-harbour-photo", "/news", "/"])(
    "%s: CLS 0 with every photo loaded",
    async (pagePath) => {
      const page = await openOnPhone(pagePath);
      expect(await loadEveryPhoto(page)).toBeGreaterThan(0);
      expect(await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift)).toBe(0);
      await page.context().close();
    },
  );
});

describe("the article page", () => {
  test("leads with the photo through the optimizer: sizes, srcset of configured widths, preloaded, AVIF, caption and credit", async () => {
    const page = await openOnPhone("/news/e2e-harbour-photo");
    const photo = page.locator("article figure img[srcset]");
    await expect(photo.getAttribute("alt")).resolves.toBe(
      "Boats of the harbour police beside the quay during the exercise",
    );
    await expect(photo.getAttribute("width")).resolves.toBe("3000");
    await expect(photo.getAttribute("height")).resolves.toBe("2000");
    await expect(photo.getAttribute("fetchpriority")).resolves.toBe("high");
    expect(await photo.getAttribute("sizes")).toMatch(/100vw/);
    const widths = (await photo.getAttribute("srcset"))!
      .split(",")
      .map((candidate) => Number(/&w=(\d+)/.exec(candidate)![1]));
    // sizes says 100vw on a phone: the widths from the smallest screen up (the cards' 240 and 480 are too small).
    expect(widths).toEqual([640, 828, 1080, 1280, 1920]);
    expect(await page.locator('head link[rel="preload"][as="image"][imagesrcset]').count()).toBe(1);
    const loaded = await page.evaluate(
      () => (document.querySelector("article figure img[srcset]") as HTMLImageElement).currentSrc,
    );
    const response = await page.request.get(loaded, { headers: { accept: "image/avif,image/webp,*/*" } });
    expect(response.headers()["content-type"]).toBe("image/avif");
    await expect(page.locator("article figcaption").innerText()).resolves.toBe(
      "The harbour police during the joint exercise. Photo: Jan de Vries",
    );
    await page.context().close();
  });

  test("the Dutch edition shows the Dutch alt text and caption, and 'Foto:'", async () => {
    const page = await openOnPhone("/nl/nieuws/e2e-harbour-photo");
    await expect(page.locator("article figure img[srcset]").getAttribute("alt")).resolves.toBe(
      "Boten van de havenpolitie langs de kade tijdens de oefening",
    );
    await expect(page.locator("article figcaption").innerText()).resolves.toBe(
      "De havenpolitie tijdens de gezamenlijke oefening. Foto: Jan de Vries",
    );
    await page.context().close();
  });

  test("a phone photo stored on its side is shown upright", async () => {
    const page = await openOnPhone("/news/e2e-upright-phone-photo");
    await loadEveryPhoto(page);
    const photo = "article figure img[srcset]";
    const box = (await page.locator(photo).boundingBox())!;
    expect(box.height).toBeGreaterThan(box.width);
    // Upright, the photo's red quarter is its top; on its side it would be its left edge.
    expect(
      await redShare(page, photo, ({ width, height }) => ({ x: 0, y: 0, width, height: height * 0.2 })),
    ).toBeGreaterThan(0.9);
    expect(
      await redShare(page, photo, ({ width, height }) => ({ x: 0, y: height * 0.5, width, height: height * 0.5 })),
    ).toBeLessThan(0.05);
    await page.context().close();
  });
});

test("a listing card shows a small crop around the photo's focus; cards without a photo have none", async () => {
  const page = await openOnPhone("/news");
  await loadEveryPhoto(page);
  const card = 'main article:has(a[href="/news/e2e-harbour-photo"]) img';
  // Focus "10% 50%" keeps the red left quarter in a square crop: a third of it; the middle would show an eighth.
  expect(await redShare(page, card)).toBeGreaterThan(0.25);
  const box = (await page.locator(card).boundingBox())!;
  expect(Math.round(box.width)).toBe(Math.round(box.height));
  expect(await page.locator('main article:has(a[href="/news/archive-item-1"]) img').count()).toBe(0);
  await page.context().close();
});

describe("link previews", () => {
  test("og:image of an article with a photo is its 1200x630 JPEG crop, under 200 KB, with alt; twitter:image the same", async () => {
    const html = await (await fetch(`${siteUrl}/news/e2e-harbour-photo`)).text();
    const meta = (property: string) =>
      [...html.matchAll(new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`, "g"))].map(
        (match) => match[1],
      );
    const [image] = meta("og:image");
    expect(image).toMatch(/\/news\/e2e-harbour-photo\/photo\.jpg$/);
    expect(meta("og:image:width")).toEqual(["1200"]);
    expect(meta("og:image:height")).toEqual(["630"]);
    expect(meta("og:image:alt")).toEqual(["Boats of the harbour police beside the quay during the exercise"]);
    expect(meta("twitter:image")).toEqual([image]);
    const response = await fetch(`${siteUrl}${new URL(image).pathname}`);
    expect(response.headers.get("content-type")).toBe("image/jpeg");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(await sharp(bytes).metadata()).toMatchObject({ format: "jpeg", width: 1200, height: 630 });
    expect(bytes.length).toBeLessThanOrEqual(200 * 1024);
  });

  test("the feeds and the JSON-LD name the photo", async () => {
    const crop = "/news/e2e-harbour-photo/photo.jpg";
    const rss = await (await fetch(`${siteUrl}/feed.xml`)).text();
    expect(rss).toMatch(new RegExp(`<enclosure url="[^"]*${crop}" length="0" type="image/jpeg"`));
    const atom = await (await fetch(`${siteUrl}/atom.xml`)).text();
    expect(atom).toMatch(new RegExp(`<link rel="enclosure" type="image/jpeg" href="[^"]*${crop}"`));
    const json = (await (await fetch(`${siteUrl}/feed.json`)).json()) as { items: { url: string; image?: string }[] };
    expect(json.items.find((item) => item.url.endsWith("/news/e2e-harbour-photo"))?.image).toMatch(
      new RegExp(`${crop}$`),
    );
    const html = await (await fetch(`${siteUrl}/news/e2e-harbour-photo`)).text();
    expect(html).toMatch(new RegExp(`"image":\\["[^"]*${crop}"\\]`));
  });
});

describe("the image optimizer answers only what the pages ask for", () => {
  const photo = encodeURIComponent("/images/e2e/harbour.jpg");
  const cachedFiles = () => (fs.existsSync(imageCache) ? fs.readdirSync(imageCache, { recursive: true }).length : 0);

  test.each([
    ["a width no page uses", `url=${photo}&w=1000&q=70`],
    ["a quality no page uses", `url=${photo}&w=640&q=75`],
    ["a host not allowed", `url=${encodeURIComponent("https://images.example.org/x.jpg")}&w=640&q=70`],
    ["a file outside /images/", `url=${encodeURIComponent("/logo.png")}&w=640&q=70`],
    ["an SVG", `url=${encodeURIComponent("/images/e2e/drawing.svg")}&w=640&q=70`],
  ])("%s is a 400", async (_name, query) => {
    expect((await fetch(`${siteUrl}/_next/image?${query}`)).status).toBe(400);
  });

  test("a page address that redirects is a 400, not a 500", async () => {
    const response = await fetch(`${siteUrl}/_next/image?url=%2Fnews%2Fpage%2F1&w=64&q=75`);
    expect(response.status).toBe(400);
    expect((await fetch(`${siteUrl}/_next/image?url=%2Fnews%2Fpage%2F1&w=640&q=70`)).status).toBe(400);
  });

  test("other spellings of a photo's address or width add nothing to the cache", async () => {
    const accept = { accept: "image/webp" };
    expect((await fetch(`${siteUrl}/_next/image?url=${photo}&w=640&q=70`, { headers: accept })).status).toBe(200);
    const before = cachedFiles();
    expect(before).toBeGreaterThan(0);
    const spellings = [
      `url=${photo}&w=0640&q=70`,
      `url=${photo}&w=640&q=070`,
      `url=${photo}&w=640&q=70&x=1`,
      `url=${encodeURIComponent("/images/e2e/harbour.jpg?v=2")}&w=640&q=70`,
      `url=${encodeURIComponent("/images/e2e/Harbour.jpg")}&w=640&q=70`,
      `url=${encodeURIComponent("/images/e2e/%68arbour.jpg")}&w=640&q=70`,
      `url=${encodeURIComponent("/images/e2e/./harbour.jpg")}&w=640&q=70`,
      `url=${encodeURIComponent("/images//e2e/harbour.jpg")}&w=640&q=70`,
      `url=${encodeURIComponent("/images/e2e/../e2e/harbour.jpg")}&w=640&q=70`,
    ];
    for (const query of spellings) await fetch(`${siteUrl}/_next/image?${query}`, { headers: accept });
    expect(cachedFiles()).toBe(before);
  });
});
