import type { ArticleEvent } from "@/content/model";
import type { Edition } from "@/lib/editions";
import { eventTime, type EventTime } from "@/lib/dates";
import { translator } from "@/i18n/translator";

interface EventWhenProps {
  event: Pick<ArticleEvent, "start" | "end">;
  /** `long` for the event box (weekday and month in full, the zone named), `short` for cards. */
  style?: "long" | "short";
  edition: Edition;
}

type Case = "allDay" | "allDayRange" | "open" | "sameDay" | "severalDays" | "zonesDiffer";

/** Which way of saying it fits the event: all day (one day or several), or timed (no end, one day, several days, across a change of zone). */
function caseOf(when: EventTime, event: EventWhenProps["event"]): Case {
  if (when.allDay) return when.end ? "allDayRange" : "allDay";
  if (!when.end) return "open";
  if (when.startZone !== when.endZone) return "zonesDiffer";
  return event.end && event.end.day !== event.start.day ? "severalDays" : "sameDay";
}

/**
 * An event's day and time range as text with `<time datetime>` for each end:
 * "Tuesday 2 April 2030, 14:00 to 17:00, Amsterdam time (CEST)", "dinsdag 2 april 2030,
 * 14.00 tot 17.00 uur (Nederlandse tijd)". The range says "to"/"tot" rather than a dash,
 * which screen readers read out unevenly; Dutch says "tot en met" between days, which
 * includes the last. When a daylight-saving change falls inside the event, each time names
 * its own zone. Each case is one message, so each language orders its words its own way.
 */
export function EventWhen({ event, style = "long", edition }: EventWhenProps) {
  const t = translator(edition, "eventWhen");
  const when = eventTime(event, style, edition);
  const chosen = caseOf(when, event);
  // All-day ranges read the same on cards and in the box; every other case has a short form.
  const message = style === "short" && chosen !== "allDayRange" ? (`${chosen}Short` as const) : chosen;
  return t.rich(message, {
    start: when.start.text,
    end: when.end?.text ?? "",
    zone: when.endZone ?? "",
    startZone: when.startZone ?? "",
    endZone: when.endZone ?? "",
    startTime: (chunks) => <time dateTime={when.start.datetime}>{chunks}</time>,
    endTime: (chunks) => <time dateTime={when.end?.datetime}>{chunks}</time>,
  });
}
