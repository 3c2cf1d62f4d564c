/**
 * iCalendar (RFC 5545) for events, written with ical-generator: one VEVENT per
 * event article, for its own .ics file and for the subscribable /events.ics, in
 * each edition (/nl/nieuws/<slug>/event.ics and /nl/evenementen.ics speak Dutch
 * and link to the Dutch pages).
 * Timed events are written as UTC instants, which every calendar application
 * converts to its reader's zone and which stay right across daylight-saving
 * changes; all-day events as dates. Nothing in the output depends on when it
 * was generated, so an unchanged event gives the same bytes.
 */
import ical, { ICalCalendarMethod, ICalEventStatus, type ICalEventData } from "ical-generator";
import type { Article, ArticleInEdition } from "@/content/model";
import { nextDay } from "@/lib/dates";
import type { Edition } from "@/lib/editions";
import { articlePath, EVENTS_LISTING, listingPath } from "@/lib/routes";
import { absoluteUrl, site, siteUrl } from "@/lib/site";
import { translator } from "@/i18n/translator";

/**
 * The words of an event in a calendar of an edition: its title and summary in that edition (the
 * Dutch translation's, else the English). Everything else is the article's own: one UID per event
 * whatever the edition, so a calendar that took the event from both editions shows it once.
 */
export type CalendarText = Pick<ArticleInEdition, "title" | "summary">;

export const CALENDAR_CONTENT_TYPE = "text/calendar; charset=utf-8";
/** Calendar applications poll a subscription; a few minutes' delay is harmless, as for feeds. */
export const CALENDAR_CACHE_CONTROL = "public, max-age=300, s-maxage=600, stale-while-revalidate=86400";
/** How often subscribers are asked to refresh /events.ics (and /nl/evenementen.ics), in seconds. */
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

function eventData(article: EventArticle, edition: Edition, text: CalendarText): ICalEventData {
  const { event } = article;
  const t = translator(edition, "calendar");
  const url = absoluteUrl(articlePath(edition, article.slug));
  const modified = new Date((article.updated ?? article.date).epochMs);
  const allDay = !event.start.time;
  const place = [event.location, event.address].filter(Boolean).join(", ");
  const description = [
    text.summary,
    event.online ? t("online", { url: event.online }) : undefined,
    event.registration ? t("registration", { url: event.registration }) : undefined,
    t("more", { url }),
  ].filter(Boolean);
  return {
    id: eventUid(article),
    sequence: eventSequence(article),
    // A published calendar's DTSTAMP is when its information last changed (RFC 5545 3.8.7.2).
    stamp: modified,
    lastModified: modified,
    created: new Date(article.date.epochMs),
    summary: text.title,
    description: description.join("\n\n"),
    location: place || event.online,
    url,
    status: ICalEventStatus.CONFIRMED,
    ...(allDay
      ? { allDay: true, start: dateOnly(event.start.day), end: dateOnly(nextDay((event.end ?? event.start).day)) }
      : { start: new Date(event.start.epochMs), end: event.end ? new Date(event.end.epochMs) : undefined }),
  };
}

function calendarOf(
  entries: readonly { article: EventArticle; text: CalendarText }[],
  edition: Edition,
  subscription: boolean,
): string {
  const calendar = ical({
    prodId: { company: site.name, product: translator(edition, "site")("newsTitle"), language: edition.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
  });
  if (subscription) {
    const t = translator(edition, "calendar");
    calendar.name(t("name", { shortName: site.shortName }));
    calendar.description(t("description", { siteName: site.name }));
    calendar.url(absoluteUrl(listingPath(edition, EVENTS_LISTING)));
    calendar.ttl(REFRESH_SECONDS);
  }
  for (const { article, text } of entries) calendar.createEvent(eventData(article, edition, text));
  return calendar.toString();
}

/** The .ics file of one event in an edition: its words (`text`, the English article's by default) and its link in that edition. */
export function eventCalendar(article: EventArticle, edition: Edition = "en", text: CalendarText = article): string {
  return calendarOf([{ article, text }], edition, false);
}

/** The calendar readers of an edition subscribe to: the events given, in that order, each in the edition's words (`textOf`). */
export function eventsCalendar(
  articles: readonly Article[],
  edition: Edition = "en",
  textOf: (article: Article) => CalendarText = (article) => article,
): string {
  return calendarOf(
    articles.filter(isEventArticle).map((article) => ({ article, text: textOf(article) })),
    edition,
    true,
  );
}

/** A calendar as an HTTP response; `download` names the file a browser saves. */
export function calendarResponse(body: string, download?: string): Response {
  const headers: Record<string, string> = {
    "Content-Type": CALENDAR_CONTENT_TYPE,
    "Cache-Control": CALENDAR_CACHE_CONTROL,
  };
  if (download) headers["Content-Disposition"] = `attachment; filename="${download}"`;
  return new Response(body, { headers });
}
