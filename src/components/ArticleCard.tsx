import Link from "next/link";
import type { Article, Theme } from "@/content/model";
import { articlePath } from "@/lib/routes";
import { DateLine } from "./DateLine";
import { EventLine } from "./EventLine";
import { ThemeChips } from "./ThemeChips";
import styles from "./ArticleCard.module.css";

interface ArticleCardProps {
  article: Pick<Article, "slug" | "title" | "date" | "summary" | "event">;
  /** The heading level that fits the card's place in the page outline. */
  headingLevel?: 2 | 3;
  /** The article's themes, shown as links under the summary. */
  themes?: readonly Pick<Theme, "id" | "name">[];
}

/** One article in a list: its title is the link, then the event's day and place when it announces one, the date and the summary. */
export function ArticleCard({ article, headingLevel = 2, themes = [] }: ArticleCardProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className={styles.card}>
      <Heading className={styles.title}>
        <Link href={articlePath(article.slug)} prefetch={false} className={styles.link}>
          {article.title}
        </Link>
      </Heading>
      {article.event && <EventLine event={article.event} />}
      <DateLine date={article.date} />
      {article.summary && <p className={styles.summary}>{article.summary}</p>}
      <ThemeChips themes={themes} />
    </article>
  );
}
