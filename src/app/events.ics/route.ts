import { eventsCalendarRoute } from "@/app/_routes/calendars";

/** Seconds: regenerated within this window when an event is announced, changed or falls out of the calendar (a literal, as Next requires). */
export const revalidate = 300;

export const dynamic = "force-static";

/** Every upcoming event and the recent past ones, for calendar applications to subscribe to. */
export const { GET } = eventsCalendarRoute("en");
