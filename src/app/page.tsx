import type { Metadata } from "next";
import { AllNewsLink } from "@/components/AllNewsLink";
import { ArticleList } from "@/components/ArticleList";
import { FeaturedArticle } from "@/components/FeaturedArticle";
import { JsonLd } from "@/components/JsonLd";
import { getContentIndex } from "@/content";
import { pageMetadata } from "@/lib/metadata";
import { site } from "@/lib/site";
import { websiteJsonLd } from "@/lib/structuredData";

export const metadata: Metadata = {
  ...pageMetadata({ title: `${site.newsTitle}: ${site.name}`, description: site.description, path: "/" }),
  // The home page's title stands alone, without the layout's "| HSD News" suffix.
  title: { absolute: `${site.newsTitle}: ${site.name}` },
};

export default function HomePage() {
  const index = getContentIndex();
  const [featured, ...recent] = index.latest(1 + site.homeCardCount);
  return (
    <>
      <JsonLd data={websiteJsonLd()} />
      <h1 className="visually-hidden">{`${site.newsTitle}: news and announcements from ${site.name}`}</h1>
      {featured && <FeaturedArticle article={featured} />}
      {recent.length > 0 && (
        <section aria-labelledby="recent-news" style={{ marginTop: "3rem" }}>
          <h2 id="recent-news">Recent news</h2>
          <ArticleList articles={recent} headingLevel={3} themesFor={(article) => index.themesOf(article)} />
        </section>
      )}
      <AllNewsLink />
    </>
  );
}
