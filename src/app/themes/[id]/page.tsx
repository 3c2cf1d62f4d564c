import type { Metadata } from "next";
import { getContentIndex } from "@/content";
import { ThemeListing, themeListingMetadata } from "./listing";

/** Seconds: regenerated within this window when a scheduled article is released (a literal, as Next requires). */
export const revalidate = 300;

type Params = { id: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getContentIndex().themes.map((theme) => ({ id: theme.id }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  return themeListingMetadata((await params).id, 1);
}

export default async function ThemePage({ params }: { params: Promise<Params> }) {
  return <ThemeListing id={(await params).id} pageNumber={1} />;
}
