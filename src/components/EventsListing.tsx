import type { Article, EventsPage, Theme } from "@/content/model";
import { EVENTS_LISTING } from "@/lib/routes";
import { NewsSection } from "./NewsSection";
import { CalendarLinks } from "./CalendarLinks";
import { PageHeading } from "./PageHeading";
import { Pagination } from "./Pagination";
import styles from "./EventsListing.module.css";

interface EventsListingProps {
  page: Omit<EventsPage, "articles">;
  calendar: { subscribeHref: string; downloadHref: string };
  themesFor?: (article: Pick<Article, "themes">) => readonly Pick<Theme, "id" | "name">[];
}

/** A page of /events: upcoming events (soonest first), then past ones (most recent first), and previous/next. */
export function EventsListing({ page, calendar, themesFor }: EventsListingProps) {
  const intro = page.pageCount > 1 ? `Page ${page.pageNumber} of ${page.pageCount}` : undefined;
  const nothingComing = page.pageNumber === 1 && page.upcoming.length === 0;
  return (
    <>
      <PageHeading title="Events" intro={intro} />
      <CalendarLinks {...calendar} />
      {nothingComing && (
        <p className={styles.empty}>{page.past.length > 0 ? "No upcoming events have been announced yet. Past events are listed below." : "No events have been announced yet."}</p>
      )}
      {page.upcoming.length > 0 && <NewsSection id="upcoming-events" title="Upcoming events" className={styles.section} headingClassName={styles.heading} articles={page.upcoming} themesFor={themesFor} />}
      {page.past.length > 0 && <NewsSection id="past-events" title="Past events" className={styles.section} headingClassName={styles.heading} articles={page.past} themesFor={themesFor} />}
      <Pagination pageNumber={page.pageNumber} pageCount={page.pageCount} listing={EVENTS_LISTING} previousLabel="Previous page" nextLabel="Next page" />
    </>
  );
}
