import type { Metadata } from "next";
import { ThemeIndex } from "@/components/ThemeIndex";
import { getContentIndex } from "@/content";
import { themesPath } from "@/lib/routes";
import { pageMetadata } from "@/publish/metadata";

/** Seconds: regenerated within this window when a scheduled article is released (a literal, as Next requires). */
export const revalidate = 300;

export const metadata: Metadata = pageMetadata({ title: "Themes", description: "The themes of The Hague Security Delta's news, with how many articles each holds.", path: themesPath() });

export default function ThemesPage() {
  return <ThemeIndex themes={getContentIndex().themesWithCounts()} />;
}
