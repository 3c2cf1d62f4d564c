/**
 * WCAG 2.1 AA in the real browser: axe-core on every page type, a keyboard walk
 * through an article page, reflow at 320 CSS px and text at 200%.
 */
import fs from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { pageTypes } from "./support/pages";
import { launchBrowser } from "./support/site";

const siteUrl = inject("siteUrl");
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
/** Each edition's article and event article, and the words its keyboard walk looks for. */
const editions = [
  {
    edition: "English",
    articlePath: "/news/signing-of-smart-society-declaration",
    /** An upcoming event with a place and registration: its box has the most links. */
    eventPath: "/news/hsd-cafe-cyber-resilience",
    skipLink: "Skip to main content",
    copyLink: "Copy link",
    register: "Register for this event",
    calendar: "Add to calendar (.ics file)",
    linkedIn: "LinkedIn (opens in a new tab)",
  },
  {
    edition: "Dutch",
    articlePath: "/nl/nieuws/signing-of-smart-society-declaration",
    eventPath: "/nl/nieuws/hsd-cafe-cyber-resilience",
    skipLink: "Direct naar de inhoud",
    copyLink: "Link kopiëren",
    register: "Aanmelden voor dit evenement",
    calendar: "Toevoegen aan agenda (.ics-bestand)",
    linkedIn: "LinkedIn (opent in een nieuw tabblad)",
  },
];
const eventPaths = editions.map((words) => words.eventPath);
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function openPage(path: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  const response = await page.goto(`${siteUrl}${path}`, { waitUntil: "load" });
  // Every 404 is served as real HTML (the front door, docs/QUALITY.md); the heading is there at load.
  if (response?.status() === 404) await page.locator("main h1").waitFor({ timeout: 1_000 });
  return page;
}

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

describe("axe-core finds no WCAG 2.1 A/AA or best-practice violation", () => {
  test.each(pageTypes)("$name ($path)", async ({ path }) => {
    const page = await openPage(path);
    try {
      // Evaluated over the DevTools protocol, so the page's own CSP does not apply to the checker.
      await page.evaluate(axeSource);
      const violations = (await page.evaluate(async () => {
        const result = await (
          window as unknown as {
            axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> };
          }
        ).axe.run(document, {
          runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
          resultTypes: ["violations"],
        });
        return result.violations;
      })) as AxeViolation[];
      const summary = violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      );
      expect(summary).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

interface FocusStop {
  tag: string;
  text: string;
  href: string | null;
  region: string;
  outlineStyle: string;
  outlineWidth: number;
  outlineColor: string;
  inViewport: boolean;
}

function focusedElement(page: Page): Promise<FocusStop | null> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const region = element.closest("main, body > header, body > footer")?.tagName.toLowerCase() ?? "none";
    return {
      tag: element.tagName.toLowerCase(),
      text: (element.textContent ?? "").trim().replace(/\s+/g, " "),
      href: element.getAttribute("href"),
      region,
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      outlineColor: style.outlineColor,
      inViewport: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight,
    };
  });
}

describe.each(editions)("keyboard on an article page ($edition)", (words) => {
  test("the skip link comes first, is visible when focused and moves focus to the main content", async () => {
    const page = await openPage(words.articlePath);
    try {
      await page.keyboard.press("Tab");
      const first = await focusedElement(page);
      expect(first).toMatchObject({ tag: "a", text: words.skipLink, href: "#main", inViewport: true });
      expect(first?.outlineStyle).not.toBe("none");
      expect(first?.outlineWidth).toBeGreaterThanOrEqual(2);

      await page.keyboard.press("Enter");
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("main");
      expect(new URL(page.url()).hash).toBe("#main");
      await page.keyboard.press("Tab");
      const next = await focusedElement(page);
      expect(next?.region).toBe("main");
    } finally {
      await page.close();
    }
  });

  test.each([
    ["an article", words.articlePath],
    ["an event's article, through its event box", words.eventPath],
  ])(
    "Tab reaches every link and control of %s in reading order, each with a visible focus ring",
    async (_kind, path) => {
      const page = await openPage(path);
      try {
        // "Copy link" appears once the page has hydrated: list the stops only after that, or the list races it.
        await page.getByRole("button", { name: words.copyLink }).waitFor({ state: "visible" });
        const focusable = await page.evaluate(() =>
          [
            ...document.querySelectorAll<HTMLElement>(
              "a[href], button, input, select, textarea, [tabindex]:not([tabindex='-1'])",
            ),
          ]
            .filter((element) => element.getClientRects().length > 0 || element.classList.contains("skip-link"))
            .map((element) => element.getAttribute("href") ?? element.tagName.toLowerCase()),
        );
        const stops: FocusStop[] = [];
        for (let i = 0; i < focusable.length + 5; i++) {
          await page.keyboard.press("Tab");
          const stop = await focusedElement(page);
          if (!stop || (stops.length > 0 && stop.href === stops[0].href && stop.text === stops[0].text)) break;
          stops.push(stop);
        }
        // Reading order: the DOM order of the page, header before main before footer.
        expect(stops.map((s) => s.href ?? s.tag)).toEqual(focusable);
        const regions = stops.map((s) => s.region).filter((r, i, all) => r !== all[i - 1]);
        expect(regions).toEqual(["none", "header", "main", "footer"]);
        const withoutRing = stops
          .filter((s) => s.outlineStyle === "none" || s.outlineWidth < 2 || !s.inViewport)
          .map((s) => s.text || s.href);
        expect(withoutRing).toEqual([]);
        if (path === words.eventPath) {
          // The event box comes right after the title and themes, before the article's text and sharing.
          const inMain = stops.filter((s) => s.region === "main").map((s) => s.text);
          const register = inMain.indexOf(words.register);
          expect(register).toBeGreaterThan(0);
          expect(inMain.slice(register, register + 2)).toEqual([words.register, words.calendar]);
          expect(inMain.indexOf(words.linkedIn)).toBeGreaterThan(register);
        }
      } finally {
        await page.close();
      }
    },
  );
});

/** WCAG 1.4.10: the page is no wider than the viewport, so nothing needs scrolling sideways. */
async function expectNoHorizontalScrolling(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

describe.each(eventPaths)("the event box at 320 CSS px and at 200%% text (%s)", (eventPath) => {
  test.each([320, 1280])(
    "at %i px wide, and with text doubled there, every part of the box lies inside the viewport",
    async (width) => {
      const page = await openPage(eventPath, { width, height: 800 });
      try {
        await expectNoHorizontalScrolling(page);
        // The page-wide checks below cover 200% text at 1280 px; at 320 px with doubled text only the
        // box is held to fitting (the site header's name is wider than 320 px then, a known limit).
        for (const textSize of ["100%", "200%"]) {
          await page.evaluate((size) => {
            document.documentElement.style.fontSize = size;
          }, textSize);
          const outside = await page.evaluate(() => {
            const box = document.querySelector('[aria-labelledby="event-details-heading"]');
            if (!box) return ["no event box"];
            return [box, ...box.querySelectorAll("h2, dt, dd, time, a, p")]
              .filter((element) => {
                const rect = element.getBoundingClientRect();
                return rect.left < 0 || rect.right > document.documentElement.clientWidth + 0.5;
              })
              .map((element) => `${element.tagName.toLowerCase()}: ${element.textContent?.slice(0, 40)}`);
          });
          expect(outside, textSize).toEqual([]);
        }
      } finally {
        await page.close();
      }
    },
  );
});

describe("reflow and text size", () => {
  test.each(pageTypes)("$name needs no horizontal scrolling at 320 CSS px", async ({ path }) => {
    const page = await openPage(path, { width: 320, height: 640 });
    try {
      await expectNoHorizontalScrolling(page);
    } finally {
      await page.close();
    }
  });

  test.each(pageTypes)(
    "$name: text doubles at 200% text size and still fits without horizontal scrolling",
    async ({ path }) => {
      const page = await openPage(path, { width: 1280, height: 800 });
      try {
        const sizes = () =>
          page.evaluate(() =>
            [...document.querySelectorAll("main p, main h1, main h2, main a, footer p")].map((element) =>
              parseFloat(getComputedStyle(element).fontSize),
            ),
          );
        const before = await sizes();
        // What a reader's "text only" zoom or a larger default font size does: the root font size doubles.
        await page.evaluate(() => {
          document.documentElement.style.fontSize = "200%";
        });
        const after = await sizes();
        expect(before.length).toBeGreaterThan(0);
        const notScaled = after.filter((size, i) => size < before[i] * 1.9);
        expect(notScaled).toEqual([]);
        await expectNoHorizontalScrolling(page);
      } finally {
        await page.close();
      }
    },
  );
});
