import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getContentIndex } from "@/content";
import { laterPageNumber } from "@/lib/pageNumber";
import { themeListing } from "@/lib/routes";
import { prerenderSettings } from "@/lib/site";
import { ThemeListing, themeListingMetadata } from "../../listing";

/** Seconds: regenerated within this window when a scheduled article is released (a literal, as Next requires). */
export const revalidate = 300;

type Params = { id: string; page: string };

/** Page 1 lives at /themes/<id>; pages 2 up to prerenderSettings().listingPages are built, later ones render on their first request (the proxy turns away pages that do not exist). */
export const dynamicParams = true;

export function generateStaticParams(): Params[] {
  const index = getContentIndex();
  const last = prerenderSettings().listingPages;
  return index.themes.flatMap(({ id }) =>
    Array.from({ length: Math.max(0, Math.min(index.listingPageCount(themeListing(id)), last) - 1) }, (_, i) => ({ id, page: String(i + 2) })),
  );
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { id, page } = await params;
  const pageNumber = laterPageNumber(page);
  return pageNumber ? themeListingMetadata(id, pageNumber) : {};
}

export default async function ThemeArchivePage({ params }: { params: Promise<Params> }) {
  const { id, page } = await params;
  const pageNumber = laterPageNumber(page);
  if (!pageNumber) notFound();
  return <ThemeListing id={id} pageNumber={pageNumber} />;
}
