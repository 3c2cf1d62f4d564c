import { NewsSection, type NewsSectionProps } from "./NewsSection";
import styles from "./RecentNews.module.css";

/** The home page's cards after the featured article. Absent when there are none. */
export function RecentNews(props: Pick<NewsSectionProps, "articles" | "themesFor">) {
  return <NewsSection id="recent-news" title="Recent news" className={styles.recentNews} headingClassName={styles.heading} {...props} />;
}
