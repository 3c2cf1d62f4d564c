/**
 * The iCalendar files, read back with ical.js: the right instants (across
 * daylight-saving changes), all-day dates, a stable UID, SEQUENCE and
 * LAST-MODIFIED from `updated`, the article URL, and nothing that changes by itself.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, test, vi } from "vitest";
import { PublicationView, type Article } from "@/content";
import { loadContent } from "@/content/load";
import { eventCalendar, eventsCalendar, eventSequence, isEventArticle, type EventArticle } from "@/publish/calendar";
import { parseContentDate } from "@/lib/dates";
import { parseCalendar } from "./support/parse-calendar";

const fixture = path.resolve(__dirname, "../fixtures/events");
const content = loadContent(fixture, { warnings: false });
const article = (slug: string) => content.articles.find((a) => a.slug === slug)! as EventArticle;
const date = (text: string) => {
  const parsed = parseContentDate(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
};

afterEach(() => vi.unstubAllEnvs());

describe("an event's own .ics file", () => {
  test("one VEVENT with the instants in UTC: 20:00 CET to 04:00 CEST across the change to summer time", () => {
    vi.stubEnv("SITE_URL", "https://news.example.org");
    const calendar = parseCalendar(eventCalendar(article("night-of-cyber-security")));
    expect(calendar.method).toBe("PUBLISH");
    expect(calendar.events).toHaveLength(1);
    expect(calendar.events[0]).toMatchObject({
      uid: "night-of-cyber-security@news.example.org",
      summary: "Night of Cyber Security",
      start: "2030-03-30T19:00:00.000Z",
      end: "2030-03-31T02:00:00.000Z",
      allDay: false,
      url: "https://news.example.org/news/night-of-cyber-security",
      location: "HSD Campus, Wilhelmina van Pruisenweg 104, 2595 AN The Hague",
      sequence: 0,
      lastModified: "2030-02-14T23:00:00.000Z",
      stamp: "2030-02-14T23:00:00.000Z",
    });
    expect(calendar.events[0].description).toContain("More: https://news.example.org/news/night-of-cyber-security");
  });

  test("an all-day event is a date, ending (exclusively) the day after its last day", () => {
    expect(parseCalendar(eventCalendar(article("smart-society-summit"))).events[0]).toMatchObject({
      start: "2030-06-11",
      end: "2030-06-13",
      allDay: true,
    });
    expect(parseCalendar(eventCalendar(article("open-day-security-campus"))).events[0]).toMatchObject({
      start: "2030-04-20",
      end: "2030-04-21",
      allDay: true,
    });
  });

  test("in the Dutch edition: the text given (a translation's), Dutch labels and the Dutch page's link, under the same UID", () => {
    const webinar = article("data-ethics-webinar");
    const [english] = parseCalendar(eventCalendar(webinar)).events;
    const [dutch] = parseCalendar(
      eventCalendar(webinar, "nl", { title: "Webinar: data-ethiek", summary: "Over data-ethiek in slimme steden." }),
    ).events;
    expect(dutch).toMatchObject({
      uid: english.uid,
      start: english.start,
      summary: "Webinar: data-ethiek",
      url: "http://localhost:3000/nl/nieuws/data-ethics-webinar",
    });
    expect(dutch.description).toBe(
      "Over data-ethiek in slimme steden.\n\nOnline deelnemen: https://example.org/live/data-ethics\n\nAanmelden: https://example.org/register/data-ethics\n\nMeer informatie: http://localhost:3000/nl/nieuws/data-ethics-webinar",
    );
  });

  test("a timed event without an end has no DTEND; an online one has its link as the location and in the description", () => {
    const [webinar] = parseCalendar(eventCalendar(article("data-ethics-webinar"))).events;
    expect(webinar).toMatchObject({
      start: "2030-05-14T08:00:00.000Z",
      end: undefined,
      location: "https://example.org/live/data-ethics",
    });
    expect(webinar.description).toContain("Online: https://example.org/live/data-ethics");
    expect(webinar.description).toContain("Registration: https://example.org/register/data-ethics");
  });

  test("a winter event keeps its winter offset: 19:00 CET is 18:00 UTC", () => {
    expect(parseCalendar(eventCalendar(article("online-meetup-2022"))).events[0]).toMatchObject({
      start: "2022-02-01T18:00:00.000Z",
      end: "2022-02-01T20:00:00.000Z",
    });
  });

  test("`updated` sets LAST-MODIFIED and DTSTAMP, and a later `updated` gives a higher SEQUENCE", () => {
    const base = article("hsd-cafe-cyber-resilience");
    const once: EventArticle = { ...base, updated: date("2026-11-02T10:00") };
    const twice: EventArticle = { ...base, updated: date("2026-11-20") };
    const [first] = parseCalendar(eventCalendar(once)).events;
    const [second] = parseCalendar(eventCalendar(twice)).events;
    expect(first.lastModified).toBe("2026-11-02T09:00:00.000Z");
    expect(first.stamp).toBe("2026-11-02T09:00:00.000Z");
    expect(second.sequence).toBeGreaterThan(first.sequence);
    expect(first.sequence).toBeGreaterThan(0);
    expect(eventSequence(base)).toBe(0);
    expect(first.uid).toBe(second.uid);
  });

  test("the same event gives the same bytes at any moment (nothing depends on when it is written)", async () => {
    const before = eventCalendar(article("hsd-cafe-cyber-resilience"));
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(eventCalendar(article("hsd-cafe-cyber-resilience"))).toBe(before);
  });

  test("text with commas, semicolons and line breaks is escaped, and survives the round trip", () => {
    const tricky: EventArticle = {
      ...article("hsd-cafe-cyber-resilience"),
      title: "Café; talks, drinks\nand more",
      event: { ...article("hsd-cafe-cyber-resilience").event, location: "Hall A; B, C" },
    };
    expect(parseCalendar(eventCalendar(tricky)).events[0]).toMatchObject({
      summary: "Café; talks, drinks\nand more",
      location: "Hall A; B, C, Wilhelmina van Pruisenweg 104, 2595 AN The Hague",
    });
  });
});

describe("the subscribable calendar", () => {
  test("names itself, asks to be refreshed hourly, and holds the events given, with one UID each", () => {
    const index = PublicationView.of(content);
    const events = index.calendarEvents(Date.parse("2030-03-20T11:00:00Z"));
    const calendar = parseCalendar(eventsCalendar(events));
    expect(calendar.name).toBe("HSD events");
    expect(calendar.refreshInterval).toBe("PT1H");
    expect(calendar.events.map((event) => event.summary)).toEqual(events.map((event: Article) => event.title));
    expect(new Set(calendar.events.map((event) => event.uid)).size).toBe(events.length);
  });

  test("articles without an event are left out", () => {
    const news = content.articles.find((a) => a.slug === "campus-news")!;
    expect(isEventArticle(news)).toBe(false);
    expect(
      parseCalendar(eventsCalendar([news, article("hsd-cafe-2024")])).events.map((event) => event.summary),
    ).toEqual(["HSD Café on critical infrastructure"]);
  });
});

describe("the server's own time zone changes nothing", { timeout: 60_000 }, () => {
  const script = path.resolve(__dirname, "support/print-calendar.ts");
  const inThisProcess = content.articles
    .filter(isEventArticle)
    .map((article) => eventCalendar(article))
    .join("\n");
  test.each(["Pacific/Kiritimati", "America/Los_Angeles"])(
    "under TZ=%s the files are byte for byte the same",
    (zone) => {
      const there = spawnSync(process.execPath, ["--import", "tsx", script], {
        env: { ...process.env, TZ: zone },
        encoding: "utf8",
      });
      expect(there.stderr).toBe("");
      expect(there.stdout).toBe(inThisProcess);
      expect(there.stdout).toContain("DTSTART;VALUE=DATE:20300611");
      expect(there.stdout).toContain("DTSTART:20300330T190000Z");
    },
  );
});
