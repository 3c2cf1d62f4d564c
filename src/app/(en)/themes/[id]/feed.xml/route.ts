import { themeFeedRoute } from "@/app/_routes/feeds";

const route = themeFeedRoute("en");

export const revalidate = 300;

export const dynamic = "force-static";
export const dynamicParams = false;

export const { generateStaticParams, GET } = route;
