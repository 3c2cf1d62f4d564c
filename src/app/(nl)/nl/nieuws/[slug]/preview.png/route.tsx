import { articlePreviewImageRoute } from "@/app/_routes/previewImages";

const route = articlePreviewImageRoute("nl");

/** None is built ahead: each card is drawn on its first request and then served from Next's cache. */
export const dynamic = "force-static";
export const dynamicParams = true;

export const { generateStaticParams, GET } = route;
