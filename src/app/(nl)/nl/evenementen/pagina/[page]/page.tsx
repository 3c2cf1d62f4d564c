import { EventsListing } from "@/components/EventsListing";
import { listingRoute } from "@/app/_routes/listingRoute";

const route = listingRoute("nl", "events", "later", EventsListing);

/** The first pages are built (prerenderSettings), later ones render on their first request; the front door turns away pages that do not exist and redirects page 1. */
export const dynamicParams = true;
export const revalidate = 300;

export const { generateStaticParams, generateMetadata } = route;
export default route.Page;
