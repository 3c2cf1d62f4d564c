import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getContentIndex } from "@/content";
import { laterPageNumber } from "@/lib/pageNumber";
import { EventsListingPage, eventsListingMetadata } from "../../listing";

type Params = { page: string };

/** Only the pages that exist are built; anything else (0, 02, abc, past the end) is a 404. */
export const dynamicParams = false;
/** Seconds: events move between upcoming and past within this window of their end, without a deploy. */
export const revalidate = 300;

/**
 * Every page that can exist before the next deploy (scheduled announcements included: their pages
 * are 404s until then), and page 1, which redirects to /events here rather than with one more
 * next.config.ts rule matched against every request.
 */
export function generateStaticParams(): Params[] {
  const { eventsPageCount } = getContentIndex().upcoming;
  return Array.from({ length: eventsPageCount }, (_, i) => ({ page: String(i + 1) }));
}

function pageNumberOf(param: string): number | undefined {
  if (param === "1") permanentRedirect("/events");
  return laterPageNumber(param);
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const pageNumber = pageNumberOf((await params).page);
  return pageNumber === undefined ? {} : eventsListingMetadata(pageNumber);
}

export default async function EventsArchivePage({ params }: { params: Promise<Params> }) {
  const pageNumber = pageNumberOf((await params).page);
  if (pageNumber === undefined) notFound();
  return <EventsListingPage pageNumber={pageNumber} />;
}
