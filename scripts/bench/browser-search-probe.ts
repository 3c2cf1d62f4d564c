/**
 * The search in the reader's browser, measured in Chromium under Lighthouse's mobile throttling
 * (its DevTools preset: 562.5 ms round trip, 1.47 Mbit/s down, 675 kbit/s up, CPU 4x slower):
 * the search page is opened and left to load the browser search, a query is typed a key every
 * 100 ms, and the probe takes the time from the last key to the first results of the whole query,
 * and the bytes fetched from the first key on (Pagefind's index chunks and fragments included).
 * It keeps every request of the query with its start and end from the last key: a request that
 * starts after the last key already costs a round trip of 562 ms, more than the target's 300.
 * With `warm`, the query is typed a second time once the first answer is in (index and fragments
 * cached): what is left then is the work in the browser.
 * Used by `npm run bench` at 10,000 articles; on its own (prints the timeline):
 *   node --import tsx scripts/bench/browser-search-probe.ts http://127.0.0.1:3000 [query] [--warm]
 */
import { chromium, type Request } from "playwright-core";
import { chromiumArgs, chromiumPath } from "../lib/chromium";
import { searchPath } from "../../src/lib/routes";

export interface BrowserSearchProbe {
  query: string;
  /** From the last key to the count of the whole query's results in the page. */
  firstResultsMs: number;
  /** Bytes on the wire from the first key on, and the number of requests. */
  queryBytes: number;
  queryRequests: number;
  /** Bytes the search page fetched before the first key: the page, its scripts, and the browser search's script, worker, WebAssembly and filters. */
  setupBytes: number;
  /** Every request from the first key on: its start and end in ms from the last key (negative: while typing), and its bytes. */
  timeline?: Array<{ url: string; startMs: number; endMs?: number; bytes?: number }>;
  /** The same query typed again once the first answer is in, from the last key to its results. */
  warmFirstResultsMs?: number;
}

/** Lighthouse's mobile preset as DevTools applies it (lighthouse-core/config/constants.js, throttling.mobileSlow4G). */
const MOBILE = {
  latencyMs: 150 * 3.75,
  downloadKbps: 1.6 * 1024 * 0.9,
  uploadKbps: 750 * 0.9,
  cpuSlowdown: 4,
} as const;
const KEY_DELAY_MS = 100;

export async function probeBrowserSearch(
  baseUrl: string,
  query: string,
  { warm = false }: { warm?: boolean } = {},
): Promise<BrowserSearchProbe> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: MOBILE.latencyMs,
      downloadThroughput: (MOBILE.downloadKbps * 1024) / 8,
      uploadThroughput: (MOBILE.uploadKbps * 1024) / 8,
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: MOBILE.cpuSlowdown });
    let counting: "setup" | "query" | undefined;
    const bytes = { setup: 0, query: 0, queryRequests: 0 };
    // Playwright's request events, not the page's CDP session: they include the web worker's
    // requests, and Pagefind fetches its index chunks and fragments from its worker.
    const requests: Array<{ url: string; startEpochMs: number; endEpochMs?: number; bytes?: number }> = [];
    const started = new Map<Request, (typeof requests)[number] | undefined>();
    page.on("request", (request) => {
      if (!counting) return;
      const entry =
        counting === "query" ? { url: request.url().replace(baseUrl, ""), startEpochMs: Date.now() } : undefined;
      if (entry) requests.push(entry);
      started.set(request, entry);
    });
    page.on("requestfinished", async (request) => {
      if (!started.has(request)) return;
      const entry = started.get(request);
      const phase = entry ? "query" : "setup";
      if (entry) entry.endEpochMs = Date.now();
      const sizes = await request.sizes().catch(() => undefined);
      const size = sizes ? sizes.responseHeadersSize + sizes.responseBodySize : 0;
      bytes[phase] += size;
      if (entry) {
        entry.bytes = size;
        bytes.queryRequests++;
      }
    });
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning")
        console.error(`page ${message.type()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => console.error(`page error: ${error.message}`));
    const worker = new Promise<void>((resolve) => page.on("worker", () => resolve()));
    counting = "setup";
    await page.goto(`${baseUrl}${searchPath("en")}`, { waitUntil: "load", timeout: 120_000 });
    // The browser search is set up when the reader comes to the form, not at load: the field's focus
    // starts it, and the setup is counted and awaited before the first key, as before.
    await page.locator("#search-page-query").focus();
    await page.locator("fieldset:not([disabled])").waitFor({ timeout: 120_000 });
    await Promise.race([worker, new Promise((resolve) => setTimeout(resolve, 2000))]);
    await page.waitForLoadState("networkidle");
    counting = "query";
    const field = page.locator("#search-page-query");
    await field.click();
    const typed = async () => {
      // Watches the page itself: the last key's moment and the moment the count names the whole query.
      const measured = page.evaluate(
        (wanted) =>
          new Promise<{ ms: number; lastKeyEpochMs: number }>((resolve) => {
            let lastKey = 0;
            document.addEventListener("keydown", () => (lastKey = performance.now()), true);
            const status = document.querySelector("main [role=status]");
            // The whole of main: the count and the list may change in different renders.
            const observer = new MutationObserver(() => {
              if (status?.textContent?.includes(`“${wanted}”`) && document.querySelector("main ol h2")) {
                observer.disconnect();
                resolve({ ms: performance.now() - lastKey, lastKeyEpochMs: performance.timeOrigin + lastKey });
              }
            });
            const main = document.querySelector("main");
            if (main) observer.observe(main, { childList: true, subtree: true, characterData: true });
          }),
        query,
      );
      await field.pressSequentially(query, { delay: KEY_DELAY_MS });
      return Promise.race([
        measured,
        new Promise<never>((_, reject) =>
          setTimeout(async () => {
            const seen = await page
              .evaluate(
                () =>
                  `field "${document.querySelector<HTMLInputElement>("#search-page-query")?.value}", status "${document.querySelector("main [role=status]")?.textContent}", ${document.querySelectorAll("main ol h2").length} results shown`,
              )
              .catch(() => "");
            reject(new Error(`no results for "${query}" within 60 s (${seen})`));
          }, 60_000),
        ),
      ]);
    };
    const { ms: firstResultsMs, lastKeyEpochMs } = await typed();
    await page.waitForLoadState("networkidle");
    counting = undefined;
    let warmFirstResultsMs: number | undefined;
    if (warm) {
      await field.fill("");
      await page
        .locator("main [role=status]")
        .filter({ hasText: /^$/ })
        .waitFor({ state: "attached", timeout: 60_000 });
      warmFirstResultsMs = (await typed()).ms;
    }
    const timeline = requests.map(({ url, startEpochMs, endEpochMs, bytes: size }) => ({
      url,
      startMs: Math.round(startEpochMs - lastKeyEpochMs),
      ...(endEpochMs === undefined ? {} : { endMs: Math.round(endEpochMs - lastKeyEpochMs), bytes: size }),
    }));
    return {
      query,
      firstResultsMs,
      queryBytes: bytes.query,
      queryRequests: bytes.queryRequests,
      setupBytes: bytes.setup,
      timeline,
      ...(warm ? { warmFirstResultsMs } : {}),
    };
  } finally {
    await browser.close();
  }
}

if (process.argv[1]?.endsWith("browser-search-probe.ts")) {
  const warm = process.argv.includes("--warm");
  const [baseUrl, query = "programme"] = process.argv.slice(2).filter((argument) => argument !== "--warm");
  if (!baseUrl) {
    console.error("usage: browser-search-probe.ts <base URL> [query]");
    process.exit(2);
  }
  probeBrowserSearch(baseUrl, query, { warm }).then(({ timeline = [], ...probe }) => {
    console.log(JSON.stringify(probe));
    for (const { url, startMs, endMs, bytes } of timeline) {
      console.log(
        `${String(startMs).padStart(7)} ms -> ${endMs === undefined ? "  (open)" : `${String(endMs).padStart(5)} ms`} ${String(bytes ?? "").padStart(7)} B  ${url}`,
      );
    }
  });
}
