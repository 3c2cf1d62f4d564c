import Link from "next/link";
import type { SearchOutcome } from "@/content/model";
import { articlePath, listingPath, NEWS_LISTING, partnersPath, themesPath } from "@/lib/routes";
import { site } from "@/lib/site";
import { DateLine } from "./DateLine";
import { EventLine } from "./EventLine";
import { HighlightedText } from "./HighlightedText";
import styles from "./SearchResults.module.css";

interface SearchResultsProps {
  outcome: SearchOutcome;
}

function Advice({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className={styles.advice}>
      <p className={styles.adviceTitle}>{title}</p>
      {children}
    </div>
  );
}

const tips = (
  <ul>
    <li>Use a word or two from the headline, a theme (such as “cyber security”) or a partner’s name.</li>
    <li>
      Browse by <Link href={themesPath()}>theme</Link> or by <Link href={partnersPath()}>partner</Link>, or see <Link href={listingPath(NEWS_LISTING)}>all latest news</Link>.
    </li>
  </ul>
);

/** Some words of the query were not looked up: say which, so a reader can choose better ones. */
function IgnoredWords({ words }: { words: string[] }) {
  return (
    <p className={styles.note}>
      Left out of this search: {words.join(", ")} (words found in nearly every article, or beyond {site.searchMaxTerms} different words, would not
      narrow it).
    </p>
  );
}

/** The answer to a search: ranked results with the matching words marked, or advice when there is nothing to show. */
export function SearchResults({ outcome }: SearchResultsProps) {
  switch (outcome.kind) {
    case "empty":
      return <Advice title="Type one or more words to search the news.">{tips}</Advice>;
    case "too-long":
      return (
        <Advice title={`That search is ${outcome.length} characters long; please use at most ${site.searchMaxQueryLength}.`}>
          <p>A few distinctive words find more than a whole paragraph.</p>
          {tips}
        </Advice>
      );
    case "no-words":
      return <Advice title="That search has no words in it to look for.">{tips}</Advice>;
    case "results":
      if (outcome.total === 0) {
        return (
          <Advice title={`No news matches “${outcome.query}”.`}>
            <p>Check the spelling, or try fewer or more general words.</p>
            {tips}
          </Advice>
        );
      }
      return (
        <>
          <p className={styles.count} role="status">
            {outcome.total === 1 ? "1 article" : `${outcome.total} articles`} match “{outcome.query}”
            {outcome.total > outcome.hits.length ? `; the best ${outcome.hits.length} are shown` : ""}.
          </p>
          {outcome.ignoredWords.length > 0 && <IgnoredWords words={outcome.ignoredWords} />}
          <ol className={styles.list}>
            {outcome.hits.map(({ article, summary }) => (
              <li key={article.slug} className={styles.item}>
                <h2 className={styles.title}>
                  <Link href={articlePath(article.slug)} prefetch={false}>
                    {article.title}
                  </Link>
                </h2>
                {article.event && <EventLine event={article.event} />}
                <DateLine date={article.date} />
                <p className={styles.summary}>
                  <HighlightedText segments={summary} />
                </p>
              </li>
            ))}
          </ol>
        </>
      );
  }
}
