import Link from "next/link";
import type { ReactNode } from "react";
import type { SearchOutcome } from "@/content/model";
import type { Edition } from "@/lib/editions";
import { articlePath, listingPath, NEWS_LISTING, partnersPath, searchPath, themesPath } from "@/lib/routes";
import { site } from "@/lib/site";
import { translator } from "@/i18n/translator";
import { CardPhoto } from "./CardPhoto";
import { DateLine } from "./DateLine";
import { EventLine } from "./EventLine";
import { HighlightedText } from "./HighlightedText";
import { Pagination } from "./Pagination";
import styles from "./SearchResults.module.css";

interface SearchResultsProps {
  outcome: SearchOutcome;
  edition: Edition;
}

function Advice({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className={styles.advice}>
      <p className={styles.adviceTitle}>{title}</p>
      {children}
    </div>
  );
}

function Tips({ edition }: { edition: Edition }) {
  const t = translator(edition, "search");
  return (
    <ul>
      <li>{t("tipWords")}</li>
      <li>
        {t.rich("tipBrowse", {
          themes: (chunks) => <Link href={themesPath(edition)}>{chunks}</Link>,
          partners: (chunks) => <Link href={partnersPath(edition)}>{chunks}</Link>,
          news: (chunks) => <Link href={listingPath(edition, NEWS_LISTING)}>{chunks}</Link>,
        })}
      </li>
    </ul>
  );
}

/** The words left out, as the edition lists them: "a, b, c" in English, "a, b en c" in Dutch. */
function wordList(words: readonly string[], edition: Edition): string {
  return edition === "en" ? words.join(", ") : new Intl.ListFormat(edition, { type: "conjunction" }).format(words);
}

/** Some words of the query were not looked up: say which, so a reader can choose better ones. */
function IgnoredWords({ words, edition }: { words: string[]; edition: Edition }) {
  return (
    <p className={styles.note}>
      {translator(edition, "search")("ignored", { words: wordList(words, edition), max: site.searchMaxTerms })}
    </p>
  );
}

/** The answer to a search: ranked results with the matching words marked, or advice when there is nothing to show. */
export function SearchResults({ outcome, edition }: SearchResultsProps) {
  const t = translator(edition, "search");
  const tips = <Tips edition={edition} />;
  switch (outcome.kind) {
    case "empty":
      return <Advice title={t("empty")}>{tips}</Advice>;
    case "too-long":
      return (
        <Advice title={t("tooLong", { length: outcome.length, max: site.searchMaxQueryLength })}>
          <p>{t("tooLongAdvice")}</p>
          {tips}
        </Advice>
      );
    case "no-words":
      return <Advice title={t("noWords")}>{tips}</Advice>;
    case "results": {
      if (outcome.total === 0) {
        return (
          <Advice title={t("noResults", { query: outcome.query })}>
            <p>{t("noResultsAdvice")}</p>
            {tips}
          </Advice>
        );
      }
      const { query, pageNumber, pageCount } = outcome;
      return (
        <>
          <p className={styles.count} role="status">
            {t("count", { total: outcome.total, query })}
          </p>
          {outcome.ignoredWords.length > 0 && <IgnoredWords words={outcome.ignoredWords} edition={edition} />}
          <ol className={styles.list} start={(pageNumber - 1) * site.searchPageSize + 1}>
            {outcome.hits.map(({ article, inEdition, summary }) => {
              // An article without a Dutch translation is found, and shown, by its English text.
              const lang = inEdition.language === edition ? undefined : inEdition.language;
              return (
                <li key={article.slug} className={styles.item}>
                  {article.image && <CardPhoto image={article.image} />}
                  <h2 className={styles.title} lang={lang}>
                    <Link href={articlePath(edition, article.slug)} prefetch={false}>
                      {inEdition.title}
                    </Link>
                  </h2>
                  {article.event && <EventLine event={article.event} edition={edition} />}
                  <DateLine date={article.date} edition={edition} />
                  <p className={styles.summary} lang={lang}>
                    <HighlightedText segments={summary} />
                  </p>
                </li>
              );
            })}
          </ol>
          <Pagination
            pageNumber={pageNumber}
            pageCount={pageCount}
            pagePath={(page) => searchPath(edition, query, page)}
            edition={edition}
            steps="previous-next"
          />
        </>
      );
    }
  }
}
