import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NewsListing } from "@/components/NewsListing";
import { getContentIndex } from "@/content";
import { pageMetadata } from "@/publish/metadata";
import { listingPath, NEWS_LISTING } from "@/lib/routes";

export const metadata: Metadata = pageMetadata({
  title: "All latest news",
  description: "Every news item and announcement from The Hague Security Delta, newest first.",
  path: listingPath(NEWS_LISTING),
});

/** Seconds: a scheduled article appears here within this window of its release, without a deploy. */
export const revalidate = 300;

export default function NewsPage() {
  const index = getContentIndex();
  const page = index.listingPage(NEWS_LISTING, 1);
  if (!page) notFound();
  return <NewsListing title="All latest news" page={page} listing={NEWS_LISTING} themesFor={(article) => index.themesOf(article)} />;
}
