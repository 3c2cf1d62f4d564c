import Link from "next/link";
import type { ComponentProps } from "react";
import { EVENTS_LISTING, listingPath } from "@/lib/routes";
import { ArticleList } from "./ArticleList";
import styles from "./UpcomingEvents.module.css";

type UpcomingEventsProps = Pick<ComponentProps<typeof ArticleList>, "articles" | "themesFor">;

/** The home page's next few events, soonest first, with the way to all of them. Absent when none are coming. */
export function UpcomingEvents({ articles, themesFor }: UpcomingEventsProps) {
  if (articles.length === 0) return null;
  return (
    <section className={styles.upcomingEvents} aria-labelledby="upcoming-events">
      <h2 id="upcoming-events" className={styles.heading}>
        Upcoming events
      </h2>
      <ArticleList articles={articles} headingLevel={3} themesFor={themesFor} />
      <p className={styles.more}>
        <Link href={listingPath(EVENTS_LISTING)} prefetch={false}>
          All events <span aria-hidden="true">→</span>
        </Link>
      </p>
    </section>
  );
}
