/**
 * The search in the reader's browser, measured in Chromium under Lighthouse's mobile throttling
 * (its DevTools preset: 562.5 ms round trip, 1.47 Mbit/s down, 675 kbit/s up, CPU 4x slower):
 * the search page is opened and left to load the browser search, a query is typed a key every
 * 100 ms, and the probe takes the time from the last key to the first results of the whole query,
 * and the bytes fetched from the first key on (Pagefind's index chunks and fragments included).
 * Used by `npm run bench` at 10,000 articles; on its own:
 *   node --import tsx scripts/bench/browser-search-probe.ts http://127.0.0.1:3000 [query]
 */
import { chromium } from "playwright-core";
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
}

/** Lighthouse's mobile preset as DevTools applies it (lighthouse-core/config/constants.js, throttling.mobileSlow4G). */
const MOBILE = { latencyMs: 150 * 3.75, downloadKbps: 1.6 * 1024 * 0.9, uploadKbps: 750 * 0.9, cpuSlowdown: 4 } as const;
const KEY_DELAY_MS = 100;

export async function probeBrowserSearch(baseUrl: string, query: string): Promise<BrowserSearchProbe> {
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
    // Workers' requests too: Pagefind fetches its index from a web worker.
    const onFinished = (event: { encodedDataLength: number }) => {
      if (!counting) return;
      bytes[counting] += event.encodedDataLength;
      if (counting === "query") bytes.queryRequests++;
    };
    cdp.on("Network.loadingFinished", onFinished);
    const worker = new Promise<void>((resolve) => page.on("worker", () => resolve()));
    counting = "setup";
    await page.goto(`${baseUrl}${searchPath("en")}`, { waitUntil: "load", timeout: 120_000 });
    await page.locator("fieldset").waitFor({ timeout: 120_000 });
    await Promise.race([worker, new Promise((resolve) => setTimeout(resolve, 2000))]);
    await page.waitForLoadState("networkidle");
    counting = "query";
    const field = page.locator("#search-page-query");
    await field.click();
    // Watches the page itself: the last key's moment and the moment the count names the whole query.
    const measured = page.evaluate(
      (wanted) =>
        new Promise<number>((resolve) => {
          let lastKey = 0;
          document.addEventListener("keydown", () => (lastKey = performance.now()), true);
          const status = document.querySelector("main [role=status]");
          const observer = new MutationObserver(() => {
            if (status?.textContent?.includes(`“${wanted}”`) && document.querySelector("main ol h2")) {
              observer.disconnect();
              resolve(performance.now() - lastKey);
            }
          });
          if (status) observer.observe(status, { childList: true, subtree: true, characterData: true });
        }),
      query,
    );
    await field.pressSequentially(query, { delay: KEY_DELAY_MS });
    const firstResultsMs = await Promise.race([measured, new Promise<number>((_, reject) => setTimeout(() => reject(new Error(`no results for "${query}" within 60 s`)), 60_000))]);
    await page.waitForLoadState("networkidle");
    counting = undefined;
    return { query, firstResultsMs, queryBytes: bytes.query, queryRequests: bytes.queryRequests, setupBytes: bytes.setup };
  } finally {
    await browser.close();
  }
}

if (process.argv[1]?.endsWith("browser-search-probe.ts")) {
  const [baseUrl, query = "programme"] = process.argv.slice(2);
  if (!baseUrl) {
    console.error("usage: browser-search-probe.ts <base URL> [query]");
    process.exit(2);
  }
  probeBrowserSearch(baseUrl, query).then((probe) => console.log(JSON.stringify(probe)));
}
