import { listingRoute } from "@/app/_routes/listingRoute";
import { PartnerProfile } from "@/components/PartnerProfile";

const route = listingRoute("en", "partner", "later", PartnerProfile);

export const revalidate = 300;
/** Page 1 lives at the partner's own address; pages 2 up to prerenderSettings().listingPages are built, later ones render on their first request (the front door turns away pages that do not exist). */
export const dynamicParams = true;

export const { generateStaticParams, generateMetadata } = route;
export default route.Page;
