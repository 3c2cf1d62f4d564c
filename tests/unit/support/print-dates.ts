/**
 * Run in a child process with a chosen TZ (see dates.test.ts): prints, as JSON,
 * how content dates are shown in this process's time zone. Node reads TZ once
 * at start-up, so a separate process is the reliable way to change it.
 */
import path from "node:path";
import { loadContent } from "../../../src/content/load";
import { formatDisplayDate, isoDateTime, machineDate, parseContentDate } from "../../../src/lib/dates";

const written = ["2019-03-20", "2018-01-08", "2019-03-20T00:30", "2019-03-20T23:30", "2019-07-01"];
const shown = written.map((text) => {
  const parsed = parseContentDate(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return { written: text, display: formatDisplayDate(parsed.value), machine: machineDate(parsed.value), iso: isoDateTime(parsed.value) };
});
const loaded = loadContent(path.resolve(__dirname, "../../fixtures/valid")).articles.map((article) => ({
  slug: article.slug,
  display: formatDisplayDate(article.date),
  machine: machineDate(article.date),
}));

console.log(JSON.stringify({ zone: Intl.DateTimeFormat().resolvedOptions().timeZone, offsetMinutes: new Date(2019, 2, 20).getTimezoneOffset(), shown, loaded }));
