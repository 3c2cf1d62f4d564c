/**
 * RSS 2.0, Atom and JSON Feed 1.1 documents, built with the `feed` library
 * from the content index's published articles. Links are absolute, and so are
 * the links and images inside each article's HTML, since feed readers show it
 * away from the site.
 */
import { Feed } from "feed";
import type { Article, ContentIndex, Theme } from "@/content";
import { absoluteUrl, site, siteUrl } from "./site";

export type FeedFormat = "rss" | "atom" | "json";

export const feedContentTypes: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

/** Makes the site-relative `href` and `src` attributes of sanitized HTML absolute. */
export function absolutizeHtml(html: string): string {
  return html.replace(/\b(href|src)="\/(?!\/)/g, (_, attribute: string) => `${attribute}="${siteUrl()}/`);
}

interface FeedScope {
  /** Path of the feed document itself (its rel="self"), e.g. /feed.xml or /themes/x/feed.xml. */
  feedPath: string;
  title: string;
  description: string;
  /** The page the feed mirrors, e.g. / or /themes/x. */
  pagePath: string;
  articles: readonly Article[];
}

function buildFeed(index: ContentIndex, scope: FeedScope): Feed {
  const articles = scope.articles.slice(0, site.feedSize);
  const newest = articles[0];
  const feed = new Feed({
    id: absoluteUrl(scope.pagePath),
    title: scope.title,
    description: scope.description,
    link: absoluteUrl(scope.pagePath),
    language: site.locale,
    // The newest article's date, not the build's, so an unchanged feed keeps its date.
    updated: newest ? new Date((newest.updated ?? newest.date).epochMs) : new Date(0),
    generator: false,
    feed: absoluteUrl(scope.feedPath),
    feedLinks: { json: absoluteUrl(scope.feedPath) },
    image: absoluteUrl("/preview.png"),
    favicon: absoluteUrl("/logo.png"),
    copyright: `© ${site.name}`,
    author: { name: site.name, link: siteUrl() },
  });
  for (const article of articles) {
    const url = absoluteUrl(`/news/${article.slug}`);
    feed.addItem({
      title: article.title,
      id: url,
      guid: url,
      link: url,
      date: new Date((article.updated ?? article.date).epochMs),
      published: new Date(article.date.epochMs),
      description: article.summary,
      content: absolutizeHtml(index.bodyHtml(article)),
      author: [{ name: article.author ?? site.name }],
      category: index.themesOf(article).map((theme) => ({ name: theme.name, term: theme.id, domain: absoluteUrl(`/themes/${theme.id}`) })),
      image: article.image ? (article.image.src.startsWith("/") ? absoluteUrl(article.image.src) : article.image.src) : undefined,
    });
  }
  return feed;
}

/** An attribute value as `feed` writes it: it escapes `&`, and xml-js then only `"`. */
function attributeAsWritten(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
}

/**
 * `feed` writes Atom category labels with `<` and `>` left raw (xml-js escapes only quotes in
 * attributes), so a theme name with a `<` made the whole feed ill-formed XML. Each label the
 * library wrote is replaced, by its exact text, with a fully escaped one.
 */
function escapeAtomCategoryLabels(xml: string, feed: Feed): string {
  const names = new Set(feed.items.flatMap((item) => (item.category ?? []).map((category) => category.name ?? "")));
  let escaped = xml;
  for (const name of names) {
    if (!/[<>]/.test(name)) continue;
    const written = `label="${attributeAsWritten(name)}"`;
    const safe = `label="${attributeAsWritten(name).replace(/</g, "&lt;").replace(/>/g, "&gt;")}"`;
    escaped = escaped.split(written).join(safe);
  }
  return escaped;
}

function render(feed: Feed, format: FeedFormat): string {
  if (format === "rss") return feed.rss2();
  if (format === "atom") return escapeAtomCategoryLabels(feed.atom1(), feed);
  return toJsonFeed11(feed.json1());
}

interface JsonFeedAuthor {
  name?: string;
  url?: string;
}

/**
 * `feed` writes JSON Feed 1.0; 1.1 renames `author` to an `authors` list and
 * adds `language`. The rest is the same, so this upgrades its output.
 */
function toJsonFeed11(json1: string): string {
  const document = JSON.parse(json1) as { author?: JsonFeedAuthor; items: { author?: JsonFeedAuthor }[] } & Record<string, unknown>;
  const { author, items, ...rest } = document;
  return JSON.stringify(
    {
      ...rest,
      version: "https://jsonfeed.org/version/1.1",
      language: site.locale,
      authors: author ? [author] : undefined,
      items: items.map(({ author: itemAuthor, ...item }) => ({ ...item, authors: itemAuthor ? [itemAuthor] : undefined })),
    },
    null,
    2,
  );
}

/** The site's main feed: the newest articles. */
export function siteFeed(index: ContentIndex, format: FeedFormat): string {
  const feedPath = format === "rss" ? "/feed.xml" : format === "atom" ? "/atom.xml" : "/feed.json";
  return render(buildFeed(index, { feedPath, title: site.newsTitle, description: site.description, pagePath: "/", articles: index.articles }), format);
}

/** A theme's own RSS feed. */
export function themeFeed(index: ContentIndex, theme: Theme): string {
  return render(
    buildFeed(index, {
      feedPath: `/themes/${theme.id}/feed.xml`,
      title: `${theme.name}: ${site.newsTitle}`,
      description: theme.description ?? `News from ${site.name} on ${theme.name}.`,
      pagePath: `/themes/${theme.id}`,
      articles: index.articlesForTheme(theme.id).slice(0, site.feedSize),
    }),
    "rss",
  );
}

/** The HTTP response for a feed document. */
/** Feed readers and crawlers poll: a few minutes' delay is harmless, and a shared cache may answer them. */
const FEED_CACHE_CONTROL = "public, max-age=300, s-maxage=600, stale-while-revalidate=86400";

export function feedResponse(body: string, format: FeedFormat): Response {
  return new Response(body, { headers: { "Content-Type": feedContentTypes[format], "Cache-Control": FEED_CACHE_CONTROL } });
}
