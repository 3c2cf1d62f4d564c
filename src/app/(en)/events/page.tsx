import { EventsListing } from "@/components/EventsListing";
import { listingRoute } from "@/app/_routes/listingRoute";

const route = listingRoute("en", "events", "first", EventsListing);

export const revalidate = 300;

export const { generateMetadata } = route;
export default route.Page;
