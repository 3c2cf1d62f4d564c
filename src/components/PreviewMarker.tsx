import type { PublicationStatus } from "@/content/model";
import { formatDisplayDateTime, type ContentDate } from "@/lib/dates";
import type { Edition } from "@/lib/editions";
import { translator } from "@/i18n/translator";
import styles from "./PreviewMarker.module.css";

interface PreviewMarkerProps {
  /** Only the preview passes a status; a published article (and every article on the real site) shows nothing. */
  status?: PublicationStatus;
  /** The article's date: when a scheduled article is released. */
  date: ContentDate;
  edition: Edition;
}

/**
 * "Draft" or "Scheduled 16 Jan 2027 at 09:00" on a card in the editors' preview, so an unpublished
 * article never looks live in a listing (its own page has the PreviewBanner).
 */
export function PreviewMarker({ status, date, edition }: PreviewMarkerProps) {
  if (status === undefined || status === "published") return null;
  const t = translator(edition, "preview");
  return (
    <p className={styles.marker}>
      {status === "draft" ? t("cardDraft") : t("cardScheduled", { dateTime: formatDisplayDateTime(date, edition) })}
    </p>
  );
}
