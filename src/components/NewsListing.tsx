import type { NewsPage } from "@/content";
import { ArticleList } from "./ArticleList";
import { PageHeading } from "./PageHeading";
import { Pagination } from "./Pagination";

interface NewsListingProps {
  title: string;
  page: NewsPage;
  /** First page of this listing; later pages live under <basePath>/page/N. */
  basePath: string;
}

/** A page of a paginated article listing: heading, cards, and previous/next. */
export function NewsListing({ title, page, basePath }: NewsListingProps) {
  const intro = page.pageCount > 1 ? `Page ${page.pageNumber} of ${page.pageCount}` : undefined;
  return (
    <>
      <PageHeading title={title} intro={intro} />
      <ArticleList articles={page.articles} />
      <Pagination pageNumber={page.pageNumber} pageCount={page.pageCount} basePath={basePath} />
    </>
  );
}
