import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getContentIndex } from "@/content";
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

function pageNumberOf(param: string): number | undefined {
  return /^[1-9][0-9]*$/.test(param) && param !== "1" ? Number(param) : undefined;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { id, page } = await params;
  const pageNumber = pageNumberOf(page);
  return pageNumber ? partnerListingMetadata(id, pageNumber) : {};
}

export default async function PartnerArchivePage({ params }: { params: Promise<Params> }) {
  const { id, page } = await params;
  const pageNumber = pageNumberOf(page);
  if (!pageNumber) notFound();
  return <PartnerListing id={id} pageNumber={pageNumber} />;
}
