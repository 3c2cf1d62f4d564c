import type { Article, EventsPage, Theme } from "@/content/model";
import { EVENTS_LISTING } from "@/lib/routes";
import { ArticleList } from "./ArticleList";
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
      {page.upcoming.length > 0 && (
        <section className={styles.section} aria-labelledby="upcoming-events">
          <h2 id="upcoming-events" className={styles.heading}>
            Upcoming events
          </h2>
          <ArticleList articles={page.upcoming} headingLevel={3} themesFor={themesFor} />
        </section>
      )}
      {page.past.length > 0 && (
        <section className={styles.section} aria-labelledby="past-events">
          <h2 id="past-events" className={styles.heading}>
            Past events
          </h2>
          <ArticleList articles={page.past} headingLevel={3} themesFor={themesFor} />
        </section>
      )}
      <Pagination pageNumber={page.pageNumber} pageCount={page.pageCount} listing={EVENTS_LISTING} previousLabel="Previous page" nextLabel="Next page" />
    </>
  );
}
