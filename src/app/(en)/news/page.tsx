import { listingRoute } from "@/app/_routes/listingRoute";

const route = listingRoute("en", "news", "first");

/** Seconds: a scheduled article appears here within this window of its release, without a deploy. */
export const revalidate = 300;

export const { generateMetadata } = route;
export default route.Page;
