import Link from "next/link";
import type { Article, ArticleInEdition, PublicationStatus } from "@/content/model";
import type { Edition } from "@/lib/editions";
import { articlePath } from "@/lib/routes";
import { translator } from "@/i18n/translator";
import { ArticleImage } from "./ArticleImage";
import { DateLine } from "./DateLine";
import { EventLine } from "./EventLine";
import { PreviewMarker } from "./PreviewMarker";
import styles from "./FeaturedArticle.module.css";

interface FeaturedArticleProps {
  text: Pick<ArticleInEdition, "title" | "summary" | "author" | "imageAlt" | "imageAltLanguage" | "language"> & {
    article: Pick<Article, "slug" | "date" | "image" | "event">;
  };
  edition: Edition;
  /** The preview's marker for a draft or scheduled article (PreviewMarker); absent on the real site. */
  status?: PublicationStatus;
}

/** Half the page's width beside the text on a wide screen, the whole width on a phone (FeaturedArticle.module.css). */
const FEATURED_PHOTO_SIZES = "(max-width: 48rem) 100vw, 36rem";

/** The newest article, given the most room on the home page. */
export function FeaturedArticle({ text, edition, status }: FeaturedArticleProps) {
  const { article } = text;
  const lang = text.language === edition ? undefined : text.language;
  return (
    <article className={styles.featured}>
      {article.image && (
        <ArticleImage
          image={article.image}
          alt={text.imageAlt ?? article.image.alt}
          edition={edition}
          altLang={text.imageAltLanguage && text.imageAltLanguage !== edition ? text.imageAltLanguage : undefined}
          sizes={FEATURED_PHOTO_SIZES}
          priority
        />
      )}
      <div className={styles.text}>
        <p className={styles.kicker}>{translator(edition, "home")("featuredKicker")}</p>
        <h2 className={styles.title} lang={lang}>
          <Link href={articlePath(edition, article.slug)} className={styles.link}>
            {text.title}
          </Link>
        </h2>
        <PreviewMarker status={status} date={article.date} edition={edition} />
        {article.event && <EventLine event={article.event} edition={edition} />}
        <DateLine date={article.date} author={text.author} edition={edition} />
        {text.summary && (
          <p className={styles.summary} lang={lang}>
            {text.summary}
          </p>
        )}
      </div>
    </article>
  );
}
