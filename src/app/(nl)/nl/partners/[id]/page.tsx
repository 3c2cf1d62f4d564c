import { listingRoute } from "@/app/_routes/listingRoute";
import { PartnerProfile } from "@/components/PartnerProfile";

const route = listingRoute("nl", "partner", "first", PartnerProfile);

export const revalidate = 300;
/** Every partner is built; any other id is a 404. */
export const dynamicParams = false;

export const { generateStaticParams, generateMetadata } = route;
export default route.Page;
