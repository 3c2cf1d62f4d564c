/**
 * Run in a child process with a chosen TZ (see dates.test.ts): prints, as JSON,
 * how content dates are shown in this process's time zone. Node reads TZ once
 * at start-up, so a separate process is the reliable way to change it.
 */
import path from "node:path";
import { loadContent } from "../../../src/content/load";
import {
  eventTime,
  formatDisplayDate,
  formatDisplayDateTime,
  formatProseDate,
  isoDateTime,
  machineDate,
  parseContentDate,
  type ContentDate,
} from "../../../src/lib/dates";

const written = ["2019-03-20", "2018-01-08", "2019-03-20T00:30", "2019-03-20T23:30", "2019-07-01"];
const shown = written.map((text) => {
  const parsed = parseContentDate(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return {
    written: text,
    display: formatDisplayDate(parsed.value, "en"),
    machine: machineDate(parsed.value),
    iso: isoDateTime(parsed.value),
  };
});
function date(text: string): ContentDate {
  const parsed = parseContentDate(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
}

/** The Dutch edition's forms of the same dates, and of an event's times (2.5 of nl-copy.md), in this zone. */
const dutch = {
  display: written.map((text) => formatDisplayDate(date(text), "nl")),
  dateTime: formatDisplayDateTime(date("2026-12-02T09:00"), "nl"),
  prose: formatProseDate(date("2026-11-28"), "nl"),
  sameDay: eventTime({ start: date("2030-04-02T16:00"), end: date("2030-04-02T18:30") }, "long", "nl"),
  acrossSummerTime: eventTime({ start: date("2030-03-30T20:00"), end: date("2030-03-31T04:00") }, "short", "nl"),
  allDay: eventTime({ start: date("2030-06-11"), end: date("2030-06-16") }, "short", "nl"),
};

const loaded = loadContent(path.resolve(__dirname, "../../fixtures/valid")).articles.map((article) => ({
  slug: article.slug,
  display: formatDisplayDate(article.date, "en"),
  machine: machineDate(article.date),
}));

console.log(
  JSON.stringify({
    zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    offsetMinutes: new Date(2019, 2, 20).getTimezoneOffset(),
    shown,
    dutch,
    loaded,
  }),
);
