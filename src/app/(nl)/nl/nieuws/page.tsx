import { listingRoute } from "@/app/_routes/listingRoute";

const route = listingRoute("nl", "news", "first");

export const revalidate = 300;

export const { generateMetadata } = route;
export default route.Page;
