import { translator } from "@/i18n/translator";
import { NewsSection, type NewsSectionProps } from "./NewsSection";
import styles from "./RecentNews.module.css";

/** The home page's cards after the featured article. Absent when there are none. */
export function RecentNews(props: Pick<NewsSectionProps, "articles" | "cards">) {
  return (
    <NewsSection
      id="recent-news"
      title={translator(props.cards.edition, "home")("recentNews")}
      className={styles.recentNews}
      headingClassName={styles.heading}
      {...props}
    />
  );
}
