import type { ArticleEvent, EventStatus } from "@/content/model";
import type { Edition } from "@/lib/editions";
import { translator } from "@/i18n/translator";
import { EventWhen } from "./EventWhen";
import styles from "./EventDetails.module.css";

interface EventDetailsProps {
  event: ArticleEvent;
  status: EventStatus;
  /** The event's own .ics file. */
  calendarHref: string;
  edition: Edition;
}

/**
 * The event box near the top of an event's article: when (with the zone named),
 * where or online, and how to register or add it to a calendar. Once the event
 * is over it says so and drops what only helps before it (registration, the
 * online link, the calendar file).
 */
export function EventDetails({ event, status, calendarHref, edition }: EventDetailsProps) {
  const t = translator(edition, "eventDetails");
  const past = status === "past";
  // A timed event without an end has no known end to be "taking place" until.
  const openEnded = Boolean(event.start.time && !event.end);
  return (
    <section className={styles.box} aria-labelledby="event-details-heading">
      <h2 id="event-details-heading" className={styles.heading}>
        {t("heading")}
      </h2>
      {past && <p className={styles.status}>{t("ended")}</p>}
      {status === "ongoing" && !openEnded && <p className={styles.status}>{t("ongoing")}</p>}
      <dl className={styles.facts}>
        <div className={styles.fact}>
          <dt>{t("when")}</dt>
          <dd>
            <EventWhen event={event} edition={edition} />
          </dd>
        </div>
        {event.location && (
          <div className={styles.fact}>
            <dt>{t("where")}</dt>
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
            <dt>{t("online")}</dt>
            <dd>{past ? t("tookPlaceOnline") : <a href={event.online}>{t("join")}</a>}</dd>
          </div>
        )}
      </dl>
      {!past && (
        <ul className={styles.actions}>
          {event.registration && (
            <li>
              <a href={event.registration} className={styles.register}>
                {t("register")}
              </a>
            </li>
          )}
          <li>
            <a href={calendarHref} className={styles.calendar}>
              {t.rich("addToCalendar", { format: (chunks) => <span className={styles.format}>{chunks}</span> })}
            </a>
          </li>
        </ul>
      )}
    </section>
  );
}
