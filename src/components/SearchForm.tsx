import { SEARCH_QUERY_PARAMETER, searchPath } from "@/lib/routes";
import styles from "./SearchForm.module.css";

interface SearchFormProps {
  /** The current query, shown in the field on the results page. */
  query?: string;
  /** Distinguishes the header's form from the results page's own, for labels. */
  id?: string;
  /** The search landmark's name: two forms on one page need different ones. */
  landmarkLabel?: string;
}

/** A plain GET form to /search: works without JavaScript, on every page. */
export function SearchForm({ query = "", id = "site-search", landmarkLabel = "Site search" }: SearchFormProps) {
  return (
    <form role="search" aria-label={landmarkLabel} action={searchPath()} method="get" className={styles.form}>
      <label htmlFor={id} className="visually-hidden">
        Search news
      </label>
      <input id={id} name={SEARCH_QUERY_PARAMETER} type="search" defaultValue={query} placeholder="Search news" className={styles.input} />
      <button type="submit" className={styles.button}>
        Search
      </button>
    </form>
  );
}
