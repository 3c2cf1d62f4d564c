import type { Edition } from "@/lib/editions";
import { formatDisplayDateTime, type ContentDate } from "@/lib/dates";
import { translator } from "@/i18n/translator";
import styles from "./PreviewBanner.module.css";

interface PreviewBannerProps {
  status: "draft" | "scheduled";
  /** The article's date: when a scheduled article is released. */
  date: ContentDate;
  edition: Edition;
}

/** Shown only in the editors' preview (`npm run dev`): readers never see a draft or a scheduled article. */
export function PreviewBanner({ status, date, edition }: PreviewBannerProps) {
  const t = translator(edition, "preview");
  return (
    <p className={styles.banner} role="note">
      <strong className={styles.label}>{t(status === "draft" ? "draft" : "scheduled")}</strong>{" "}
      {status === "draft" ? t("draftText") : t("scheduledText", { dateTime: formatDisplayDateTime(date, edition) })}
    </p>
  );
}
