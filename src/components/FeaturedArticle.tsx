import Link from "next/link";
import type { Article } from "@/content/model";
import { articlePath } from "@/lib/routes";
import { ArticleImage } from "./ArticleImage";
import { DateLine } from "./DateLine";
import { EventLine } from "./EventLine";
import styles from "./FeaturedArticle.module.css";

interface FeaturedArticleProps {
  article: Pick<Article, "slug" | "title" | "date" | "author" | "summary" | "image" | "event">;
}

/** The newest article, given the most room on the home page. */
export function FeaturedArticle({ article }: FeaturedArticleProps) {
  return (
    <article className={styles.featured}>
      {article.image && <ArticleImage image={article.image} priority />}
      <div className={styles.text}>
        <p className={styles.kicker}>Latest</p>
        <h2 className={styles.title}>
          <Link href={articlePath(article.slug)} className={styles.link}>
            {article.title}
          </Link>
        </h2>
        {article.event && <EventLine event={article.event} />}
        <DateLine date={article.date} author={article.author} />
        {article.summary && <p className={styles.summary}>{article.summary}</p>}
      </div>
    </article>
  );
}
