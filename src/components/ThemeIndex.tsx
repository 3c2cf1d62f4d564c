import Link from "next/link";
import type { ThemeWithCount } from "@/content/model";
import { listingPath, themeListing } from "@/lib/routes";
import { PageHeading } from "./PageHeading";
import styles from "./ThemeIndex.module.css";

interface ThemeIndexProps {
  themes: readonly ThemeWithCount[];
}

/** /themes: every theme with its description and how many articles it holds. */
export function ThemeIndex({ themes }: ThemeIndexProps) {
  return (
    <>
      <PageHeading title="Themes" intro="News from The Hague Security Delta by theme." />
      <ul className={styles.list}>
        {themes.map(({ theme, articleCount }) => (
          <li key={theme.id} className={styles.item}>
            <h2 className={styles.name}>
              <Link href={listingPath(themeListing(theme.id))} prefetch={false}>
                {theme.name}
              </Link>
            </h2>
            <p className={styles.count}>{articleCount === 1 ? "1 article" : `${articleCount} articles`}</p>
            {theme.description && <p className={styles.description}>{theme.description}</p>}
          </li>
        ))}
      </ul>
    </>
  );
}
