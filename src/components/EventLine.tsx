import type { ArticleEvent } from "@/content/model";
import type { Edition } from "@/lib/editions";
import { translator } from "@/i18n/translator";
import { EventWhen } from "./EventWhen";
import styles from "./EventLine.module.css";

interface EventLineProps {
  event: ArticleEvent;
  edition: Edition;
}

/** A card's line for an event: "Event: Tue 2 Apr 2030, 14:00 to 17:00 CEST · HSD Campus". */
export function EventLine({ event, edition }: EventLineProps) {
  const t = translator(edition, "eventLine");
  const place = event.location ?? t("online");
  return (
    <p className={styles.eventLine}>
      <span className={styles.label}>{t("label")}</span> <EventWhen event={event} style="short" edition={edition} />
      <span className={styles.place}>{event.location && event.online ? t("placeAndOnline", { place }) : place}</span>
    </p>
  );
}
