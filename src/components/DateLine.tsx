import type { Edition } from "@/lib/editions";
import { formatDisplayDate, machineDate, type ContentDate } from "@/lib/dates";
import { translator } from "@/i18n/translator";
import styles from "./DateLine.module.css";

interface DateLineProps {
  date: ContentDate;
  updated?: ContentDate;
  author?: string;
  edition: Edition;
}

/** "20 Mar 2019 · Updated 02 Apr 2019 · Author: HSD Foundation"; the parts that are absent are left out. */
export function DateLine({ date, updated, author, edition }: DateLineProps) {
  const t = translator(edition, "dateLine");
  return (
    <p className={styles.dateLine}>
      <time dateTime={machineDate(date)}>{formatDisplayDate(date, edition)}</time>
      {updated && (
        <span className={styles.part}>
          {t.rich("updated", {
            date: formatDisplayDate(updated, edition),
            time: (chunks) => <time dateTime={machineDate(updated)}>{chunks}</time>,
          })}
        </span>
      )}
      {author && <span className={styles.part}>{t("author", { author })}</span>}
    </p>
  );
}
