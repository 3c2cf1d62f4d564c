import type { Edition } from "@/lib/editions";
import { otherEdition } from "@/lib/editions";
import { translator } from "@/i18n/translator";
import styles from "./LanguageSwitch.module.css";

interface LanguageSwitchProps {
  /** The page's edition. */
  edition: Edition;
  /** The same page in the other edition. */
  href: string;
}

/**
 * The way to the same page in the other language, at the top of the page's content: "Nederlands"
 * on English pages, "English" on Dutch ones, each written and marked in its own language (a screen
 * reader then pronounces it right), with `hreflang` for the page it leads to. No flag: a flag is a
 * country, not a language.
 *
 * The page renders it, not the layout: a layout does not know which page it holds, and only the
 * page knows its counterpart. So it sits first in the main content (where the skip link lands),
 * the place GOV.UK gives its language toggle, and the header stays the layout's, unchanged
 * between pages.
 */
export function LanguageSwitch({ edition, href }: LanguageSwitchProps) {
  const other = otherEdition(edition);
  return (
    <p className={styles.switch}>
      <a href={href} lang={other} hrefLang={other}>
        {translator(other, "site")("languageName")}
      </a>
    </p>
  );
}
