/**
 * iCalendar (RFC 5545) for events, written with ical-generator: one VEVENT per
 * event article, for its own .ics file and for the subscribable /events.ics.
 * Timed events are written as UTC instants, which every calendar application
 * converts to its reader's zone and which stay right across daylight-saving
 * changes; all-day events as dates. Nothing in the output depends on when it
 * was generated, so an unchanged event gives the same bytes.
 */
import ical, { ICalCalendarMethod, ICalEventStatus, type ICalEventData } from "ical-generator";
import type { Article } from "@/content/model";
import { nextDay } from "@/lib/dates";
import { articlePath, EVENTS_LISTING, listingPath } from "@/lib/routes";
import { absoluteUrl, site, siteUrl } from "@/lib/site";
import { translator } from "@/i18n/translator";

/**
 * Calendar files are shared by both editions (one UID per event, so a calendar that has both never
 * shows an event twice): they speak English and link to the English pages.
 */
const CALENDAR_EDITION = "en";

export const CALENDAR_CONTENT_TYPE = "text/calendar; charset=utf-8";
/** Calendar applications poll a subscription; a few minutes' delay is harmless, as for feeds. */
export const CALENDAR_CACHE_CONTROL = "public, max-age=300, s-maxage=600, stale-while-revalidate=86400";
/** How often subscribers are asked to refresh /events.ics, in seconds. */
const REFRESH_SECONDS = 3600;
const SEQUENCE_EPOCH = Date.UTC(2000, 0, 1);

export type EventArticle = Article & { event: NonNullable<Article["event"]> };

export function isEventArticle(article: Article): article is EventArticle {
  return article.event !== undefined;
}

/** The UID of an article's event: the same in its own file and in the subscription, on every build. */
export function eventUid(article: Pick<Article, "slug">): string {
  return `${article.slug}@${new URL(siteUrl()).hostname}`;
}

/**
 * SEQUENCE must grow with each significant change: whole minutes from 2000 to `updated`
 * (0 without it), so an editor who sets `updated` after moving an event makes calendars take the
 * new time, and nothing else (a build, the clock) changes it.
 */
export function eventSequence(article: Pick<Article, "updated">): number {
  return article.updated ? Math.max(0, Math.floor((article.updated.epochMs - SEQUENCE_EPOCH) / 60_000)) : 0;
}

/** A calendar date as ical-generator writes dates without a zone: its UTC parts. */
function dateOnly(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function eventData(article: EventArticle): ICalEventData {
  const { event } = article;
  const url = absoluteUrl(articlePath(CALENDAR_EDITION, article.slug));
  const modified = new Date((article.updated ?? article.date).epochMs);
  const allDay = !event.start.time;
  const place = [event.location, event.address].filter(Boolean).join(", ");
  const description = [
    article.summary,
    event.online ? `Online: ${event.online}` : undefined,
    event.registration ? `Registration: ${event.registration}` : undefined,
    `More: ${url}`,
  ].filter(Boolean);
  return {
    id: eventUid(article),
    sequence: eventSequence(article),
    // A published calendar's DTSTAMP is when its information last changed (RFC 5545 3.8.7.2).
    stamp: modified,
    lastModified: modified,
    created: new Date(article.date.epochMs),
    summary: article.title,
    description: description.join("\n\n"),
    location: place || event.online,
    url,
    status: ICalEventStatus.CONFIRMED,
    ...(allDay
      ? { allDay: true, start: dateOnly(event.start.day), end: dateOnly(nextDay((event.end ?? event.start).day)) }
      : { start: new Date(event.start.epochMs), end: event.end ? new Date(event.end.epochMs) : undefined }),
  };
}

function calendarOf(articles: readonly EventArticle[], name?: string): string {
  const calendar = ical({
    prodId: { company: site.name, product: translator(CALENDAR_EDITION, "site")("newsTitle"), language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
  });
  if (name) {
    calendar.name(name);
    calendar.description(`Events announced by ${site.name}`);
    calendar.url(absoluteUrl(listingPath(CALENDAR_EDITION, EVENTS_LISTING)));
    calendar.ttl(REFRESH_SECONDS);
  }
  for (const article of articles) calendar.createEvent(eventData(article));
  return calendar.toString();
}

/** The .ics file of one event. */
export function eventCalendar(article: EventArticle): string {
  return calendarOf([article]);
}

/** The calendar readers subscribe to: the events given, in that order. */
export function eventsCalendar(articles: readonly Article[]): string {
  return calendarOf(articles.filter(isEventArticle), `${site.shortName} events`);
}

/** A calendar as an HTTP response; `download` names the file a browser saves. */
export function calendarResponse(body: string, download?: string): Response {
  const headers: Record<string, string> = { "Content-Type": CALENDAR_CONTENT_TYPE, "Cache-Control": CALENDAR_CACHE_CONTROL };
  if (download) headers["Content-Disposition"] = `attachment; filename="${download}"`;
  return new Response(body, { headers });
}
