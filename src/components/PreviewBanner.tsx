import { formatDisplayDateTime, type ContentDate } from "@/lib/dates";
import styles from "./PreviewBanner.module.css";

interface PreviewBannerProps {
  status: "draft" | "scheduled";
  /** The article's date: when a scheduled article is released. */
  date: ContentDate;
}

/** Shown only in the editors' preview (`npm run dev`): readers never see a draft or a scheduled article. */
export function PreviewBanner({ status, date }: PreviewBannerProps) {
  return (
    <p className={styles.banner} role="note">
      <strong className={styles.label}>{status === "draft" ? "Draft" : "Scheduled"}</strong>{" "}
      {status === "draft"
        ? "Not published: remove `draft: true` to publish it. Only this preview shows it."
        : `Not published yet: it appears on the site on ${formatDisplayDateTime(date)} (Amsterdam time). Only this preview shows it now.`}
    </p>
  );
}
