import { formatDisplayDate, machineDate, type ContentDate } from "@/lib/dates";
import styles from "./DateLine.module.css";

interface DateLineProps {
  date: ContentDate;
  updated?: ContentDate;
  author?: string;
}

/** "20 Mar 2019 · Updated 02 Apr 2019 · Author: HSD Foundation"; the parts that are absent are left out. */
export function DateLine({ date, updated, author }: DateLineProps) {
  return (
    <p className={styles.dateLine}>
      <time dateTime={machineDate(date)}>{formatDisplayDate(date)}</time>
      {updated && (
        <span className={styles.part}>
          Updated <time dateTime={machineDate(updated)}>{formatDisplayDate(updated)}</time>
        </span>
      )}
      {author && <span className={styles.part}>Author: {author}</span>}
    </p>
  );
}
