import type { Article } from "@/content/model";
import { ArticleCard, type CardView } from "./ArticleCard";
import styles from "./ArticleList.module.css";

interface ArticleListProps {
  articles: readonly Article[];
  /** Each card's text and themes in the page's edition. */
  cards: CardView;
  headingLevel?: 2 | 3;
}

/** A responsive grid of article cards, in the order given. */
export function ArticleList({ articles, cards, headingLevel }: ArticleListProps) {
  return (
    <ul className={styles.list}>
      {articles.map((article) => (
        <li key={article.slug} className={styles.item}>
          <ArticleCard
            text={cards.textOf(article)}
            edition={cards.edition}
            headingLevel={headingLevel}
            themes={cards.themesOf(article)}
            status={cards.statusOf?.(article)}
          />
        </li>
      ))}
    </ul>
  );
}
