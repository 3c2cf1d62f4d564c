import type { Metadata } from "next";
import { EventsListingPage, eventsListingMetadata } from "./listing";

/** Seconds: an event moves from upcoming to past (and a scheduled announcement appears) within this window, without a deploy. */
export const revalidate = 300;

export function generateMetadata(): Metadata {
  return eventsListingMetadata(1);
}

export default function EventsPage() {
  return <EventsListingPage pageNumber={1} />;
}
