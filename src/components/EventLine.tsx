import type { ArticleEvent } from "@/content/model";
import { EventWhen } from "./EventWhen";
import styles from "./EventLine.module.css";

interface EventLineProps {
  event: ArticleEvent;
}

/** A card's line for an event: "Event: Tue 2 Apr 2030, 14:00 to 17:00 CEST · HSD Campus". */
export function EventLine({ event }: EventLineProps) {
  const place = event.location ?? "Online";
  return (
    <p className={styles.eventLine}>
      <span className={styles.label}>Event:</span> <EventWhen event={event} style="short" />
      <span className={styles.place}>{event.location && event.online ? `${place} and online` : place}</span>
    </p>
  );
}
