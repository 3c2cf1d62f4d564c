import Link from "next/link";
import type { Article, ArticleInEdition, PublicationStatus, Theme } from "@/content/model";
import type { Edition } from "@/lib/editions";
import { articlePath } from "@/lib/routes";
import { CardPhoto } from "./CardPhoto";
import { DateLine } from "./DateLine";
import { EventLine } from "./EventLine";
import { PreviewMarker } from "./PreviewMarker";
import { ThemeChips } from "./ThemeChips";
import styles from "./ArticleCard.module.css";

/** What a card shows of an article in an edition: the edition's text, and the original's date and event. */
export type CardText = Pick<ArticleInEdition, "title" | "summary" | "language"> & {
  article: Pick<Article, "slug" | "date" | "event"> & Partial<Pick<Article, "image">>;
};

/**
 * How a list of cards shows its articles in an edition: each one's text (translated or not) and
 * its themes, both asked of the content index by the route.
 */
export interface CardView {
  edition: Edition;
  textOf(article: Article): CardText;
  themesOf(article: Pick<Article, "themes">): readonly Pick<Theme, "id" | "name">[];
  /** In the editors' preview only: whether each article is published, so a draft or scheduled one is marked. */
  statusOf?(article: Article): PublicationStatus;
}

interface ArticleCardProps {
  text: CardText;
  edition: Edition;
  /** The heading level that fits the card's place in the page outline. */
  headingLevel?: 2 | 3;
  /** The article's themes, shown as links under the summary. */
  themes?: readonly Pick<Theme, "id" | "name">[];
  /** The preview's marker for a draft or scheduled article (PreviewMarker); absent on the real site. */
  status?: PublicationStatus;
}

/**
 * One article in a list: its title is the link, then the event's day and place when it announces
 * one, the date and the summary. Title and summary carry their own `lang` when they are not in the
 * page's language (an untranslated article on a Dutch page).
 */
export function ArticleCard({ text, edition, headingLevel = 2, themes = [], status }: ArticleCardProps) {
  const Heading = `h${headingLevel}` as const;
  const { article } = text;
  const lang = text.language === edition ? undefined : text.language;
  return (
    <article className={article.image ? `${styles.card} ${styles.withPhoto}` : styles.card}>
      {article.image && <CardPhoto image={article.image} />}
      <Heading className={styles.title} lang={lang}>
        <Link href={articlePath(edition, article.slug)} prefetch={false} className={styles.link}>
          {text.title}
        </Link>
      </Heading>
      <PreviewMarker status={status} date={article.date} edition={edition} />
      {article.event && <EventLine event={article.event} edition={edition} />}
      <DateLine date={article.date} edition={edition} />
      {text.summary && (
        <p className={styles.summary} lang={lang}>
          {text.summary}
        </p>
      )}
      <ThemeChips themes={themes} edition={edition} />
    </article>
  );
}
