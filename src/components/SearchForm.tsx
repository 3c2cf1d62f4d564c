import type { Edition } from "@/lib/editions";
import { SEARCH_QUERY_PARAMETER, searchPath } from "@/lib/routes";
import { translator } from "@/i18n/translator";
import styles from "./SearchForm.module.css";

interface SearchFormProps {
  edition: Edition;
  /** The current query, shown in the field on the results page. */
  query?: string;
  /** Distinguishes the header's form from the results page's own, for labels. */
  id?: string;
  /** Which search landmark this is: two forms on one page need different names (the header's, the search page's own). */
  landmark?: "site" | "page";
}

/** A plain GET form to the edition's search page: works without JavaScript, on every page. */
export function SearchForm({ edition, query = "", id = "site-search", landmark = "site" }: SearchFormProps) {
  const t = translator(edition, "searchForm");
  return (
    <form
      role="search"
      aria-label={t(landmark === "site" ? "landmarkSite" : "landmarkPage")}
      action={searchPath(edition)}
      method="get"
      className={styles.form}
    >
      <label htmlFor={id} className="visually-hidden">
        {t("label")}
      </label>
      <input
        id={id}
        name={SEARCH_QUERY_PARAMETER}
        type="search"
        defaultValue={query}
        placeholder={t("placeholder")}
        className={styles.input}
      />
      <button type="submit" className={styles.button}>
        {t("submit")}
      </button>
    </form>
  );
}
