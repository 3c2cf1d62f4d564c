import type { Article } from "@/content";
import { ArticleCard } from "./ArticleCard";
import styles from "./ArticleList.module.css";

interface ArticleListProps {
  articles: readonly Pick<Article, "slug" | "title" | "date" | "summary">[];
  headingLevel?: 2 | 3;
}

/** A responsive grid of article cards, in the order given. */
export function ArticleList({ articles, headingLevel }: ArticleListProps) {
  return (
    <ul className={styles.list}>
      {articles.map((article) => (
        <li key={article.slug} className={styles.item}>
          <ArticleCard article={article} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
