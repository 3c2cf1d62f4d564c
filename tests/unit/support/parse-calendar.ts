/**
 * Reads iCalendar text back with ical.js, a different library from the one that
 * writes it (ical-generator), so the tests check the format, not one library's
 * round trip.
 */
import ICAL from "ical.js";

export interface ParsedEvent {
  uid: string;
  summary: string;
  sequence: number;
  /** UTC ISO instant for a timed event; `YYYY-MM-DD` for an all-day one. */
  start: string;
  end?: string;
  allDay: boolean;
  lastModified: string;
  stamp: string;
  url: string;
  location: string;
  description: string;
}

export interface ParsedCalendar {
  name?: string;
  refreshInterval?: string;
  method?: string;
  events: ParsedEvent[];
}

function moment(time: ICAL.Time | null): string | undefined {
  if (!time) return undefined;
  return time.isDate ? time.toString() : time.toJSDate().toISOString();
}

export function parseCalendar(text: string): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      sequence: event.sequence,
      start: moment(event.startDate)!,
      // ical.js derives an end when DTEND is absent; report only what the file says.
      end: component.hasProperty("dtend") ? moment(event.endDate) : undefined,
      allDay: event.startDate.isDate,
      lastModified: moment(component.getFirstPropertyValue("last-modified") as ICAL.Time)!,
      stamp: moment(component.getFirstPropertyValue("dtstamp") as ICAL.Time)!,
      url: String(component.getFirstPropertyValue("url")),
      location: String(component.getFirstPropertyValue("location") ?? ""),
      description: String(component.getFirstPropertyValue("description") ?? ""),
    };
  });
  const value = (name: string) => {
    const found = calendar.getFirstPropertyValue(name);
    return found === null ? undefined : String(found);
  };
  return { name: value("x-wr-calname"), refreshInterval: value("refresh-interval"), method: value("method"), events };
}
