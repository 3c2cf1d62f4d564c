import Link from "next/link";
import type { ThemeWithCount } from "@/content/model";
import type { Edition } from "@/lib/editions";
import { listingPath, themeListing } from "@/lib/routes";
import { translator } from "@/i18n/translator";
import { PageHeading } from "./PageHeading";
import styles from "./ThemeIndex.module.css";

interface ThemeIndexProps {
  themes: readonly ThemeWithCount[];
  edition: Edition;
}

/** /themes: every theme with its description and how many articles it holds. */
export function ThemeIndex({ themes, edition }: ThemeIndexProps) {
  const t = translator(edition, "themes");
  const count = translator(edition, "themeIndex");
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      <ul className={styles.list}>
        {themes.map(({ theme, articleCount }) => (
          <li key={theme.id} className={styles.item}>
            <h2 className={styles.name}>
              <Link href={listingPath(edition, themeListing(theme.id))} prefetch={false}>
                {theme.name}
              </Link>
            </h2>
            <p className={styles.count}>{count("count", { count: articleCount })}</p>
            {theme.description && <p className={styles.description}>{theme.description}</p>}
          </li>
        ))}
      </ul>
    </>
  );
}
