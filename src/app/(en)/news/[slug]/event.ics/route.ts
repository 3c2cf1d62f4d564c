import { articleCalendarRoute } from "@/app/_routes/calendars";

export const revalidate = 300;

export const dynamic = "force-static";
/**
 * None is built ahead: each file is written on its first request and then served from the cache.
 * The front door lets through only published events, so nothing else is rendered or kept here.
 */
export const dynamicParams = true;

export const { generateStaticParams, GET } = articleCalendarRoute("en");
