import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FeedLink } from "@/components/FeedLink";
import { NewsListing } from "@/components/NewsListing";
import { getContentIndex } from "@/content";
import { pageMetadata } from "@/publish/metadata";
import { listingPath, themeFeedPath, themeListing } from "@/lib/routes";
import { site } from "@/lib/site";

/** Shared by /themes/<id> and /themes/<id>/page/N, which differ only in the page number. */
export function themeListingMetadata(id: string, pageNumber: number): Metadata {
  const index = getContentIndex();
  const theme = index.theme(id);
  const page = index.listingPage(themeListing(id), pageNumber);
  if (!theme || !page) return {};
  const suffix = page.pageCount > 1 ? `, page ${page.pageNumber} of ${page.pageCount}` : "";
  return pageMetadata({
    title: `${theme.name}${suffix}`,
    description: theme.description ?? `News from ${site.name} on ${theme.name}.`,
    path: listingPath(themeListing(theme.id), page.pageNumber),
    feeds: { "application/rss+xml": [{ url: themeFeedPath(theme.id), title: `${theme.name}: ${site.newsTitle} (RSS)` }] },
  });
}

export function ThemeListing({ id, pageNumber }: { id: string; pageNumber: number }) {
  const index = getContentIndex();
  const theme = index.theme(id);
  const page = index.listingPage(themeListing(id), pageNumber);
  if (!theme || !page) notFound();
  const lead = (
    <>
      {theme.description && <p>{theme.description}</p>}
      <FeedLink href={themeFeedPath(theme.id)} label={`${theme.name} news feed (RSS)`} />
    </>
  );
  return <NewsListing title={theme.name} page={page} listing={themeListing(theme.id)} lead={lead} themesFor={(article) => index.themesOf(article)} />;
}
