import { listingRoute } from "@/app/_routes/listingRoute";

const route = listingRoute("nl", "news", "later");

/** The first pages are built (prerenderSettings), later ones render on their first request; the front door turns away pages that do not exist. */
export const dynamicParams = true;
export const revalidate = 300;

export const { generateStaticParams, generateMetadata } = route;
export default route.Page;
