import type { Article, Theme } from "@/content/model";
import { ArticleList } from "./ArticleList";
import styles from "./MoreNews.module.css";

interface MoreNewsProps {
  articles: readonly Pick<Article, "slug" | "title" | "date" | "summary" | "themes">[];
  themesFor?: (article: Pick<Article, "themes">) => readonly Pick<Theme, "id" | "name">[];
}

/** "More News": related articles under an article. Absent when the site has no other article. */
export function MoreNews({ articles, themesFor }: MoreNewsProps) {
  if (articles.length === 0) return null;
  return (
    <section className={styles.moreNews} aria-labelledby="more-news">
      <h2 id="more-news" className={styles.heading}>
        More News
      </h2>
      <ArticleList articles={articles} headingLevel={3} themesFor={themesFor} />
    </section>
  );
}
