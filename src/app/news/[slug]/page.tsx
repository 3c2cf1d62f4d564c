import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AllNewsLink } from "@/components/AllNewsLink";
import { ArticleBody } from "@/components/ArticleBody";
import { ArticleHeader } from "@/components/ArticleHeader";
import { ArticleImage } from "@/components/ArticleImage";
import { JsonLd } from "@/components/JsonLd";
import { MoreNews } from "@/components/MoreNews";
import { PartnersInvolved } from "@/components/PartnersInvolved";
import { ShareLinks } from "@/components/ShareLinks";
import { getContentIndex } from "@/content";
import { articleMetadata, articlePreviewImage } from "@/lib/metadata";
import { absoluteUrl } from "@/lib/site";
import { newsArticleJsonLd } from "@/lib/structuredData";

type Params = { slug: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getContentIndex().articles.map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const index = getContentIndex();
  const article = index.bySlug((await params).slug);
  if (!article) return {};
  return articleMetadata(article, index.themesOf(article));
}

export default async function ArticlePage({ params }: { params: Promise<Params> }) {
  const index = getContentIndex();
  const article = index.bySlug((await params).slug);
  if (!article) notFound();
  const themes = index.themesOf(article);
  const url = absoluteUrl(`/news/${article.slug}`);
  return (
    <div className="article-page">
      <JsonLd data={newsArticleJsonLd(article, articlePreviewImage(article).url, themes)} />
      <article>
        <ArticleHeader article={article} themes={themes} />
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
