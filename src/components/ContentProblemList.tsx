import type { ContentProblem } from "@/content/model";
import styles from "./ContentProblemList.module.css";

interface ContentProblemListProps {
  title: string;
  intro: string;
  problems: readonly ContentProblem[];
  /** The heading level that fits the list's place in the page outline. */
  headingLevel?: 1 | 2;
}

/** Content errors as the editors' preview shows them: file, field and what to fix, one a line. */
export function ContentProblemList({ title, intro, problems, headingLevel = 2 }: ContentProblemListProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <section className={styles.problems} role="alert" aria-label={title}>
      <Heading className={styles.title}>{title}</Heading>
      <p className={styles.intro}>{intro}</p>
      <ul className={styles.list}>
        {problems.map((problem, position) => (
          <li key={position}>
            <code>{problem.file}</code>: <strong>{problem.field}</strong>: {problem.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
