/**
 * How an event's time is put into words and into JSON-LD: the Amsterdam day,
 * the zone named (CET or CEST), offsets in machine dates, and the right
 * schema.org location and attendance mode for each kind of event.
 */
import path from "node:path";
import { afterEach, describe, expect, test, vi } from "vitest";
import { PublicationView } from "@/content";
import { loadContent } from "@/content/load";
import { endOfSiteDay, eventTime, nextDay, parseContentDate, zoneAbbreviation } from "@/lib/dates";
import { eventJsonLd, serializeJsonLd } from "@/publish/structuredData";

const content = loadContent(path.resolve(__dirname, "../fixtures/events"), { warnings: false });
const article = (slug: string) => content.articles.find((a) => a.slug === slug)!;
const index = PublicationView.of(content);
/** An event article as the English edition shows it, with its page's address. */
const text = (slug: string) => index.catalogue.inEdition(article(slug), "en");
const pageOf = (slug: string) => `${process.env.SITE_URL ?? "http://localhost:3000"}/news/${slug}`;
const date = (text: string) => {
  const parsed = parseContentDate(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
};

afterEach(() => vi.unstubAllEnvs());

describe("calendar days and zones in Amsterdam", () => {
  test("the day after, across months, years and leap days", () => {
    expect(nextDay("2030-04-30")).toBe("2030-05-01");
    expect(nextDay("2030-12-31")).toBe("2031-01-01");
    expect(nextDay("2028-02-28")).toBe("2028-02-29");
  });

  test("a day ends at Amsterdam midnight, 23 hours after it began on the day the clocks go forward", () => {
    expect(new Date(endOfSiteDay(date("2030-03-30"))).toISOString()).toBe("2030-03-30T23:00:00.000Z");
    expect(new Date(endOfSiteDay(date("2030-03-31"))).toISOString()).toBe("2030-03-31T22:00:00.000Z");
    expect(endOfSiteDay(date("2030-03-31")) - date("2030-03-31").epochMs).toBe(23 * 3600_000);
    expect(endOfSiteDay(date("2030-10-27")) - date("2030-10-27").epochMs).toBe(25 * 3600_000);
  });

  test("CET in winter, CEST in summer", () => {
    expect(zoneAbbreviation(date("2030-01-15T12:00").epochMs)).toBe("CET");
    expect(zoneAbbreviation(date("2030-07-15T12:00").epochMs)).toBe("CEST");
  });
});

describe("an event's time in words", () => {
  test("timed, one day: the end's day is not repeated, and one zone serves both", () => {
    expect(eventTime(article("hsd-cafe-cyber-resilience").event!, "long", "en")).toEqual({
      start: { datetime: "2030-04-02T16:00:00+02:00", text: "Tuesday 2 April 2030, 16:00" },
      end: { datetime: "2030-04-02T18:30:00+02:00", text: "18:30" },
      startZone: "CEST",
      endZone: "CEST",
      allDay: false,
    });
  });

  test("timed across the change to summer time: each end has its own zone and offset", () => {
    expect(eventTime(article("night-of-cyber-security").event!, "short", "en")).toEqual({
      start: { datetime: "2030-03-30T20:00:00+01:00", text: "Sat 30 Mar 2030, 20:00" },
      end: { datetime: "2030-03-31T04:00:00+02:00", text: "Sun 31 Mar 2030, 04:00" },
      startZone: "CET",
      endZone: "CEST",
      allDay: false,
    });
  });

  test("all day: dates only, no zone; the last day only when there are several", () => {
    expect(eventTime(article("smart-society-summit").event!, "long", "en")).toEqual({
      start: { datetime: "2030-06-11", text: "Tuesday 11 June 2030" },
      end: { datetime: "2030-06-12", text: "Wednesday 12 June 2030" },
      allDay: true,
    });
    expect(eventTime(article("open-day-security-campus").event!, "long", "en").end).toBeUndefined();
  });
});

describe("JSON-LD Event", () => {
  test("on site: Place with name and address, offline attendance, dates with their offset, organizer and page", () => {
    vi.stubEnv("SITE_URL", "https://news.example.org");
    const data = eventJsonLd(
      text("night-of-cyber-security"),
      pageOf("night-of-cyber-security"),
      "https://news.example.org/news/night-of-cyber-security/preview.png",
    )!;
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Event",
      name: "Night of Cyber Security",
      startDate: "2030-03-30T20:00:00+01:00",
      endDate: "2030-03-31T04:00:00+02:00",
      eventStatus: "https://schema.org/EventScheduled",
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      location: { "@type": "Place", name: "HSD Campus", address: "Wilhelmina van Pruisenweg 104, 2595 AN The Hague" },
      organizer: { "@type": "Organization", name: "The Hague Security Delta", url: "https://news.example.org" },
      url: "https://news.example.org/news/night-of-cyber-security",
      image: ["https://news.example.org/news/night-of-cyber-security/preview.png"],
    });
  });

  test("online only: VirtualLocation and online attendance; no end time means no endDate", () => {
    const data = eventJsonLd(text("data-ethics-webinar"), pageOf("data-ethics-webinar"), "https://x.example/p.png")!;
    expect(data.location).toEqual({ "@type": "VirtualLocation", url: "https://example.org/live/data-ethics" });
    expect(data.eventAttendanceMode).toBe("https://schema.org/OnlineEventAttendanceMode");
    expect(data.endDate).toBeUndefined();
  });

  test("on site and online: both locations, mixed attendance", () => {
    const data = eventJsonLd(
      text("hybrid-meetup-urban-security"),
      pageOf("hybrid-meetup-urban-security"),
      "https://x.example/p.png",
    )!;
    expect(data.eventAttendanceMode).toBe("https://schema.org/MixedEventAttendanceMode");
    expect(data.location).toEqual([
      { "@type": "Place", name: "HSD Campus", address: undefined },
      { "@type": "VirtualLocation", url: "https://example.org/live/urban-security" },
    ]);
  });

  test("all day: the days themselves, the last day as endDate even for a one-day event", () => {
    expect(
      eventJsonLd(text("smart-society-summit"), pageOf("smart-society-summit"), "https://x.example/p.png"),
    ).toMatchObject({ startDate: "2030-06-11", endDate: "2030-06-12" });
    expect(
      eventJsonLd(text("open-day-security-campus"), pageOf("open-day-security-campus"), "https://x.example/p.png"),
    ).toMatchObject({ startDate: "2030-04-20", endDate: "2030-04-20" });
  });

  test("none for an article without an event; a hostile title stays inside its script element", () => {
    expect(eventJsonLd(text("campus-news"), pageOf("campus-news"), "https://x.example/p.png")).toBeUndefined();
    const hostile = { ...text("hsd-cafe-2024"), title: "</script><script>alert(1)</script>" };
    const serialized = serializeJsonLd(eventJsonLd(hostile, pageOf("hsd-cafe-2024"), "https://x.example/p.png")!);
    expect(serialized.toLowerCase()).not.toContain("</script");
    expect(JSON.parse(serialized).name).toBe("</script><script>alert(1)</script>");
  });
});
