import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NewsListing } from "@/components/NewsListing";
import { PartnerProfile } from "@/components/PartnerProfile";
import { getContentIndex } from "@/content";
import { pageMetadata } from "@/publish/metadata";
import { listingPath, partnerListing } from "@/lib/routes";
import { site } from "@/lib/site";

/** Shared by /partners/<id> and /partners/<id>/page/N. */
export function partnerListingMetadata(id: string, pageNumber: number): Metadata {
  const index = getContentIndex();
  const partner = index.partner(id);
  const page = index.listingPage(partnerListing(id), pageNumber);
  if (!partner || !page) return {};
  const suffix = page.pageCount > 1 ? `, page ${page.pageNumber} of ${page.pageCount}` : "";
  return pageMetadata({
    title: `${partner.name}${suffix}`,
    description: `News from ${site.name} that ${partner.name} was involved in.`,
    path: listingPath(partnerListing(partner.id), page.pageNumber),
  });
}

export function PartnerListing({ id, pageNumber }: { id: string; pageNumber: number }) {
  const index = getContentIndex();
  const partner = index.partner(id);
  const page = index.listingPage(partnerListing(id), pageNumber);
  if (!partner || !page) notFound();
  return (
    <NewsListing
      title={partner.name}
      page={page}
      listing={partnerListing(partner.id)}
      lead={<PartnerProfile partner={partner} />}
      themesFor={(article) => index.themesOf(article)}
    />
  );
}
