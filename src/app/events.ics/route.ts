import { eventsCalendarRoute } from "@/app/_routes/calendars";

export const revalidate = 300;

export const dynamic = "force-static";

/** Every upcoming event and the recent past ones, for calendar applications to subscribe to. */
export const { GET } = eventsCalendarRoute("en");
