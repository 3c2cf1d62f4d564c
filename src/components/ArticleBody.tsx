import styles from "./ArticleBody.module.css";

interface ArticleBodyProps {
  /** Sanitized HTML from the content index; never raw editor input. */
  html: string;
}

/** The article's text, typeset for reading. */
export function ArticleBody({ html }: ArticleBodyProps) {
  return <div className={styles.body} dangerouslySetInnerHTML={{ __html: html }} />;
}
