import type { Article } from "@/content";
import { ArticleList } from "./ArticleList";
import styles from "./RecentNews.module.css";

interface RecentNewsProps {
  articles: readonly Pick<Article, "slug" | "title" | "date" | "summary">[];
}

/** The home page's cards after the featured article. Absent when there are none. */
export function RecentNews({ articles }: RecentNewsProps) {
  if (articles.length === 0) return null;
  return (
    <section className={styles.recentNews} aria-labelledby="recent-news">
      <h2 id="recent-news" className={styles.heading}>
        Recent news
      </h2>
      <ArticleList articles={articles} headingLevel={3} />
    </section>
  );
}
