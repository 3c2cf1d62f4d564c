import { ThemeLead } from "@/components/ThemeLead";
import { listingRoute } from "@/app/_routes/listingRoute";

const route = listingRoute("en", "theme", "later", ThemeLead);

export const revalidate = 300;
/** Page 1 lives at the theme's own address; pages 2 up to prerenderSettings().listingPages are built, later ones render on their first request (the front door turns away pages that do not exist). */
export const dynamicParams = true;

export const { generateStaticParams, generateMetadata } = route;
export default route.Page;
