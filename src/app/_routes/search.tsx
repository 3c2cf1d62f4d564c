import type { Metadata } from "next";
import { InstantSearch, type InstantSearchMessages } from "@/components/InstantSearch";
import { LanguageSwitch } from "@/components/LanguageSwitch";
import { PageHeading } from "@/components/PageHeading";
import { SearchForm } from "@/components/SearchForm";
import { SearchResults } from "@/components/SearchResults";
import { getPublicationView } from "@/content";
import { searchFor } from "@/content/search";
import { STATIC_SEARCH_FILTERS } from "@/content/staticSearch";
import { otherEdition, type Edition } from "@/lib/editions";
import { laterPageNumber } from "@/lib/pageNumber";
import {
  releasedSearchPath,
  SEARCH_PAGE_PARAMETER,
  SEARCH_QUERY_PARAMETER,
  sitePagePath,
  STATIC_SEARCH_BASE,
} from "@/lib/routes";
import { site } from "@/lib/site";
import { catalogues, translator } from "@/i18n/translator";
import { pageMetadata } from "@/publish/metadata";

/** The address's names for the browser search's filters: the same words in both editions, like the query's. */
const PARAMETERS = {
  query: SEARCH_QUERY_PARAMETER,
  theme: STATIC_SEARCH_FILTERS.theme,
  partner: STATIC_SEARCH_FILTERS.partner,
  year: STATIC_SEARCH_FILTERS.year,
  events: "events",
};

/**
 * The search page of an edition. The server answers the form (without JavaScript, for crawlers,
 * and as the first answer), 10 results a page, from its prebuilt index: the Dutch one holds the
 * translations and the English text of articles without one (whose results are marked `lang="en"`).
 * In the browser, InstantSearch answers as the reader types from the build's Pagefind index.
 */
export function searchRoute(edition: Edition) {
  const t = translator(edition, "search");
  // Static metadata (not generateMetadata) so it is in the head at once, never streamed after the results.
  const metadata: Metadata = pageMetadata({
    edition,
    title: t("title"),
    description: t("description"),
    page: { kind: "search" },
    robots: { index: false, follow: true },
  });
  const { search, instantSearch } = catalogues[edition];
  const messages: InstantSearchMessages = {
    search: { count: search.count, noResults: search.noResults },
    instantSearch,
  };

  async function SearchPage({
    searchParams,
  }: {
    searchParams: Promise<Record<string, string | string[] | undefined>>;
  }) {
    const { [SEARCH_QUERY_PARAMETER]: q, [SEARCH_PAGE_PARAMETER]: page } = await searchParams;
    const pageNumber = (typeof page === "string" && laterPageNumber(page)) || 1;
    const outcome = searchFor(getPublicationView(), edition).search(q, { page: pageNumber });
    const query = outcome.kind === "results" ? outcome.query : "";
    return (
      <>
        <LanguageSwitch
          edition={edition}
          href={sitePagePath(otherEdition(edition), { kind: "search", query: typeof q === "string" ? q : query })}
        />
        <PageHeading title={t("title")} />
        <InstantSearch
          edition={edition}
          messages={messages}
          staticSearchBase={STATIC_SEARCH_BASE}
          releasedPath={releasedSearchPath(edition)}
          parameters={PARAMETERS}
          pageSize={site.searchPageSize}
          form={<SearchForm edition={edition} query={query} id="search-page-query" landmark="page" />}
        >
          <SearchResults outcome={outcome} edition={edition} />
        </InstantSearch>
      </>
    );
  }

  return { metadata, Page: SearchPage };
}
