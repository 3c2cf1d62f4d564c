import type { Metadata } from "next";
import { AllNewsLink } from "@/components/AllNewsLink";
import { FeaturedArticle } from "@/components/FeaturedArticle";
import { JsonLd } from "@/components/JsonLd";
import { RecentNews } from "@/components/RecentNews";
import { UpcomingEvents } from "@/components/UpcomingEvents";
import { getContentIndex } from "@/content";
import { homePath } from "@/lib/routes";
import { site } from "@/lib/site";
import { pageMetadata } from "@/publish/metadata";
import { websiteJsonLd } from "@/publish/structuredData";

export const metadata: Metadata = {
  ...pageMetadata({ title: `${site.newsTitle}: ${site.name}`, description: site.description, path: homePath() }),
  // The home page's title stands alone, without the layout's "| HSD News" suffix.
  title: { absolute: `${site.newsTitle}: ${site.name}` },
};

/** Seconds: a scheduled article appears here, and an event that ended leaves, within this window, without a deploy. */
export const revalidate = 300;

export default function HomePage() {
  const index = getContentIndex();
  const [featured, ...recent] = index.latest(1 + site.homeCardCount);
  return (
    <>
      <JsonLd data={websiteJsonLd()} />
      <h1 className="visually-hidden">{`${site.newsTitle}: news and announcements from ${site.name}`}</h1>
      {featured && <FeaturedArticle article={featured} />}
      <UpcomingEvents articles={index.upcomingEvents()} themesFor={(article) => index.themesOf(article)} />
      <RecentNews articles={recent} themesFor={(article) => index.themesOf(article)} />
      <AllNewsLink />
    </>
  );
}
