import styles from "./EditionNote.module.css";

/**
 * A short note in the page's language about the language of what follows, e.g. on a Dutch page
 * that shows an article's English text. Information, not a warning: quiet, no warning colour.
 */
export function EditionNote({ text }: { text: string }) {
  return (
    <p className={styles.note} role="note">
      {text}
    </p>
  );
}
