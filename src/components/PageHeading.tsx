import styles from "./PageHeading.module.css";

interface PageHeadingProps {
  title: string;
  /** One line under the title, e.g. which page of a listing this is. */
  intro?: string;
}

/** The h1 of a page that is not an article. */
export function PageHeading({ title, intro }: PageHeadingProps) {
  return (
    <div className={styles.heading}>
      <h1 className={styles.title}>{title}</h1>
      {intro && <p className={styles.intro}>{intro}</p>}
    </div>
  );
}
