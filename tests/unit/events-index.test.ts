/**
 * Event queries of the content index over the events fixture: upcoming and
 * past at a moment, /events pages, the home page's next events, the calendar,
 * and an event moving from upcoming to past by the clock alone.
 */
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { PublicationView, type Article } from "@/content";
import { eventPeriod } from "@/content/events";
import { loadContent } from "@/content/load";
import { resetClock, setClock } from "@/lib/clock";
import { EVENTS_LISTING } from "@/lib/routes";

const fixture = path.resolve(__dirname, "../fixtures/events");
const content = loadContent(fixture, { warnings: false });
const indexOf = (preview = false) => PublicationView.of(content, { preview });
const slugs = (articles: readonly Pick<Article, "slug">[]) => articles.map((article) => article.slug);
/** An Amsterdam wall-clock time in March 2030 (winter time, UTC+1) or later, as epoch ms. */
const amsterdam = (iso: string) => Date.parse(iso);

/** 20 March 2030, 12:00 in Amsterdam: the moment the fixture's README describes. */
const NOW = amsterdam("2030-03-20T12:00:00+01:00");
/** The pitch session ends at 17:00 on 21 March (winter time). */
const PITCH_ENDS = amsterdam("2030-03-21T17:00:00+01:00");

const UPCOMING = [
  "pitch-session-security-startups",
  "night-of-cyber-security",
  "hsd-cafe-cyber-resilience",
  "open-day-security-campus",
  "data-ethics-webinar",
  "smart-society-summit",
  "hybrid-meetup-urban-security",
];
const PAST = [
  "quarterly-meeting-december-2029",
  "cyber-week-2029",
  "identity-webinar-2029",
  "security-innovation-days-2025",
  "hsd-cafe-2024",
  "smart-city-conference-2023",
  "online-meetup-2022",
];

afterEach(resetClock);

describe("events at a moment", () => {
  test("upcoming soonest first, then past most recent first; drafts and scheduled announcements are absent", () => {
    setClock(NOW);
    const schedule = indexOf().eventSchedule();
    expect(slugs(schedule.upcoming)).toEqual(UPCOMING);
    expect(slugs(schedule.past)).toEqual(PAST);
  });

  test("/events is 12 a page: page 1 holds the 7 upcoming and the 5 most recent past events, page 2 the rest", () => {
    setClock(NOW);
    const index = indexOf();
    expect(index.listingPageCount(EVENTS_LISTING)).toBe(2);
    const first = index.listingPage(EVENTS_LISTING, 1)!;
    expect(slugs(first.upcoming)).toEqual(UPCOMING);
    expect(slugs(first.past)).toEqual(PAST.slice(0, 5));
    expect(first).toMatchObject({ pageNumber: 1, pageCount: 2 });
    const second = index.listingPage(EVENTS_LISTING, 2)!;
    expect(second.upcoming).toEqual([]);
    expect(slugs(second.past)).toEqual(PAST.slice(5));
    for (const missing of [0, 3, 1.5, Number.NaN]) expect(index.listingPage(EVENTS_LISTING, missing)).toBeUndefined();
  });

  test("the home page gets the next three", () => {
    setClock(NOW);
    expect(slugs(indexOf().upcomingEvents())).toEqual(UPCOMING.slice(0, 3));
  });

  test("an event turns past at its end, by the clock alone: it leaves the upcoming ones and heads the past ones", () => {
    const index = indexOf();
    setClock(PITCH_ENDS - 1);
    const pitch = index.bySlug("pitch-session-security-startups")!;
    expect(index.eventStatusOf(pitch)).toBe("ongoing");
    expect(slugs(index.upcomingEvents())[0]).toBe("pitch-session-security-startups");
    setClock(PITCH_ENDS);
    expect(index.eventStatusOf(pitch)).toBe("past");
    expect(slugs(index.eventSchedule().upcoming)).toEqual(UPCOMING.slice(1));
    expect(slugs(index.eventSchedule().past)).toEqual(["pitch-session-security-startups", ...PAST]);
    expect(slugs(index.upcomingEvents())).toEqual(UPCOMING.slice(1, 4));
    expect(slugs(index.listingPage(EVENTS_LISTING, 1)!.past)).toEqual([
      "pitch-session-security-startups",
      ...PAST.slice(0, 5),
    ]);
  });

  test("a scheduled announcement's event appears with its release; a draft's never", () => {
    const index = indexOf();
    setClock(amsterdam("2030-03-25T09:00:00+01:00"));
    expect(slugs(index.eventSchedule().upcoming)).toContain("summer-school-announcement");
    expect(index.listingPageCount(EVENTS_LISTING)).toBe(2);
    setClock(amsterdam("2100-01-01T00:00:00Z"));
    expect(slugs(index.eventSchedule().past)).not.toContain("draft-event");
  });

  test("what is prerendered covers the scheduled announcement's event too", () => {
    setClock(NOW);
    const index = indexOf();
    expect(slugs(index.upcoming.eventArticles)).toContain("summer-school-announcement");
    expect(index.upcoming.listingPageCount(EVENTS_LISTING)).toBe(2);
  });

  test("the preview shows drafts' events as well", () => {
    setClock(NOW);
    expect(slugs(indexOf(true).eventSchedule().upcoming)).toContain("draft-event");
  });
});

describe("when an event is over", () => {
  const period = (slug: string) => eventPeriod(content.articles.find((article) => article.slug === slug)!.event!);

  test("a timed event at its end; across the change to summer time the instants are right", () => {
    expect(period("night-of-cyber-security")).toEqual({
      startMs: Date.parse("2030-03-30T19:00:00Z"),
      endMs: Date.parse("2030-03-31T02:00:00Z"),
      allDay: false,
      openEnded: false,
    });
  });

  test("an all-day event at midnight after its last day, in Amsterdam (summer time here)", () => {
    expect(period("smart-society-summit")).toMatchObject({
      startMs: Date.parse("2030-06-10T22:00:00Z"),
      endMs: Date.parse("2030-06-12T22:00:00Z"),
      allDay: true,
    });
    expect(period("open-day-security-campus")).toMatchObject({
      startMs: Date.parse("2030-04-19T22:00:00Z"),
      endMs: Date.parse("2030-04-20T22:00:00Z"),
    });
  });

  test("a timed event without an end at midnight after its day: it stays listed while it takes place", () => {
    expect(period("data-ethics-webinar")).toEqual({
      startMs: Date.parse("2030-05-14T08:00:00Z"),
      endMs: Date.parse("2030-05-14T22:00:00Z"),
      allDay: false,
      openEnded: true,
    });
  });

  test("an article without an event has no status", () => {
    expect(
      indexOf().eventStatusOf(
        content.articles.find((article) => article.slug === "campus-news")!,
        NOW,
      ),
    ).toBeUndefined();
  });
});

describe("asking often is cheap", () => {
  test("the schedule is one object until the next event ends, then a new one; going back in time works too", () => {
    const index = indexOf();
    const first = index.eventSchedule(NOW);
    expect(index.eventSchedule(NOW + 60_000)).toBe(first);
    expect(index.eventSchedule(PITCH_ENDS - 1)).toBe(first);
    const after = index.eventSchedule(PITCH_ENDS);
    expect(after).not.toBe(first);
    expect(index.eventSchedule(PITCH_ENDS + 60_000)).toBe(after);
    expect(slugs(index.eventSchedule(NOW).upcoming)).toEqual(UPCOMING);
  });

  test("the next moment anything changes by the clock: the earlier of an event's end and a release", () => {
    const index = indexOf();
    expect(index.nextChangeAt(NOW)).toBe(PITCH_ENDS);
    // After the pitch session, the summer school's release (25 March, 09:00) comes before the night of 30 March ends.
    expect(index.nextChangeAt(PITCH_ENDS)).toBe(amsterdam("2030-03-25T09:00:00+01:00"));
    expect(index.nextChangeAt(amsterdam("2030-03-25T09:00:00+01:00"))).toBe(Date.parse("2030-03-31T02:00:00Z"));
  });

  test("at every moment, the cached answers equal a plain filter and sort over all events", () => {
    const index = indexOf();
    const events = content.articles.filter((article) => article.event && !article.draft);
    const moments = events.flatMap((article) => {
      const { startMs, endMs } = eventPeriod(article.event!);
      return [startMs - 1, startMs, endMs - 1, endMs, endMs + 1];
    });
    moments.push(...moments.slice().reverse());
    for (const at of moments) {
      const published = events.filter((article) => article.date.epochMs <= at);
      const upcoming = published
        .filter((article) => eventPeriod(article.event!).endMs > at)
        .sort(
          (a, b) =>
            eventPeriod(a.event!).startMs - eventPeriod(b.event!).startMs ||
            eventPeriod(a.event!).endMs - eventPeriod(b.event!).endMs,
        );
      const past = published
        .filter((article) => eventPeriod(article.event!).endMs <= at)
        .sort(
          (a, b) =>
            eventPeriod(b.event!).startMs - eventPeriod(a.event!).startMs ||
            eventPeriod(b.event!).endMs - eventPeriod(a.event!).endMs,
        );
      const schedule = index.eventSchedule(at);
      expect(slugs(schedule.upcoming), new Date(at).toISOString()).toEqual(slugs(upcoming));
      expect(slugs(schedule.past), new Date(at).toISOString()).toEqual(slugs(past));
    }
  });
});

describe("the subscribable calendar", () => {
  test("holds every upcoming event and those that ended within a year, not older ones", () => {
    setClock(NOW);
    expect(slugs(indexOf().calendarEvents())).toEqual([
      ...UPCOMING,
      "quarterly-meeting-december-2029",
      "cyber-week-2029",
      "identity-webinar-2029",
    ]);
  });
});
