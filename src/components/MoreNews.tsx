import { translator } from "@/i18n/translator";
import { NewsSection, type NewsSectionProps } from "./NewsSection";
import styles from "./MoreNews.module.css";

/** "More News": related articles under an article. Absent when the site has no other article. */
export function MoreNews(props: Pick<NewsSectionProps, "articles" | "cards">) {
  return (
    <NewsSection
      id="more-news"
      title={translator(props.cards.edition, "moreNews")("heading")}
      className={styles.moreNews}
      headingClassName={styles.heading}
      {...props}
    />
  );
}
