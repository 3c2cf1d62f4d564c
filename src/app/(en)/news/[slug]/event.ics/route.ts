import { getContentIndex } from "@/content";
import { calendarResponse, eventCalendar, isEventArticle } from "@/publish/calendar";

const NOT_FOUND_CACHE_CONTROL = "private, no-cache, no-store, max-age=0, must-revalidate";

/** Seconds: a scheduled announcement's file turns from 404 into the event within this window of its release. */
export const revalidate = 300;

export const dynamic = "force-static";
/**
 * None is built ahead: each file is written on its first request and then served from the cache.
 * The proxy lets through only published events, so nothing else is rendered or kept here.
 */
export const dynamicParams = true;

export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const article = getContentIndex().bySlug((await params).slug);
  // A scheduled announcement's file is a 404 until its release: like Next's own 404s, never kept by a cache.
  if (!article || !isEventArticle(article)) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": NOT_FOUND_CACHE_CONTROL } });
  return calendarResponse(eventCalendar(article), `${article.slug}.ics`);
}
