import type { ArticleEvent, EventStatus } from "@/content/model";
import { EventWhen } from "./EventWhen";
import styles from "./EventDetails.module.css";

interface EventDetailsProps {
  event: ArticleEvent;
  status: EventStatus;
  /** The event's own .ics file. */
  calendarHref: string;
}

/**
 * The event box near the top of an event's article: when (with the zone named),
 * where or online, and how to register or add it to a calendar. Once the event
 * is over it says so and drops what only helps before it (registration, the
 * online link, the calendar file).
 */
export function EventDetails({ event, status, calendarHref }: EventDetailsProps) {
  const past = status === "past";
  // A timed event without an end has no known end to be "taking place" until.
  const openEnded = Boolean(event.start.time && !event.end);
  return (
    <section className={styles.box} aria-labelledby="event-details-heading">
      <h2 id="event-details-heading" className={styles.heading}>
        Event details
      </h2>
      {past && <p className={styles.status}>This event has ended.</p>}
      {status === "ongoing" && !openEnded && <p className={styles.status}>This event is taking place now.</p>}
      <dl className={styles.facts}>
        <div className={styles.fact}>
          <dt>When</dt>
          <dd>
            <EventWhen event={event} />
          </dd>
        </div>
        {event.location && (
          <div className={styles.fact}>
            <dt>Where</dt>
            <dd>
              {event.location}
              {event.address && (
                <>
                  <br />
                  {event.address}
                </>
              )}
            </dd>
          </div>
        )}
        {event.online && (
          <div className={styles.fact}>
            <dt>Online</dt>
            <dd>{past ? "The event took place online." : <a href={event.online}>Join online</a>}</dd>
          </div>
        )}
      </dl>
      {!past && (
        <ul className={styles.actions}>
          {event.registration && (
            <li>
              <a href={event.registration} className={styles.register}>
                Register for this event
              </a>
            </li>
          )}
          <li>
            <a href={calendarHref} className={styles.calendar}>
              Add to calendar <span className={styles.format}>(.ics file)</span>
            </a>
          </li>
        </ul>
      )}
    </section>
  );
}
