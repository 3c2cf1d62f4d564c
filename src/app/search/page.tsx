import type { Metadata } from "next";
import { PageHeading } from "@/components/PageHeading";
import { SearchForm } from "@/components/SearchForm";
import { SearchResults } from "@/components/SearchResults";
import { getContentIndex } from "@/content";
import { searchFor } from "@/content/search";
import { searchPath } from "@/lib/routes";
import { pageMetadata } from "@/publish/metadata";

// Static metadata (not generateMetadata) so it is in the head at once, never streamed after the results.
export const metadata: Metadata = pageMetadata({
  title: "Search",
  description: "Search the news of The Hague Security Delta.",
  path: searchPath(),
  robots: { index: false, follow: true },
});

export default async function SearchPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const { q } = await searchParams;
  const outcome = searchFor(getContentIndex()).search(q);
  const query = outcome.kind === "results" ? outcome.query : "";
  return (
    <>
      <PageHeading title="Search" />
      <SearchForm query={query} id="search-page-query" landmarkLabel="Search the news" />
      <SearchResults outcome={outcome} />
    </>
  );
}
