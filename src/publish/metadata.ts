/**
 * Page metadata: canonical URL, Open Graph, Twitter card and feed
 * autodiscovery. Next merges metadata shallowly, so a page that sets
 * `alternates` or `openGraph` replaces the layout's whole object: every page
 * builds its metadata here, complete, from one place.
 */
import type { Metadata } from "next";
import type { Article, Theme } from "@/content/model";
import { isoDateTime } from "@/lib/dates";
import { articlePath, articlePreviewImagePath, feedPath, sitePreviewImagePath } from "@/lib/routes";
import { absoluteUrl, site } from "@/lib/site";

export interface PreviewImage {
  /** Absolute URL. */
  url: string;
  alt: string;
  width?: number;
  height?: number;
}

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** The site-wide feeds, announced in every page's head. */
export const feedLinks = {
  "application/rss+xml": [{ url: feedPath("rss"), title: `${site.newsTitle} (RSS)` }],
  "application/atom+xml": [{ url: feedPath("atom"), title: `${site.newsTitle} (Atom)` }],
  "application/feed+json": [{ url: feedPath("json"), title: `${site.newsTitle} (JSON Feed)` }],
};

/** The generated preview of the site itself, for pages that are not articles. */
export function sitePreviewImage(): PreviewImage {
  return { url: absoluteUrl(sitePreviewImagePath()), alt: `${site.newsTitle}: ${site.name}`, width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT };
}

/** The article's own image when it has one; otherwise its generated preview card. */
export function articlePreviewImage(article: Pick<Article, "slug" | "title" | "image">): PreviewImage {
  if (article.image) {
    const url = article.image.src.startsWith("/") ? absoluteUrl(article.image.src) : article.image.src;
    return { url, alt: article.image.alt };
  }
  return {
    url: absoluteUrl(articlePreviewImagePath(article.slug)),
    alt: `${article.title}: ${site.newsTitle}`,
    width: PREVIEW_WIDTH,
    height: PREVIEW_HEIGHT,
  };
}

export interface PageMetadataInput {
  /** The page's own title; the layout's template adds the site name. */
  title: string;
  description: string;
  /** Path of the page on the site, e.g. `/themes/cyber-security`. */
  path: string;
  image?: PreviewImage;
  /** Extra feeds for this page (a theme's own feed, the events calendar). */
  feeds?: Partial<Record<keyof typeof feedLinks | "text/calendar", { url: string; title: string }[]>>;
  robots?: Metadata["robots"];
}

/** Metadata of a page that is not an article: og:type website. */
export function pageMetadata({ title, description, path, image = sitePreviewImage(), feeds, robots }: PageMetadataInput): Metadata {
  const types: Record<string, { url: string; title: string }[]> = { ...feedLinks };
  for (const [type, links] of Object.entries(feeds ?? {})) {
    types[type] = [...(links ?? []), ...(types[type] ?? [])];
  }
  return {
    title,
    description,
    alternates: { canonical: absoluteUrl(path), types },
    openGraph: {
      type: "website",
      title,
      description,
      url: absoluteUrl(path),
      siteName: site.newsTitle,
      locale: "en_GB",
      images: [image],
    },
    twitter: { card: "summary_large_image", title, description, images: [{ url: image.url, alt: image.alt }] },
    robots,
  };
}

/** Metadata of an article: og:type article with its dates, author and themes. */
export function articleMetadata(article: Article, themes: readonly Theme[]): Metadata {
  const path = articlePath(article.slug);
  const description = article.summary || site.description;
  const image = articlePreviewImage(article);
  const base = pageMetadata({ title: article.title, description, path, image });
  return {
    ...base,
    authors: article.author ? [{ name: article.author }] : undefined,
    openGraph: {
      ...base.openGraph,
      type: "article",
      publishedTime: isoDateTime(article.date),
      modifiedTime: isoDateTime(article.updated ?? article.date),
      authors: article.author ? [article.author] : [site.name],
      section: themes[0]?.name,
      tags: themes.map((theme) => theme.name),
    },
  };
}
