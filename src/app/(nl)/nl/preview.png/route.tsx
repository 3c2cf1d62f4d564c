import { sitePreviewImageRoute } from "@/app/_routes/previewImages";

/** The edition's own link preview, for every page that is not an article; built once at build time. */
export const dynamic = "force-static";

export const { GET } = sitePreviewImageRoute("nl");
