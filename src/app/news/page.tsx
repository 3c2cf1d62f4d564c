import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NewsListing } from "@/components/NewsListing";
import { getContentIndex } from "@/content";

export const metadata: Metadata = {
  title: "All latest news",
  description: "Every news item and announcement from The Hague Security Delta, newest first.",
};

/** Seconds: a scheduled article appears here within this window of its release, without a deploy. */
export const revalidate = 300;

export default function NewsPage() {
  const page = getContentIndex().newsPage(1);
  if (!page) notFound();
  return <NewsListing title="All latest news" page={page} basePath="/news" />;
}
