import { themeFeedRoute } from "@/app/_routes/feeds";

const route = themeFeedRoute("en");

/** Seconds: regenerated within this window when a scheduled article is released (a literal, as Next requires). */
export const revalidate = 300;

export const dynamic = "force-static";
export const dynamicParams = false;

export const { generateStaticParams, GET } = route;
