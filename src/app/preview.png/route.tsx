import { ImageResponse } from "next/og";
import { PreviewCard } from "@/components/PreviewCard";
import { site } from "@/lib/site";
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from "@/publish/metadata";

/** The site's own link preview, for every page that is not an article; built once at build time. */
export const dynamic = "force-static";

export function GET() {
  return new ImageResponse(<PreviewCard title={site.description} kicker={site.newsTitle} />, { width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT });
}
