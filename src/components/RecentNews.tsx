import type { ComponentProps } from "react";
import { ArticleList } from "./ArticleList";
import styles from "./RecentNews.module.css";

type RecentNewsProps = Pick<ComponentProps<typeof ArticleList>, "articles" | "themesFor">;

/** The home page's cards after the featured article. Absent when there are none. */
export function RecentNews({ articles, themesFor }: RecentNewsProps) {
  if (articles.length === 0) return null;
  return (
    <section className={styles.recentNews} aria-labelledby="recent-news">
      <h2 id="recent-news" className={styles.heading}>
        Recent news
      </h2>
      <ArticleList articles={articles} headingLevel={3} themesFor={themesFor} />
    </section>
  );
}
