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
 * The search page of an edition. Each searches its own prebuilt index: the Dutch one holds the
 * translations and the English text of articles without one (whose results are marked `lang="en"`).
 */
export function searchRoute(edition: Edition) {
  const t = translator(edition, "search");
  // Static metadata (not generateMetadata) so it is in the head at once, never streamed after the results.
  const metadata: Metadata = pageMetadata({ edition, title: t("title"), description: t("description"), page: { kind: "search" }, robots: { index: false, follow: true } });

  async function SearchPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
    const { q } = await searchParams;
    const outcome = searchFor(getContentIndex(), edition).search(q);
    const query = outcome.kind === "results" ? outcome.query : "";
    return (
      <>
        <LanguageSwitch edition={edition} href={sitePagePath(otherEdition(edition), { kind: "search", query: typeof q === "string" ? q : query })} />
        <PageHeading title={t("title")} />
        <SearchForm edition={edition} query={query} id="search-page-query" landmark="page" />
        <SearchResults outcome={outcome} edition={edition} />
      </>
    );
  }

  return { metadata, Page: SearchPage };
}
