/**
 * Run in a child process with a chosen TZ (see calendar.test.ts): prints the
 * .ics of every event of the events fixture.
 */
import path from "node:path";
import { loadContent } from "../../../src/content/load";
import { eventCalendar, isEventArticle } from "../../../src/publish/calendar";

const content = loadContent(path.resolve(__dirname, "../../fixtures/events"), { warnings: false });
process.stdout.write(
  content.articles
    .filter(isEventArticle)
    .map((article) => eventCalendar(article))
    .join("\n"),
);
