import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AllNewsLink } from "@/components/AllNewsLink";
import { ArticleBody } from "@/components/ArticleBody";
import { ArticleHeader } from "@/components/ArticleHeader";
import { ArticleImage } from "@/components/ArticleImage";
import { MoreNews } from "@/components/MoreNews";
import { PartnersInvolved } from "@/components/PartnersInvolved";
import { getContentIndex } from "@/content";

type Params = { slug: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getContentIndex().articles.map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const article = getContentIndex().bySlug((await params).slug);
  if (!article) return {};
  return { title: article.title, description: article.summary || undefined, authors: article.author ? [{ name: article.author }] : undefined };
}

export default async function ArticlePage({ params }: { params: Promise<Params> }) {
  const index = getContentIndex();
  const article = index.bySlug((await params).slug);
  if (!article) notFound();
  return (
    <div className="article-page">
      <article>
        <ArticleHeader article={article} />
        {article.image && <ArticleImage image={article.image} priority />}
        <ArticleBody html={index.bodyHtml(article)} />
      </article>
      <PartnersInvolved partners={index.partnersOf(article)} />
      <MoreNews articles={index.moreNewsFor(article)} />
      <AllNewsLink />
    </div>
  );
}
