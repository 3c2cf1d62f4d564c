import { articleRoute } from "@/app/_routes/article";

const route = articleRoute("en");

/** The newest articles are built (prerenderSettings), any other on its first request; an address that is no published article renders the 404 page, never cached. */
export const dynamicParams = true;
export const revalidate = 300;

export const { generateStaticParams, generateMetadata } = route;
export default route.Page;
