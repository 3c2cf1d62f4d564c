import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getContentIndex } from "@/content";
import { laterPageNumber } from "@/lib/pageNumber";
import { PartnerListing, partnerListingMetadata } from "../../listing";

/** Seconds: regenerated within this window when a scheduled article is released (a literal, as Next requires). */
export const revalidate = 300;

type Params = { id: string; page: string };

/** Only pages 2..N of each partner are built; page 1 lives at /partners/<id>, anything else is a 404. */
export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  const index = getContentIndex();
  return index.partners.flatMap((partner) =>
    Array.from({ length: index.partnerPageCount(partner.id, index.upcoming) - 1 }, (_, i) => ({ id: partner.id, page: String(i + 2) })),
  );
}


export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { id, page } = await params;
  const pageNumber = laterPageNumber(page);
  return pageNumber ? partnerListingMetadata(id, pageNumber) : {};
}

export default async function PartnerArchivePage({ params }: { params: Promise<Params> }) {
  const { id, page } = await params;
  const pageNumber = laterPageNumber(page);
  if (!pageNumber) notFound();
  return <PartnerListing id={id} pageNumber={pageNumber} />;
}
