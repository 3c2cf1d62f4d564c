import type { Article, Theme } from "@/content/model";
import { ArticleCard } from "./ArticleCard";
import styles from "./ArticleList.module.css";

type ListedArticle = Pick<Article, "slug" | "title" | "date" | "summary" | "themes" | "event">;

interface ArticleListProps {
  articles: readonly ListedArticle[];
  headingLevel?: 2 | 3;
  /** Looks up each card's themes (for its theme links); without it cards show none. */
  themesFor?: (article: ListedArticle) => readonly Pick<Theme, "id" | "name">[];
}

/** A responsive grid of article cards, in the order given. */
export function ArticleList({ articles, headingLevel, themesFor }: ArticleListProps) {
  return (
    <ul className={styles.list}>
      {articles.map((article) => (
        <li key={article.slug} className={styles.item}>
          <ArticleCard article={article} headingLevel={headingLevel} themes={themesFor?.(article)} />
        </li>
      ))}
    </ul>
  );
}
