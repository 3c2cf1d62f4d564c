import Link from "next/link";
import type { Theme } from "@/content/model";
import type { Edition } from "@/lib/editions";
import { listingPath, themeListing } from "@/lib/routes";
import { translator } from "@/i18n/translator";
import styles from "./ThemeChips.module.css";

interface ThemeChipsProps {
  themes: readonly Pick<Theme, "id" | "name">[];
  edition: Edition;
}

/** The article's themes as small links to each theme's page. Absent when there are none. */
export function ThemeChips({ themes, edition }: ThemeChipsProps) {
  if (themes.length === 0) return null;
  return (
    <ul className={styles.chips} aria-label={translator(edition, "themeChips")("label")}>
      {themes.map((theme) => (
        <li key={theme.id}>
          <Link href={listingPath(edition, themeListing(theme.id))} prefetch={false} className={styles.chip}>
            {theme.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
