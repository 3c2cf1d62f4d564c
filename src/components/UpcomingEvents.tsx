import Link from "next/link";
import { EVENTS_LISTING, listingPath } from "@/lib/routes";
import { NewsSection, type NewsSectionProps } from "./NewsSection";
import styles from "./UpcomingEvents.module.css";

/** The home page's next few events, soonest first, with the way to all of them. Absent when none are coming. */
export function UpcomingEvents(props: Pick<NewsSectionProps, "articles" | "themesFor">) {
  return (
    <NewsSection id="upcoming-events" title="Upcoming events" className={styles.upcomingEvents} headingClassName={styles.heading} {...props}>
      <p className={styles.more}>
        <Link href={listingPath(EVENTS_LISTING)} prefetch={false}>
          All events <span aria-hidden="true">→</span>
        </Link>
      </p>
    </NewsSection>
  );
}
