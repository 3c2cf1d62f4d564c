import type { Edition } from "@/lib/editions";
import { translator } from "@/i18n/translator";
import styles from "./CalendarLinks.module.css";

interface CalendarLinksProps {
  /** `webcal://…/events.ics`: calendar applications offer to subscribe. */
  subscribeHref: string;
  /** `/events.ics`: the same calendar as a file. */
  downloadHref: string;
  edition: Edition;
}

/** How to follow every event in a calendar application: subscribe, or download the file. */
export function CalendarLinks({ subscribeHref, downloadHref, edition }: CalendarLinksProps) {
  const t = translator(edition, "events");
  return (
    <p className={styles.calendarLinks}>
      {t.rich("calendarLinks", {
        subscribe: (chunks) => <a href={subscribeHref}>{chunks}</a>,
        download: (chunks) => (
          <a href={downloadHref} type="text/calendar">
            {chunks}
          </a>
        ),
      })}
    </p>
  );
}
