/**
 * The one definition of the browser the tests (playwright-core) and the
 * Lighthouse runs (audit, bench) use: Debian's Chromium, or CHROME_PATH, with
 * the same flags.
 */
import fs from "node:fs";

export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Debian's Chromium (or CHROME_PATH), with a clear message when there is none. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium"].filter((p): p is string => Boolean(p));
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found) {
    throw new Error(
      `No Chromium found (looked at ${candidates.join(", ")}). Install Debian's chromium (apt-get install -y chromium) or set CHROME_PATH.`,
    );
  }
  return found;
}
