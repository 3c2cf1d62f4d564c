import type { Metadata } from "next";
import { PageHeading } from "@/components/PageHeading";
import { PartnerIndex } from "@/components/PartnerIndex";
import { getContentIndex } from "@/content";
import { pageMetadata } from "@/publish/metadata";
import { partnersPath } from "@/lib/routes";

/** Seconds: regenerated within this window when a scheduled article is released (a literal, as Next requires). */
export const revalidate = 300;

export const metadata: Metadata = pageMetadata({
  title: "HSD Partners",
  description: "The partners of The Hague Security Delta named in its news, and the news each was involved in.",
  path: partnersPath(),
});

export default function PartnersPage() {
  return (
    <>
      <PageHeading title="HSD Partners" intro="Companies, government and knowledge institutions in the news." />
      <PartnerIndex partners={getContentIndex().partners} />
    </>
  );
}
