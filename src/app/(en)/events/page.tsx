import { EventsListing } from "@/components/EventsListing";
import { listingRoute } from "@/app/_routes/listingRoute";

const route = listingRoute("en", "events", "first", { events: EventsListing });

/** Seconds: an event moves from upcoming to past (and a scheduled announcement appears) within this window, without a deploy. */
export const revalidate = 300;

export const { generateMetadata } = route;
export default route.Page;
