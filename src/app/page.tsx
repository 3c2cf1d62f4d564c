import { AllNewsLink } from "@/components/AllNewsLink";
import { FeaturedArticle } from "@/components/FeaturedArticle";
import { RecentNews } from "@/components/RecentNews";
import { getContentIndex } from "@/content";
import { site } from "@/lib/site";

/** Seconds: a scheduled article appears here within this window of its release, without a deploy. */
export const revalidate = 300;

export default function HomePage() {
  const [featured, ...recent] = getContentIndex().latest(1 + site.homeCardCount);
  return (
    <>
      <h1 className="visually-hidden">{`${site.newsTitle}: news and announcements from ${site.name}`}</h1>
      {featured && <FeaturedArticle article={featured} />}
      <RecentNews articles={recent} />
      <AllNewsLink />
    </>
  );
}
