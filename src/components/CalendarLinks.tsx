import styles from "./CalendarLinks.module.css";

interface CalendarLinksProps {
  /** `webcal://…/events.ics`: calendar applications offer to subscribe. */
  subscribeHref: string;
  /** `/events.ics`: the same calendar as a file. */
  downloadHref: string;
}

/** How to follow every event in a calendar application: subscribe, or download the file. */
export function CalendarLinks({ subscribeHref, downloadHref }: CalendarLinksProps) {
  return (
    <p className={styles.calendarLinks}>
      Follow the events in your calendar: <a href={subscribeHref}>subscribe to the events calendar</a> or{" "}
      <a href={downloadHref} type="text/calendar">
        download it as an .ics file
      </a>
      .
    </p>
  );
}
