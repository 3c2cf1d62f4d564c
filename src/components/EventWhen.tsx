import type { ArticleEvent } from "@/content/model";
import { eventTime } from "@/lib/dates";
import { site } from "@/lib/site";

interface EventWhenProps {
  event: Pick<ArticleEvent, "start" | "end">;
  /** `long` for the event box (weekday and month in full, "Amsterdam time"), `short` for cards. */
  style?: "long" | "short";
}

/**
 * An event's day and time range as text with `<time datetime>` for each end:
 * "Tuesday 2 April 2030, 14:00 to 17:00, Amsterdam time (CEST)". The range says
 * "to" rather than a dash, which screen readers read out unevenly. When a
 * daylight-saving change falls inside the event, each time names its own zone.
 */
export function EventWhen({ event, style = "long" }: EventWhenProps) {
  const when = eventTime(event, style);
  const zonesDiffer = when.startZone !== when.endZone;
  const closingZone = when.allDay ? "" : style === "long" ? (zonesDiffer ? `, ${site.timeZoneLabel}` : `, ${site.timeZoneLabel} (${when.endZone})`) : zonesDiffer ? "" : ` ${when.endZone}`;
  return (
    <>
      <time dateTime={when.start.datetime}>{when.start.text}</time>
      {zonesDiffer && ` ${when.startZone}`}
      {when.end && (
        <>
          {" to "}
          <time dateTime={when.end.datetime}>{when.end.text}</time>
        </>
      )}
      {zonesDiffer && ` ${when.endZone}`}
      {closingZone}
      {when.allDay && !when.end && style === "long" && ", all day"}
    </>
  );
}
