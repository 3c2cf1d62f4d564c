import { eventsCalendarRoute } from "@/app/_routes/calendars";

export const revalidate = 300;

export const dynamic = "force-static";

/** Every upcoming event and the recent past ones, in Dutch, for calendar applications to subscribe to. */
export const { GET } = eventsCalendarRoute("nl");
