import type { ArticleInEdition, Theme } from "@/content/model";
import type { Edition } from "@/lib/editions";
import { DateLine } from "./DateLine";
import { ThemeChips } from "./ThemeChips";
import styles from "./ArticleHeader.module.css";

interface ArticleHeaderProps {
  text: Pick<ArticleInEdition, "title" | "updated" | "author" | "language"> & {
    article: Pick<ArticleInEdition["article"], "date">;
  };
  edition: Edition;
  /** The article's themes, linking to their pages. */
  themes?: readonly Pick<Theme, "id" | "name">[];
}

/** The article's title (the page's h1, with its own `lang` when not in the page's language), its date line and its themes. */
export function ArticleHeader({ text, edition, themes = [] }: ArticleHeaderProps) {
  return (
    <header className={styles.header}>
      <h1 className={styles.title} lang={text.language === edition ? undefined : text.language}>
        {text.title}
      </h1>
      <DateLine date={text.article.date} updated={text.updated} author={text.author} edition={edition} />
      <ThemeChips themes={themes} edition={edition} />
    </header>
  );
}
