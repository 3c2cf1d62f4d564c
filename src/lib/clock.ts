/**
 * "Now" for everything that depends on it (scheduled publishing, today's date
 * for new articles), in one place so that tests and previews can move it:
 * - tests call `setClock(...)` and `resetClock()`;
 * - a process started with `HSD_NOW` (an ISO instant such as
 *   `2030-01-01T09:00:00Z`, or `YYYY-MM-DDTHH:mm` read in Europe/Amsterdam)
 *   sees that fixed moment: for end-to-end tests and for previewing a release.
 * Without either it is the real time.
 */
import { parseContentDate } from "./dates";

let override: (() => number) | undefined;

/** Milliseconds since the epoch, as this process should see them. */
export function now(): number {
  if (override) return override();
  const fixed = process.env.HSD_NOW?.trim();
  if (fixed) return parseClockSetting(fixed);
  return Date.now();
}

/** Fixes the clock at an instant (epoch ms or Date), or makes it follow a function; for tests. */
export function setClock(to: number | Date | (() => number)): void {
  if (typeof to === "function") override = to;
  else {
    const at = typeof to === "number" ? to : to.getTime();
    override = () => at;
  }
}

export function resetClock(): void {
  override = undefined;
}

const parsedSettings = new Map<string, number>();

function parseClockSetting(text: string): number {
  let at = parsedSettings.get(text);
  if (at === undefined) {
    const asContentDate = parseContentDate(text);
    at = asContentDate.ok ? asContentDate.value.epochMs : Date.parse(text);
    // A wrong HSD_NOW must not silently publish or hide articles.
    if (Number.isNaN(at))
      throw new Error(`HSD_NOW="${text}" is not a moment: use an ISO instant such as 2030-01-01T09:00:00Z`);
    parsedSettings.set(text, at);
  }
  return at;
}
