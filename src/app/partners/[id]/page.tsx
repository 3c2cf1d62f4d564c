import type { Metadata } from "next";
import { getContentIndex } from "@/content";
import { PartnerListing, partnerListingMetadata } from "./listing";

/** Seconds: regenerated within this window when a scheduled article is released (a literal, as Next requires). */
export const revalidate = 300;

type Params = { id: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getContentIndex().partners.map((partner) => ({ id: partner.id }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  return partnerListingMetadata((await params).id, 1);
}

export default async function PartnerPage({ params }: { params: Promise<Params> }) {
  return <PartnerListing id={(await params).id} pageNumber={1} />;
}
