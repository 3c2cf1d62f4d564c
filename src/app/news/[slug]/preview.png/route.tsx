import { ImageResponse } from "next/og";
import { PreviewCard } from "@/components/PreviewCard";
import { getContentIndex } from "@/content";
import { formatDisplayDate } from "@/lib/dates";
import { site } from "@/lib/site";
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from "@/publish/metadata";

/**
 * An article's generated link preview. None is built ahead: each is drawn on
 * its first request and then served from Next's cache (force-static), so the
 * build does not pay for thousands of PNGs that few people will fetch.
 */
export const dynamic = "force-static";
export const dynamicParams = true;

export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const article = getContentIndex().bySlug((await params).slug);
  // Articles with their own image share that image; only the others have a card.
  if (!article || article.image) return new Response("Not found", { status: 404 });
  return new ImageResponse(<PreviewCard title={article.title} date={formatDisplayDate(article.date)} kicker={site.newsTitle} />, {
    width: PREVIEW_WIDTH,
    height: PREVIEW_HEIGHT,
    // A card changes only when its article's title or date does, which is a new build.
    headers: { "Cache-Control": "public, max-age=86400, stale-while-revalidate=604800" },
  });
}
