import type { Article, Theme } from "@/content/model";
import { DateLine } from "./DateLine";
import { ThemeChips } from "./ThemeChips";
import styles from "./ArticleHeader.module.css";

interface ArticleHeaderProps {
  article: Pick<Article, "title" | "date" | "updated" | "author">;
  /** The article's themes, linking to their pages. */
  themes?: readonly Pick<Theme, "id" | "name">[];
}

/** The article's title (the page's h1), its date line and its themes. */
export function ArticleHeader({ article, themes = [] }: ArticleHeaderProps) {
  return (
    <header className={styles.header}>
      <h1 className={styles.title}>{article.title}</h1>
      <DateLine date={article.date} updated={article.updated} author={article.author} />
      <ThemeChips themes={themes} />
    </header>
  );
}
