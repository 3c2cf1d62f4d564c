/**
 * Page metadata: canonical URL, the other edition's address (hreflang), Open Graph, Twitter card
 * and feed autodiscovery. Next merges metadata shallowly, so a page that sets `alternates` or
 * `openGraph` replaces the layout's whole object: every page builds its metadata here, complete,
 * from one place.
 */
import type { Metadata } from "next";
import type { ArticleInEdition, Theme } from "@/content/model";
import { isoDateTime } from "@/lib/dates";
import { DEFAULT_EDITION, EDITIONS, languageOf, ogLocaleOf, otherEdition, type Edition } from "@/lib/editions";
import {
  articlePhotoPreviewPath,
  articlePreviewImagePath,
  feedPath,
  sitePagePath,
  sitePreviewImagePath,
  type SitePage,
} from "@/lib/routes";
import { absoluteUrl, site } from "@/lib/site";
import { translator } from "@/i18n/translator";

export interface PreviewImage {
  /** Absolute URL. */
  url: string;
  alt: string;
  width?: number;
  height?: number;
  type?: string;
}

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

type FeedType = "application/rss+xml" | "application/atom+xml" | "application/feed+json";

/** An edition's feeds, announced in every page's head. */
export function feedLinks(edition: Edition): Record<FeedType, { url: string; title: string }[]> {
  const t = translator(edition, "feed");
  return {
    "application/rss+xml": [{ url: feedPath(edition, "rss"), title: t("rssTitle") }],
    "application/atom+xml": [{ url: feedPath(edition, "atom"), title: t("atomTitle") }],
    "application/feed+json": [{ url: feedPath(edition, "json"), title: t("jsonTitle") }],
  };
}

/** The edition's generated preview of the site itself, for pages that are not articles. */
export function sitePreviewImage(edition: Edition): PreviewImage {
  return {
    url: absoluteUrl(sitePreviewImagePath(edition)),
    alt: translator(edition, "preview")("siteAlt"),
    width: PREVIEW_WIDTH,
    height: PREVIEW_HEIGHT,
  };
}

/**
 * The article's link preview: a 1200x630 JPEG crop of its local photo around the focus; a remote
 * photo itself (the site cannot crop what it does not hold); otherwise its generated card.
 */
export function articlePreviewImage(
  text: Pick<ArticleInEdition, "title" | "imageAlt"> & { article: Pick<ArticleInEdition["article"], "slug" | "image"> },
  edition: Edition,
): PreviewImage {
  const { article } = text;
  if (article.image) {
    const alt = text.imageAlt ?? article.image.alt;
    if (!article.image.src.startsWith("/")) return { url: article.image.src, alt };
    return {
      url: absoluteUrl(articlePhotoPreviewPath(article.slug)),
      alt,
      width: PREVIEW_WIDTH,
      height: PREVIEW_HEIGHT,
      type: "image/jpeg",
    };
  }
  return {
    url: absoluteUrl(articlePreviewImagePath(edition, article.slug)),
    alt: translator(edition, "preview")("articleAlt", { title: text.title }),
    width: PREVIEW_WIDTH,
    height: PREVIEW_HEIGHT,
  };
}

export interface PageMetadataInput {
  edition: Edition;
  /** The page's own title; the layout's template adds the site name. */
  title: string;
  description: string;
  /** Which page this is: its address in this edition and in the other. */
  page: SitePage;
  /**
   * Whether the page's text is its edition's own (default). False for a Dutch page that only
   * wraps an article's English text: its canonical is then the English page, and it names no
   * alternates (hreflang, og:locale:alternate), as there is no translation to point to.
   * For an English article, false when it has no Dutch translation.
   */
  translated?: boolean;
  image?: PreviewImage;
  /** Extra feeds for this page (a theme's own feed, the events calendar). */
  feeds?: Partial<Record<FeedType | "text/calendar", { url: string; title: string }[]>>;
  robots?: Metadata["robots"];
}

/**
 * Where a page's canonical address is, and the addresses of the same page in each edition (hreflang,
 * with x-default) when both are its own: the one rule the page heads, the JSON-LD and the sitemap share.
 */
export function addressesOf(
  edition: Edition,
  page: SitePage,
  translated: boolean,
): { canonical: string; languages?: Record<string, string> } {
  const own = absoluteUrl(sitePagePath(edition, page));
  if (!translated)
    return { canonical: edition === DEFAULT_EDITION ? own : absoluteUrl(sitePagePath(DEFAULT_EDITION, page)) };
  const languages: Record<string, string> = {};
  for (const each of EDITIONS) languages[languageOf(each)] = absoluteUrl(sitePagePath(each, page));
  languages["x-default"] = absoluteUrl(sitePagePath(DEFAULT_EDITION, page));
  return { canonical: own, languages };
}

/** Metadata of a page that is not an article: og:type website. */
export function pageMetadata({
  edition,
  title,
  description,
  page,
  translated = true,
  image = sitePreviewImage(edition),
  feeds,
  robots,
}: PageMetadataInput): Metadata {
  const types: Record<string, { url: string; title: string }[]> = { ...feedLinks(edition) };
  for (const [type, links] of Object.entries(feeds ?? {})) {
    types[type] = [...(links ?? []), ...(types[type] ?? [])];
  }
  const { canonical, languages } = addressesOf(edition, page, translated);
  // The language of the page's own text: a Dutch page wrapping an English article describes an English text.
  const textEdition = translated || edition === DEFAULT_EDITION ? edition : DEFAULT_EDITION;
  return {
    title,
    description,
    alternates: { canonical, languages, types },
    openGraph: {
      type: "website",
      title,
      description,
      url: canonical,
      siteName: translator(edition, "site")("newsTitle"),
      locale: ogLocaleOf(textEdition),
      alternateLocale: languages ? [ogLocaleOf(otherEdition(edition))] : undefined,
      images: [image],
    },
    twitter: { card: "summary_large_image", title, description, images: [{ url: image.url, alt: image.alt }] },
    robots,
  };
}

/**
 * Metadata of an article in an edition: og:type article with its dates, author and themes (named
 * in the edition). `translated`: whether the article has its text in both editions (see
 * PageMetadataInput).
 */
export function articleMetadata(
  text: ArticleInEdition,
  edition: Edition,
  themes: readonly Theme[],
  translated: boolean,
): Metadata {
  const description = text.summary || translator(edition, "site")("description");
  const image = articlePreviewImage(text, edition);
  const base = pageMetadata({
    edition,
    title: text.title,
    description,
    page: { kind: "article", slug: text.article.slug },
    translated,
    image,
  });
  const { article } = text;
  return {
    ...base,
    authors: text.author ? [{ name: text.author }] : undefined,
    openGraph: {
      ...base.openGraph,
      type: "article",
      publishedTime: isoDateTime(article.date),
      modifiedTime: isoDateTime(text.updated ?? article.updated ?? article.date),
      authors: text.author ? [text.author] : [site.name],
      section: themes[0]?.name,
      tags: themes.map((theme) => theme.name),
    },
  };
}
