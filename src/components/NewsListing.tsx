import type { ReactNode } from "react";
import type { ListingPage } from "@/content/model";
import type { Listing } from "@/lib/routes";
import { translator } from "@/i18n/translator";
import type { CardView } from "./ArticleCard";
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
  cards: CardView;
}

/** A page of a paginated article listing: heading, cards, and previous/next. */
export function NewsListing({ title, page, listing, lead, cards }: NewsListingProps) {
  const intro =
    page.pageCount > 1
      ? translator(cards.edition, "listing")("pageOf", { page: page.pageNumber, pageCount: page.pageCount })
      : undefined;
  return (
    <>
      <PageHeading title={title} intro={intro} />
      {lead}
      <ArticleList articles={page.articles} cards={cards} />
      <Pagination pageNumber={page.pageNumber} pageCount={page.pageCount} listing={listing} edition={cards.edition} />
    </>
  );
}
