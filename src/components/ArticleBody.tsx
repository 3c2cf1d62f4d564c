import styles from "./ArticleBody.module.css";

interface ArticleBodyProps {
  /** Sanitized HTML from the content index; never raw editor input. */
  html: string;
  /** The text's language where it differs from the page's (an English article on a Dutch page). */
  lang?: string;
}

/** The article's text, typeset for reading. */
export function ArticleBody({ html, lang }: ArticleBodyProps) {
  return <div className={styles.body} lang={lang} dangerouslySetInnerHTML={{ __html: html }} />;
}
