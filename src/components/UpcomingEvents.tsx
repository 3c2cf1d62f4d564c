import Link from "next/link";
import { EVENTS_LISTING, listingPath } from "@/lib/routes";
import { translator } from "@/i18n/translator";
import { NewsSection, type NewsSectionProps } from "./NewsSection";
import styles from "./UpcomingEvents.module.css";

/** The home page's next few events, soonest first, with the way to all of them. Absent when none are coming. */
export function UpcomingEvents(props: Pick<NewsSectionProps, "articles" | "cards">) {
  const { edition } = props.cards;
  return (
    <NewsSection
      id="upcoming-events"
      title={translator(edition, "events")("upcoming")}
      className={styles.upcomingEvents}
      headingClassName={styles.heading}
      {...props}
    >
      <p className={styles.more}>
        <Link href={listingPath(edition, EVENTS_LISTING)} prefetch={false}>
          {translator(edition, "home")("allEvents")} <span aria-hidden="true">→</span>
        </Link>
      </p>
    </NewsSection>
  );
}
