import type { ReactNode } from "react";
import type { Article, ListingPage, Theme } from "@/content/model";
import type { Listing } from "@/lib/routes";
import { ArticleList } from "./ArticleList";
import { PageHeading } from "./PageHeading";
import { Pagination } from "./Pagination";

interface NewsListingProps {
  title: string;
  page: ListingPage;
  /** The listing this is a page of. */
  listing: Listing;
  /** Shown between the heading and the cards, e.g. a theme's description. */
  lead?: ReactNode;
  themesFor?: (article: Pick<Article, "themes">) => readonly Pick<Theme, "id" | "name">[];
}

/** A page of a paginated article listing: heading, cards, and previous/next. */
export function NewsListing({ title, page, listing, lead, themesFor }: NewsListingProps) {
  const intro = page.pageCount > 1 ? `Page ${page.pageNumber} of ${page.pageCount}` : undefined;
  return (
    <>
      <PageHeading title={title} intro={intro} />
      {lead}
      <ArticleList articles={page.articles} themesFor={themesFor} />
      <Pagination pageNumber={page.pageNumber} pageCount={page.pageCount} listing={listing} />
    </>
  );
}
