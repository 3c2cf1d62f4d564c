/**
 * The `event` block of the content contract: what a valid one becomes, and the
 * exact message `npm run check` prints for each kind of mistake.
 */
import path from "node:path";
import { describe, expect, test } from "vitest";
import { formatProblem, loadContent } from "@/content/load";
import { ARTICLE_FIELDS, EVENT_FIELDS } from "@/content/schema";

const root = path.resolve(__dirname, "../..");
const eventsFixture = path.join(root, "tests/fixtures/events");
const errorsFixture = path.join(root, "tests/fixtures/events-errors");

describe("a valid event block", () => {
  const content = loadContent(eventsFixture);
  const bySlug = (slug: string) => content.articles.find((article) => article.slug === slug)!;

  test("the events fixture has no problems, and an article without a block has no event", () => {
    expect(content.problems).toEqual([]);
    expect(content.articles.filter((article) => article.event)).toHaveLength(16);
    expect(bySlug("campus-news").event).toBeUndefined();
    expect("event" in bySlug("campus-news")).toBe(false);
  });

  test("a timed event keeps its fields, with start and end read as Amsterdam time like date", () => {
    expect(bySlug("hsd-cafe-cyber-resilience").event).toEqual({
      start: { day: "2030-04-02", time: "16:00", epochMs: Date.parse("2030-04-02T14:00:00Z") },
      end: { day: "2030-04-02", time: "18:30", epochMs: Date.parse("2030-04-02T16:30:00Z") },
      location: "HSD Campus",
      address: "Wilhelmina van Pruisenweg 104, 2595 AN The Hague",
      registration: "https://example.org/register/hsd-cafe-cyber-resilience",
    });
    // The article's date stays its publication date.
    expect(bySlug("hsd-cafe-cyber-resilience").date.day).toBe("2026-10-01");
  });

  test("across the change to summer time, each end gets its own offset", () => {
    const { start, end } = bySlug("night-of-cyber-security").event!;
    expect(new Date(start.epochMs).toISOString()).toBe("2030-03-30T19:00:00.000Z");
    expect(new Date(end!.epochMs).toISOString()).toBe("2030-03-31T02:00:00.000Z");
  });

  test("an all-day event has no time; an online one needs no location", () => {
    expect(bySlug("smart-society-summit").event).toMatchObject({
      start: { day: "2030-06-11", time: undefined },
      end: { day: "2030-06-12", time: undefined },
    });
    expect(bySlug("data-ethics-webinar").event).toEqual({
      start: expect.objectContaining({ day: "2030-05-14", time: "10:00" }),
      online: "https://example.org/live/data-ethics",
      registration: "https://example.org/register/data-ethics",
    });
  });

  test("the event is plain data: it survives a JSON round trip unchanged (the content snapshot)", () => {
    for (const article of content.articles)
      expect(JSON.parse(JSON.stringify(article.event ?? null))).toEqual(article.event ?? null);
  });

  test("event is a known field of an article, and the block has its own list", () => {
    expect(ARTICLE_FIELDS).toContain("event");
    expect(EVENT_FIELDS).toEqual(["start", "end", "location", "address", "online", "registration"]);
  });
});

describe("npm run check: every mistake in an event block names file and field", () => {
  const lines = loadContent(errorsFixture).problems.map(formatProblem);
  const at = (name: string) => `tests/fixtures/events-errors/news/${name}.md`;

  test.each([
    ["end-before-start-timed", 'event.end: "2030-04-02T13:00" is before the start "2030-04-02T14:00"'],
    ["end-before-start-all-day", 'event.end: "2030-04-01" is before the start "2030-04-02"'],
    ["end-at-start", 'event.end: "2030-04-02T14:00" is the same moment as the start "2030-04-02T14:00"'],
    ["end-time-without-date", 'event.end: "17:00" is a time without a date; did you mean 2030-04-02T17:00?'],
    [
      "start-time-without-date",
      'event.start: "9:30" is a time without a date: write the day and the time, e.g. 2030-04-02T09:30',
    ],
    [
      "end-without-time",
      'event.end: "2030-04-03" has no time but start has one: give both a time (e.g. 2030-04-03T17:00), or neither for an event that lasts all day',
    ],
    [
      "end-with-time-all-day-start",
      'event.end: "2030-04-02T17:00" has a time but start has none: give both a time (e.g. 2030-04-02T09:00), or neither for an event that lasts all day',
    ],
    [
      "http-links",
      'event.online: "http://example.org/live" is an http:// link; use the https:// address, e.g. "https://example.org/live"',
    ],
    [
      "http-links",
      'event.registration: "http://example.org/register" is an http:// link; use the https:// address, e.g. "https://example.org/register"',
    ],
    [
      "not-a-link",
      'event.online: "example.org/live" is not a web address: write it in full, e.g. "https://example.org/live"',
    ],
    ["not-a-link", 'event.registration: "mailto:events@example.org" is not a web address starting with https://'],
    ["unknown-keys", "event.adress: unknown field 'adress'; did you mean 'address'?"],
    [
      "unknown-keys",
      "event.colour: unknown field 'colour'; the fields are start, end, location, address, online, registration",
    ],
    [
      "neither-place-nor-online",
      "event: needs a location (the place's name), an online link (online: https://...), or both",
    ],
    [
      "not-a-block",
      "event: must be a block of indented fields, e.g. start: 2030-04-02T14:00 and location: HSD Campus on the lines below event:",
    ],
    ["address-without-location", "event.address: is set but there is no location: give the place's name in location"],
    ["missing-start", "event.start: is required: the day the event starts, e.g. 2030-04-02 or 2030-04-02T14:00"],
    ["impossible-start", 'event.start: "2030-02-30" is not a real date'],
    ["misspelt-event", "evnt: unknown field 'evnt'; did you mean 'event'?"],
  ])("%s", (name, message) => {
    expect(lines).toContain(`${at(name)}: ${message}`);
  });

  test("several mistakes in one block are all reported in one run", () => {
    expect(lines.filter((line) => line.startsWith(at("several-at-once")))).toEqual([
      `${at("several-at-once")}: event.online: "http://example.org/live" is an http:// link; use the https:// address, e.g. "https://example.org/live"`,
      `${at("several-at-once")}: event.adress: unknown field 'adress'; did you mean 'address'?`,
      `${at("several-at-once")}: event.end: "2030-04-02T12:00" is before the start "2030-04-02T14:00"`,
    ]);
  });

  test("every file of the fixture has an error, and no article with one is loaded", () => {
    const content = loadContent(errorsFixture);
    expect(content.articles).toEqual([]);
    const errors = content.problems.filter((problem) => problem.severity === "error");
    expect(errors).toHaveLength(22);
    // The warnings of the same files come with them: the example value npm run new wrote.
    expect(
      content.problems.filter((problem) => problem.severity === "warning").map((problem) => problem.field),
    ).toEqual(["event.registration"]);
    expect(errors.every((problem) => problem.severity === "error")).toBe(true);
  });
});
