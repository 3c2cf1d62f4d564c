import { listingRoute } from "@/app/listingRoute";

const route = listingRoute("news", "first");

/** Seconds: a scheduled article appears here within this window of its release, without a deploy. */
export const revalidate = 300;

export const { generateMetadata } = route;
export default route.Page;
