import { AllNewsLink } from "@/components/AllNewsLink";
import { ArticleList } from "@/components/ArticleList";
import { FeaturedArticle } from "@/components/FeaturedArticle";
import { getContentIndex } from "@/content";
import { site } from "@/lib/site";

export default function HomePage() {
  const [featured, ...recent] = getContentIndex().latest(1 + site.homeCardCount);
  return (
    <>
      <h1 className="visually-hidden">{`${site.newsTitle}: news and announcements from ${site.name}`}</h1>
      {featured && <FeaturedArticle article={featured} />}
      {recent.length > 0 && (
        <section aria-labelledby="recent-news" className="home-recent">
          <h2 id="recent-news">Recent news</h2>
          <ArticleList articles={recent} headingLevel={3} />
        </section>
      )}
      <AllNewsLink />
    </>
  );
}
