import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { AllNewsLink } from "@/components/AllNewsLink";
import { ArticleBody } from "@/components/ArticleBody";
import { ArticleHeader } from "@/components/ArticleHeader";
import { ArticleImage } from "@/components/ArticleImage";
import { ContentProblemList } from "@/components/ContentProblemList";
import { EventDetails } from "@/components/EventDetails";
import { JsonLd } from "@/components/JsonLd";
import { MoreNews } from "@/components/MoreNews";
import { PartnersInvolved } from "@/components/PartnersInvolved";
import { PreviewBanner } from "@/components/PreviewBanner";
import { ShareLinks } from "@/components/ShareLinks";
import { getContentIndex } from "@/content";
import { verdictFor } from "@/content/gate";
import { articleCalendarPath, articlePath } from "@/lib/routes";
import { absoluteUrl, prerenderSettings } from "@/lib/site";
import { articleMetadata, articlePreviewImage } from "@/publish/metadata";
import { eventJsonLd, newsArticleJsonLd } from "@/publish/structuredData";

type Params = { slug: string };

/**
 * The newest articles are rendered at build (prerenderSettings); any other
 * article on its first request, then served from the cache the same way. An
 * address that is no published article at that moment (a made-up slug, a
 * draft, a scheduled article) renders the 404 page, which is never cached
 * (src/cache-handler.mjs); an old address (alias) redirects.
 */
export const dynamicParams = true;
/** Seconds: More News picks up articles released since, and an event's box says it has ended, within this window, without a deploy. */
export const revalidate = 300;

export function generateStaticParams(): Params[] {
  const index = getContentIndex();
  const slugs = index.latest(prerenderSettings().articles).map((article) => article.slug);
  // The preview also serves files too broken to load, to show their errors.
  if (index.preview) slugs.push(...index.rejectedSlugs);
  return slugs.map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const index = getContentIndex();
  const article = index.bySlug((await params).slug);
  if (!article) return {};
  const metadata = articleMetadata(article, index.themesOf(article));
  // Only the preview can show an unpublished article; keep it out of every index regardless.
  if (index.statusOf(article) !== "published") metadata.robots = { index: false, follow: false };
  return metadata;
}

export default async function ArticlePage({ params }: { params: Promise<Params> }) {
  const index = getContentIndex();
  const { slug } = await params;
  const errors = index.preview ? index.errorsForSlug(slug) : [];
  if (errors.length > 0) {
    return (
      <ContentProblemList
        headingLevel={1}
        title="This article has errors"
        intro="Fix these in the file and save; this page shows the article on the next load. The published site is never built with errors."
        problems={errors}
      />
    );
  }
  const article = index.bySlug(slug);
  if (!article) {
    // The same gate the proxy asks for the other on-demand routes: an old address redirects, anything else is a 404.
    const verdict = verdictFor(index, articlePath(slug).split("/").filter(Boolean));
    if (verdict.kind === "redirect") permanentRedirect(verdict.location);
    notFound();
  }
  const status = index.statusOf(article);
  const themes = index.themesOf(article);
  const url = absoluteUrl(articlePath(article.slug));
  const image = articlePreviewImage(article).url;
  const event = eventJsonLd(article, image);
  return (
    <div className="article-page">
      {status !== "published" && <PreviewBanner status={status} date={article.date} />}
      <JsonLd data={newsArticleJsonLd(article, image, themes)} />
      {event && <JsonLd data={event} />}
      <article>
        <ArticleHeader article={article} themes={themes} />
        {article.event && <EventDetails event={article.event} status={index.eventStatusOf(article)!} calendarHref={articleCalendarPath(article.slug)} />}
        {article.image && <ArticleImage image={article.image} priority />}
        <ArticleBody html={index.bodyHtml(article)} />
      </article>
      <ShareLinks url={url} title={article.title} />
      <PartnersInvolved partners={index.partnersOf(article)} />
      <MoreNews articles={index.moreNewsFor(article)} themesFor={(related) => index.themesOf(related)} />
      <AllNewsLink />
    </div>
  );
}
