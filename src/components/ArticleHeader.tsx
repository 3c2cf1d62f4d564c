import type { Article } from "@/content";
import { DateLine } from "./DateLine";
import styles from "./ArticleHeader.module.css";

interface ArticleHeaderProps {
  article: Pick<Article, "title" | "date" | "updated" | "author">;
}

/** The article's title (the page's h1) and its date line. */
export function ArticleHeader({ article }: ArticleHeaderProps) {
  return (
    <header className={styles.header}>
      <h1 className={styles.title}>{article.title}</h1>
      <DateLine date={article.date} updated={article.updated} author={article.author} />
    </header>
  );
}
