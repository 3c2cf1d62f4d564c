import Link from "next/link";
import type { Theme } from "@/content/model";
import { listingPath, themeListing } from "@/lib/routes";
import styles from "./ThemeChips.module.css";

interface ThemeChipsProps {
  themes: readonly Pick<Theme, "id" | "name">[];
  /** Names the list for screen readers, e.g. "Themes". */
  label?: string;
}

/** The article's themes as small links to each theme's page. Absent when there are none. */
export function ThemeChips({ themes, label = "Themes" }: ThemeChipsProps) {
  if (themes.length === 0) return null;
  return (
    <ul className={styles.chips} aria-label={label}>
      {themes.map((theme) => (
        <li key={theme.id}>
          <Link href={listingPath(themeListing(theme.id))} prefetch={false} className={styles.chip}>
            {theme.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
