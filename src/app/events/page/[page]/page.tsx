import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getContentIndex } from "@/content";
import { laterPageNumber } from "@/lib/pageNumber";
import { EVENTS_LISTING } from "@/lib/routes";
import { prerenderSettings } from "@/lib/site";
import { EventsListingPage, eventsListingMetadata } from "../../listing";

type Params = { page: string };

/** The first pages are built (prerenderSettings), later ones render on their first request; the proxy turns away pages that do not exist and redirects page 1. */
export const dynamicParams = true;
/** Seconds: events move between upcoming and past within this window of their end, without a deploy. */
export const revalidate = 300;

export function generateStaticParams(): Params[] {
  const last = Math.min(getContentIndex().listingPageCount(EVENTS_LISTING), prerenderSettings().listingPages);
  return Array.from({ length: Math.max(0, last - 1) }, (_, i) => ({ page: String(i + 2) }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const pageNumber = laterPageNumber((await params).page);
  return pageNumber === undefined ? {} : eventsListingMetadata(pageNumber);
}

export default async function EventsArchivePage({ params }: { params: Promise<Params> }) {
  const pageNumber = laterPageNumber((await params).page);
  if (pageNumber === undefined) notFound();
  return <EventsListingPage pageNumber={pageNumber} />;
}
