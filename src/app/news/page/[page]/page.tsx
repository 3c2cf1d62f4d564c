import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NewsListing } from "@/components/NewsListing";
import { getContentIndex } from "@/content";
import { laterPageNumber } from "@/lib/pageNumber";
import { pageMetadata } from "@/publish/metadata";
import { listingPath, NEWS_LISTING } from "@/lib/routes";
import { prerenderSettings } from "@/lib/site";

type Params = { page: string };

/** The first pages are built (prerenderSettings), later ones render on their first request; the proxy turns away pages that do not exist. */
export const dynamicParams = true;
/** Seconds: pages shift (and a new last page appears) within this window of a scheduled article's release. */
export const revalidate = 300;

export function generateStaticParams(): Params[] {
  const last = Math.min(getContentIndex().listingPageCount(NEWS_LISTING), prerenderSettings().listingPages);
  return Array.from({ length: Math.max(0, last - 1) }, (_, i) => ({ page: String(i + 2) }));
}

function pageFor(param: string) {
  const pageNumber = laterPageNumber(param);
  return pageNumber === undefined ? undefined : getContentIndex().listingPage(NEWS_LISTING, pageNumber);
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const page = pageFor((await params).page);
  if (!page) return {};
  return pageMetadata({
    title: `All latest news, page ${page.pageNumber} of ${page.pageCount}`,
    description: `News and announcements from The Hague Security Delta, page ${page.pageNumber} of ${page.pageCount}.`,
    path: listingPath(NEWS_LISTING, page.pageNumber),
  });
}

export default async function NewsArchivePage({ params }: { params: Promise<Params> }) {
  const page = pageFor((await params).page);
  if (!page) notFound();
  const index = getContentIndex();
  return <NewsListing title="All latest news" page={page} listing={NEWS_LISTING} themesFor={(article) => index.themesOf(article)} />;
}
