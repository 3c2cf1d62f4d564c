import type { Metadata } from "next";
import { PageHeading } from "@/components/PageHeading";
import { ThemeIndex } from "@/components/ThemeIndex";
import { getContentIndex } from "@/content";
import { pageMetadata } from "@/publish/metadata";
import { themesPath } from "@/lib/routes";

/** Seconds: regenerated within this window when a scheduled article is released (a literal, as Next requires). */
export const revalidate = 300;

export const metadata: Metadata = pageMetadata({
  title: "Themes",
  description: "The themes of The Hague Security Delta's news, with how many articles each holds.",
  path: themesPath(),
});

export default function ThemesPage() {
  return (
    <>
      <PageHeading title="Themes" intro="News from The Hague Security Delta by theme." />
      <ThemeIndex themes={getContentIndex().themesWithCounts()} />
    </>
  );
}
