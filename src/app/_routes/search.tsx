import type { Metadata } from "next";
import { LanguageSwitch } from "@/components/LanguageSwitch";
import { PageHeading } from "@/components/PageHeading";
import { SearchForm } from "@/components/SearchForm";
import { SearchResults } from "@/components/SearchResults";
import { getContentIndex } from "@/content";
import { searchFor } from "@/content/search";
import { otherEdition, type Edition } from "@/lib/editions";
import { sitePagePath } from "@/lib/routes";
import { translator } from "@/i18n/translator";
import { pageMetadata } from "@/publish/metadata";

/**
 * The search page of an edition. Both search the one index of the articles' English text for now
 * (the Dutch index comes with the translations), so the Dutch page marks its results `lang="en"`;
 * its messages, advice and counts are Dutch.
 */
export function searchRoute(edition: Edition) {
  const t = translator(edition, "search");
  // Static metadata (not generateMetadata) so it is in the head at once, never streamed after the results.
  const metadata: Metadata = pageMetadata({ edition, title: t("title"), description: t("description"), page: { kind: "search" }, robots: { index: false, follow: true } });

  async function SearchPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
    const { q } = await searchParams;
    const outcome = searchFor(getContentIndex()).search(q);
    const query = outcome.kind === "results" ? outcome.query : "";
    return (
      <>
        <LanguageSwitch edition={edition} href={sitePagePath(otherEdition(edition), { kind: "search", query: typeof q === "string" ? q : query })} />
        <PageHeading title={t("title")} />
        <SearchForm edition={edition} query={query} id="search-page-query" landmark="page" />
        <SearchResults outcome={outcome} edition={edition} resultsLanguage="en" />
      </>
    );
  }

  return { metadata, Page: SearchPage };
}
