import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EventsListing } from "@/components/EventsListing";
import { getContentIndex } from "@/content";
import { pageMetadata } from "@/publish/metadata";
import { eventsCalendarPath, eventsCalendarSubscriptionUrl, EVENTS_LISTING, listingPath } from "@/lib/routes";
import { site } from "@/lib/site";

const calendarTitle = `${site.shortName} events (iCalendar)`;

/** Shared by /events and /events/page/N, which differ only in the page number. */
export function eventsListingMetadata(pageNumber: number): Metadata {
  const page = getContentIndex().listingPage(EVENTS_LISTING, pageNumber);
  if (!page) return {};
  const suffix = page.pageCount > 1 ? `, page ${page.pageNumber} of ${page.pageCount}` : "";
  return pageMetadata({
    title: `Events${suffix}`,
    description: `Events announced by ${site.name}: what is coming up, soonest first, then what took place.`,
    path: listingPath(EVENTS_LISTING, page.pageNumber),
    feeds: { "text/calendar": [{ url: eventsCalendarPath(), title: calendarTitle }] },
  });
}

export function EventsListingPage({ pageNumber }: { pageNumber: number }) {
  const index = getContentIndex();
  const page = index.listingPage(EVENTS_LISTING, pageNumber);
  if (!page) notFound();
  return (
    <EventsListing
      page={page}
      calendar={{ subscribeHref: eventsCalendarSubscriptionUrl(), downloadHref: eventsCalendarPath() }}
      themesFor={(article) => index.themesOf(article)}
    />
  );
}
