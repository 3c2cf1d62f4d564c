import type { Metadata } from "next";
import { PartnerIndex } from "@/components/PartnerIndex";
import { getContentIndex } from "@/content";
import { partnersPath } from "@/lib/routes";
import { pageMetadata } from "@/publish/metadata";

/** Seconds: regenerated within this window when a scheduled article is released (a literal, as Next requires). */
export const revalidate = 300;

export const metadata: Metadata = pageMetadata({ title: "HSD Partners", description: "The partners of The Hague Security Delta named in its news, and the news each was involved in.", path: partnersPath() });

export default function PartnersPage() {
  return <PartnerIndex partners={getContentIndex().partners} />;
}
