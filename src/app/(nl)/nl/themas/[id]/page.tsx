import { ThemeLead } from "@/components/ThemeLead";
import { listingRoute } from "@/app/_routes/listingRoute";

const route = listingRoute("nl", "theme", "first", ThemeLead);

export const revalidate = 300;
/** Every theme is built; any other id is a 404. */
export const dynamicParams = false;

export const { generateStaticParams, generateMetadata } = route;
export default route.Page;
