import type { EventsPage } from "@/content/model";
import { EVENTS_LISTING } from "@/lib/routes";
import { translator } from "@/i18n/translator";
import type { CardView } from "./ArticleCard";
import { NewsSection } from "./NewsSection";
import { CalendarLinks } from "./CalendarLinks";
import { PageHeading } from "./PageHeading";
import { Pagination } from "./Pagination";
import styles from "./EventsListing.module.css";

interface EventsListingProps {
  page: Omit<EventsPage, "articles">;
  calendar: { subscribeHref: string; downloadHref: string };
  cards: CardView;
}

/** A page of /events: upcoming events (soonest first), then past ones (most recent first), and previous/next. */
export function EventsListing({ page, calendar, cards }: EventsListingProps) {
  const { edition } = cards;
  const t = translator(edition, "events");
  const intro =
    page.pageCount > 1
      ? translator(edition, "listing")("pageOf", { page: page.pageNumber, pageCount: page.pageCount })
      : undefined;
  const nothingComing = page.pageNumber === 1 && page.upcoming.length === 0;
  return (
    <>
      <PageHeading title={t("title")} intro={intro} />
      <CalendarLinks {...calendar} edition={edition} />
      {nothingComing && <p className={styles.empty}>{page.past.length > 0 ? t("noneUpcoming") : t("none")}</p>}
      {page.upcoming.length > 0 && (
        <NewsSection
          id="upcoming-events"
          title={t("upcoming")}
          className={styles.section}
          headingClassName={styles.heading}
          articles={page.upcoming}
          cards={cards}
        />
      )}
      {page.past.length > 0 && (
        <NewsSection
          id="past-events"
          title={t("past")}
          className={styles.section}
          headingClassName={styles.heading}
          articles={page.past}
          cards={cards}
        />
      )}
      <Pagination
        pageNumber={page.pageNumber}
        pageCount={page.pageCount}
        listing={EVENTS_LISTING}
        edition={edition}
        steps="previous-next"
      />
    </>
  );
}
