/**
 * When an event begins and is over, as instants: what decides whether it is
 * upcoming or past. Pure functions over the article's event block.
 */
import { endOfSiteDay } from "../lib/dates";
import type { ArticleEvent, EventPeriod, EventStatus } from "./model";

export type { EventPeriod, EventStatus } from "./model";

/**
 * An all-day event lasts to midnight after its last day; a timed one to its end. A timed event
 * without an end stays among the upcoming ones until the end of its day, so a talk at 14:00 is
 * still listed (and on the home page) while it takes place, rather than vanishing as it starts.
 */
export function eventPeriod(event: ArticleEvent): EventPeriod {
  const allDay = !event.start.time;
  const startMs = event.start.epochMs;
  if (allDay) return { startMs, endMs: endOfSiteDay(event.end ?? event.start), allDay, openEnded: false };
  if (event.end) return { startMs, endMs: event.end.epochMs, allDay, openEnded: false };
  return { startMs, endMs: endOfSiteDay(event.start), allDay, openEnded: true };
}

export function eventStatusAt(period: EventPeriod, at: number): EventStatus {
  if (at >= period.endMs) return "past";
  return at >= period.startMs ? "ongoing" : "upcoming";
}
