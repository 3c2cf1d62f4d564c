import { TZDate } from "@date-fns/tz";
import { format, isValid } from "date-fns";
import type { Edition } from "./editions";
import { site } from "./site";

/**
 * A date as editors write it: a calendar day, optionally with a wall-clock
 * time, both in Europe/Amsterdam. Kept as its parts so that nothing depends on
 * the server's own time zone.
 */
export interface ContentDate {
  /** `YYYY-MM-DD`, exactly as written. */
  day: string;
  /** `HH:mm` when the editor gave a time. */
  time?: string;
  /** The instant this date stands for, in milliseconds since the epoch. */
  epochMs: number;
}

const CONTENT_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/;

export type DateParseResult = { ok: true; value: ContentDate } | { ok: false; reason: string };

/**
 * Results by text: finding the Amsterdam offset of a wall-clock time goes through Intl and cost
 * about a fifth of loading 10,000 articles, while an archive holds far fewer distinct dates.
 */
const parsedDates = new Map<string, DateParseResult>();

/** Reads `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm` as a moment in Europe/Amsterdam. */
export function parseContentDate(text: string): DateParseResult {
  let result = parsedDates.get(text);
  if (!result) {
    result = parseUncached(text);
    if (result.ok) Object.freeze(result.value);
    parsedDates.set(text, result);
  }
  return result;
}

function parseUncached(text: string): DateParseResult {
  const match = CONTENT_DATE.exec(text);
  if (!match) {
    const reason = `"${text}" is not a date of the form YYYY-MM-DD or YYYY-MM-DDTHH:mm`;
    return { ok: false, reason: `${reason}${suggestedContentDate(text)}` };
  }
  const [, y, m, d, hh, mm] = match;
  const year = Number(y);
  const month = Number(m);
  const dayOfMonth = Number(d);
  const hours = hh === undefined ? 0 : Number(hh);
  const minutes = mm === undefined ? 0 : Number(mm);
  // A UTC calendar check: only the calendar is being validated, not a moment.
  const calendar = new Date(Date.UTC(year, month - 1, dayOfMonth));
  if (
    calendar.getUTCFullYear() !== year ||
    calendar.getUTCMonth() !== month - 1 ||
    calendar.getUTCDate() !== dayOfMonth
  ) {
    return { ok: false, reason: `"${text}" is not a real date` };
  }
  if (hours > 23 || minutes > 59) {
    return { ok: false, reason: `"${text}" is not a real time of day` };
  }
  const instant = new TZDate(year, month - 1, dayOfMonth, hours, minutes, site.timeZone);
  if (!isValid(instant)) return { ok: false, reason: `"${text}" is not a real date` };
  const day = `${y}-${m}-${d}`;
  const time = hh === undefined ? undefined : `${hh}:${mm}`;
  return { ok: true, value: { day, time, epochMs: instant.getTime() } };
}

/** Month names editors write in a date (`15 januari 2027`, `15 Jan 2027`), English and Dutch, full or cut short. */
const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(
  [
    ["january", "januari", "jan"],
    ["february", "februari", "feb"],
    ["march", "maart", "mar", "mrt"],
    ["april", "apr"],
    ["may", "mei"],
    ["june", "juni", "jun"],
    ["july", "juli", "jul"],
    ["august", "augustus", "aug"],
    ["september", "sep", "sept"],
    ["october", "oktober", "oct", "okt"],
    ["november", "nov"],
    ["december", "dec"],
  ].flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);

/** A time after a date: `09:00`, `9.00`, `9:00 uur`, with `T`, a space or `om` before it. */
const TIME_PART = String.raw`(?:(?:\s*T|\s+(?:om\s+|at\s+)?)(\d{1,2})[:.](\d{2})(?:\s*uur)?)?`;
/** `15-01-2027`, `15/01/2027`, `15.01.2027`, each with an optional time. */
const DAY_MONTH_YEAR = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})${TIME_PART}$`);
/** `15 januari 2027`, `15 Jan. 2027`, `15 January 2027`, each with an optional time. */
const DAY_MONTH_NAME_YEAR = new RegExp(String.raw`^(\d{1,2})\s+([a-z]+)\.?,?\s+(\d{4})${TIME_PART}$`, "i");
/** `2027-1-5`: the right order with a digit missing. */
const UNPADDED = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME_PART}$`);

function isoForm(year: string | number, month: number, day: number, hours?: string, minutes?: string): string {
  const two = (n: number | string) => String(n).padStart(2, "0");
  return `${year}-${two(month)}-${two(day)}${hours === undefined ? "" : `T${two(hours)}:${minutes}`}`;
}

/**
 * What to write instead of a date in another common form: `; did you mean 2027-01-15T09:00?` for
 * `15-01-2027 09:00`, `15/01/2027 09:00` or `15 januari 2027 om 9.00 uur`. A day and a month that
 * could each be the other (`01/02/2027`) name both readings; a form read as no real date, nothing.
 */
function suggestedContentDate(text: string): string {
  const real = (candidate: string) => (parseUncached(candidate).ok ? candidate : undefined);
  const named = DAY_MONTH_NAME_YEAR.exec(text);
  if (named) {
    const month = MONTH_NUMBERS.get(named[2].toLowerCase());
    const meant =
      month === undefined ? undefined : real(isoForm(named[3], month, Number(named[1]), named[4], named[5]));
    return meant ? `; did you mean ${meant}?` : "";
  }
  const unpadded = UNPADDED.exec(text);
  if (unpadded) {
    const meant = real(isoForm(unpadded[1], Number(unpadded[2]), Number(unpadded[3]), unpadded[4], unpadded[5]));
    return meant ? `; did you mean ${meant}?` : "";
  }
  const numeric = DAY_MONTH_YEAR.exec(text);
  if (!numeric) return "";
  const [first, second] = [Number(numeric[1]), Number(numeric[3])];
  const dayFirst = real(isoForm(numeric[4], second, first, numeric[5], numeric[6]));
  const monthFirst = first === second ? undefined : real(isoForm(numeric[4], first, second, numeric[5], numeric[6]));
  if (dayFirst && monthFirst)
    return `; write ${dayFirst} if the day comes first (as in Dutch), or ${monthFirst} if the month does`;
  const meant = dayFirst ?? monthFirst;
  return meant ? `; did you mean ${meant}?` : "";
}

/** Formatted texts by pattern and instant, most recently used last; bounded, as `now()` is formatted too. */
const formatted = new Map<string, string>();
const FORMATTED_LIMIT = 8192;

/**
 * `format` in Europe/Amsterdam, remembered: every formatting goes through Intl for the zone's offset,
 * which made dates a tenth of a page's rendering, while pages show the same few hundred dates again and again.
 */
function formatInSiteZone(epochMs: number, pattern: string): string {
  const key = `${pattern}\u0000${epochMs}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = format(new TZDate(epochMs, site.timeZone), pattern);
    if (formatted.size >= FORMATTED_LIMIT) formatted.delete(formatted.keys().next().value as string);
    formatted.set(key, text);
  }
  return text;
}

/*
 * Dutch names as HSD writes them, fixed here rather than taken from a locale: date-fns's `nl`
 * writes "mrt." with a period and "din" for a short weekday, and Intl's CLDR data has changed
 * between versions. Lower case, as Dutch writes them.
 */
const DUTCH_MONTHS = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
];
const DUTCH_MONTHS_SHORT = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
/** Monday first, as date-fns's ISO weekday `i` counts (1 = Monday). */
const DUTCH_WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"];
const DUTCH_WEEKDAYS_SHORT = ["ma", "di", "wo", "do", "vr", "za", "zo"];

/** The Amsterdam calendar parts of an instant (through the same remembered formatting as every other date). */
function siteParts(epochMs: number): { year: string; month: number; dayOfMonth: number; weekday: number } {
  const [year, month, dayOfMonth, weekday] = formatInSiteZone(epochMs, "yyyy M d i").split(" ");
  return { year, month: Number(month), dayOfMonth: Number(dayOfMonth), weekday: Number(weekday) };
}

/** `20 Mar 2019` in English, `20 mrt 2019` in Dutch (no period): the one format dates are shown in. */
export function formatDisplayDate(date: ContentDate, edition: Edition): string {
  if (edition === "en") return formatInSiteZone(date.epochMs, "dd MMM yyyy");
  const { year, month, dayOfMonth } = siteParts(date.epochMs);
  return `${String(dayOfMonth).padStart(2, "0")} ${DUTCH_MONTHS_SHORT[month - 1]} ${year}`;
}

/**
 * A date in running text (the accessibility statement's "last reviewed"): English keeps the
 * display format (`28 Nov 2026`); Dutch writes the month in full there (`28 november 2026`).
 */
export function formatProseDate(date: ContentDate, edition: Edition): string {
  if (edition === "en") return formatDisplayDate(date, edition);
  const { year, month, dayOfMonth } = siteParts(date.epochMs);
  return `${dayOfMonth} ${DUTCH_MONTHS[month - 1]} ${year}`;
}

/**
 * A wall-clock time as written (`HH:mm`, Amsterdam) as the edition shows it: `09:00` in
 * English; `9.00` in Dutch (a full stop, no leading zero in the hour; "uur" is the caller's).
 */
export function formatTime(time: string, edition: Edition): string {
  if (edition === "en") return time;
  const [hours, minutes] = time.split(":");
  return `${Number(hours)}.${minutes}`;
}

/** `02 Dec 2026 at 09:00` / `02 dec 2026 om 9.00 uur` when a time was given, else the date alone: for release times. */
export function formatDisplayDateTime(date: ContentDate, edition: Edition): string {
  if (!date.time) return formatDisplayDate(date, edition);
  const day = formatDisplayDate(date, edition);
  return edition === "en" ? `${day} at ${date.time}` : `${day} om ${formatTime(date.time, edition)} uur`;
}

/** The calendar day in Europe/Amsterdam at an instant, as `YYYY-MM-DD` (what editors write as `date`). */
export function siteDayAt(epochMs: number): string {
  return formatInSiteZone(epochMs, "yyyy-MM-dd");
}

/** The value of `<time datetime>`: the calendar day, or day and time when one was given. */
export function machineDate(date: ContentDate): string {
  return date.time ? `${date.day}T${date.time}` : date.day;
}

/** ISO 8601 with the Amsterdam offset, e.g. `2019-03-20T00:00:00+01:00`, for metadata and feeds. */
export function isoDateTime(date: ContentDate): string {
  return formatInSiteZone(date.epochMs, "yyyy-MM-dd'T'HH:mm:ssXXX");
}

/** Newest first; the comparison every listing uses. */
export function compareNewestFirst(a: ContentDate, b: ContentDate): number {
  return b.epochMs - a.epochMs;
}

/** Calendar-day arithmetic on the parts, so no server zone and no daylight-saving shift can move it. */
function dayAfter(day: string): { year: number; month: number; dayOfMonth: number } {
  const [year, month, dayOfMonth] = day.split("-").map(Number);
  const next = new Date(Date.UTC(year, month - 1, dayOfMonth + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, dayOfMonth: next.getUTCDate() };
}

/** The day after a `YYYY-MM-DD` day, as `YYYY-MM-DD`: the exclusive end of an all-day event in iCalendar. */
export function nextDay(day: string): string {
  const { year, month, dayOfMonth } = dayAfter(day);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(dayOfMonth).padStart(2, "0")}`;
}

/** By day: like parsed dates, finding a zone offset goes through Intl, and events share few days. */
const dayEnds = new Map<string, number>();

/** Midnight in Europe/Amsterdam at the end of the date's calendar day (epoch ms): when a day's events are over. */
export function endOfSiteDay(date: ContentDate): number {
  let end = dayEnds.get(date.day);
  if (end === undefined) {
    const { year, month, dayOfMonth } = dayAfter(date.day);
    end = new TZDate(year, month - 1, dayOfMonth, 0, 0, site.timeZone).getTime();
    dayEnds.set(date.day, end);
  }
  return end;
}

const zoneNames = new Intl.DateTimeFormat("en-GB", { timeZone: site.timeZone, timeZoneName: "short" });

/** The zone's short name at an instant, as readers know it: `CET` in winter, `CEST` in summer. */
export function zoneAbbreviation(epochMs: number): string {
  return zoneNames.formatToParts(epochMs).find((part) => part.type === "timeZoneName")?.value ?? "";
}

/** One end of an event's time, ready for `<time dateTime={datetime}>{text}</time>`. */
export interface TimePoint {
  datetime: string;
  text: string;
}

/** When an event takes place, in words and machine-readable parts; see eventTime. */
export interface EventTime {
  start: TimePoint;
  /** Absent for a one-day all-day event and for a timed event without an end. */
  end?: TimePoint;
  /** Short zone names (`CET`, `CEST`) of start and end; absent for all-day events, which have no time. */
  startZone?: string;
  endZone?: string;
  allDay: boolean;
}

/**
 * An event's day and time range, for the event box (`long`: `Tuesday 2 April 2030`, `dinsdag
 * 2 april 2030`) or a card (`short`: `Tue 2 Apr 2030`, `di 2 apr 2030`), with times as the edition
 * writes them (`16:00`, `16.00`). Times are Amsterdam wall-clock times; the end's day is repeated
 * only when it differs from the start's. The zone names let the caller say which offset applies,
 * which matters when a daylight-saving change falls inside the event; the words between the
 * parts ("to", "tot", "uur") are the interface's (src/components/EventWhen.tsx).
 */
export function eventTime(
  event: { start: ContentDate; end?: ContentDate },
  style: "long" | "short",
  edition: Edition,
): EventTime {
  const dayText = (date: ContentDate) => eventDay(date, style, edition);
  const timeText = (date: ContentDate) => formatTime(date.time!, edition);
  const { start, end } = event;
  if (!start.time) {
    const last = end && end.day !== start.day ? end : undefined;
    return {
      start: { datetime: start.day, text: dayText(start) },
      end: last ? { datetime: last.day, text: dayText(last) } : undefined,
      allDay: true,
    };
  }
  const startZone = zoneAbbreviation(start.epochMs);
  const startPoint = { datetime: isoDateTime(start), text: `${dayText(start)}, ${timeText(start)}` };
  if (!end?.time) return { start: startPoint, startZone, endZone: startZone, allDay: false };
  return {
    start: startPoint,
    end: {
      datetime: isoDateTime(end),
      text: end.day === start.day ? timeText(end) : `${dayText(end)}, ${timeText(end)}`,
    },
    startZone,
    endZone: zoneAbbreviation(end.epochMs),
    allDay: false,
  };
}

/** An event's day with its weekday: `Tuesday 2 April 2030` / `Tue 2 Apr 2030`, `dinsdag 2 april 2030` / `di 2 apr 2030`. */
function eventDay(date: ContentDate, style: "long" | "short", edition: Edition): string {
  if (edition === "en") return formatInSiteZone(date.epochMs, style === "long" ? "EEEE d MMMM yyyy" : "EEE d MMM yyyy");
  const { year, month, dayOfMonth, weekday } = siteParts(date.epochMs);
  const weekdays = style === "long" ? DUTCH_WEEKDAYS : DUTCH_WEEKDAYS_SHORT;
  const months = style === "long" ? DUTCH_MONTHS : DUTCH_MONTHS_SHORT;
  return `${weekdays[weekday - 1]} ${dayOfMonth} ${months[month - 1]} ${year}`;
}
