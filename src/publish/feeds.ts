/**
 * RSS 2.0, Atom and JSON Feed 1.1 documents from the published articles (the
 * publication view's). Links are absolute, and so are the links and images inside each
 * article's HTML, since feed readers show it away from the site.
 *
 * Written here rather than with the `feed` library: `feed` (through xml-js)
 * escapes only the first `]]>` of a CDATA value, so a title could close the
 * CDATA section and put a live element into the feed; it sends titles and
 * summaries as HTML (Atom `type="html"`, RSS `<description>`), writes `<` raw in
 * attributes and passes characters XML 1.0 forbids. Every value here goes
 * through one escaping function instead: no CDATA at all, text stays text, and
 * only the sanitized article body is sent as HTML.
 */
import type { Article, ArticleInEdition, Theme } from "@/content/model";
import { languageOf, type Edition } from "@/lib/editions";
import {
  articlePath,
  articlePhotoPreviewPath,
  feedPath,
  homePath,
  listingPath,
  logoPath,
  sitePreviewImagePath,
  themeFeedPath,
  themeListing,
  themesPath,
  type FeedFormat,
  type Listing,
} from "@/lib/routes";
import { absoluteUrl, site, siteUrl } from "@/lib/site";
import { translator } from "@/i18n/translator";

export type { FeedFormat } from "@/lib/routes";

/**
 * What the feeds ask of the content (the publication view answers it): the articles published
 * now, and from its catalogue each one's text in the edition (translated or not) and its themes
 * named in the edition.
 */
export interface FeedContent {
  readonly articles: readonly Article[];
  articlesIn(listing: Listing): readonly Article[];
  readonly catalogue: {
    inEdition(article: Article, edition: Edition): ArticleInEdition;
    themesOf(article: Article): Theme[];
    themeIn(theme: Theme, edition: Edition): Theme;
  };
}

export const feedContentTypes: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

const ATOM_NS = "http://www.w3.org/2005/Atom";
const CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
const DC_NS = "http://purl.org/dc/elements/1.1/";

/** Makes the site-relative `href` and `src` attributes of sanitized HTML absolute. */
export function absolutizeHtml(html: string): string {
  return html.replace(/\b(href|src)="\/(?!\/)/g, (_, attribute: string) => `${attribute}="${siteUrl()}/`);
}

/**
 * Characters XML 1.0 does not allow anywhere, not even as a character reference
 * (https://www.w3.org/TR/xml/#charsets): most C0 controls, lone surrogates,
 * U+FFFE and U+FFFF. `npm run check` refuses them in content; should one get
 * past it, it becomes U+FFFD here rather than making the whole feed unreadable.
 */
const NOT_AN_XML_CHARACTER = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text as XML character data: safe between tags and, with quotes escaped, inside attributes. */
function escapeXml(text: string): string {
  return text
    .replace(NOT_AN_XML_CHARACTER, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\r/g, "&#13;");
}

/** Plain text written as HTML that shows exactly that text, for fields readers render as HTML (RSS descriptions). */
function textAsHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** An element of a feed document; children are elements or text, never raw markup. */
interface XmlElement {
  name: string;
  attributes?: Record<string, string | undefined>;
  children?: (XmlElement | string | undefined)[];
}

function element(
  name: string,
  attributes: XmlElement["attributes"],
  ...children: (XmlElement | string | undefined)[]
): XmlElement {
  return { name, attributes, children };
}

/** A text-only element, left out when there is no text. */
function textElement(
  name: string,
  text: string | undefined,
  attributes?: XmlElement["attributes"],
): XmlElement | undefined {
  return text === undefined ? undefined : { name, attributes, children: [text] };
}

function serialize(node: XmlElement, depth = 0): string {
  const indent = "  ".repeat(depth);
  const attributes = Object.entries(node.attributes ?? {})
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(value).replace(/\t/g, "&#9;").replace(/\n/g, "&#10;")}"`)
    .join("");
  const children = (node.children ?? []).filter((child): child is XmlElement | string => child !== undefined);
  if (children.length === 0) return `${indent}<${node.name}${attributes}/>`;
  if (children.every((child) => typeof child === "string"))
    return `${indent}<${node.name}${attributes}>${children.map(escapeXml).join("")}</${node.name}>`;
  const inner = children
    .map((child) => (typeof child === "string" ? escapeXml(child) : serialize(child, depth + 1)))
    .join("\n");
  return `${indent}<${node.name}${attributes}>\n${inner}\n${indent}</${node.name}>`;
}

function xmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${serialize(root)}\n`;
}

interface FeedScope {
  edition: Edition;
  /** Path of the feed document itself (its rel="self"), e.g. /feed.xml or /themes/x/feed.xml. */
  feedPath: string;
  title: string;
  description: string;
  /** The page the feed mirrors, e.g. / or /themes/x. */
  pagePath: string;
  articles: readonly Article[];
}

/** Everything a feed says about one article, in the site's terms. */
interface FeedEntry {
  url: string;
  /** The language of the entry's text: the feed's, or "en" for an untranslated article in a Dutch feed. */
  language: Edition;
  title: string;
  summary: string;
  html: string;
  author: string;
  published: Date;
  updated: Date;
  themes: Theme[];
  image?: { url: string; type: string };
}

const IMAGE_TYPES: Record<string, string> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  gif: "image/gif",
  webp: "image/webp",
  avif: "image/avif",
  svg: "image/svg+xml",
};

/** A local photo as its 1200x630 JPEG crop (the original may be megabytes); a remote one as it is. */
function imageOf(article: Article): FeedEntry["image"] {
  if (!article.image) return undefined;
  if (article.image.src.startsWith("/"))
    return { url: absoluteUrl(articlePhotoPreviewPath(article.slug)), type: "image/jpeg" };
  const url = new URL(article.image.src);
  const type = IMAGE_TYPES[url.pathname.split(".").pop()?.toLowerCase() ?? ""];
  return type ? { url: url.href, type } : undefined;
}

function entriesFor({ catalogue }: FeedContent, scope: FeedScope): FeedEntry[] {
  const { edition } = scope;
  return scope.articles.slice(0, site.feedSize).map((article) => {
    const text = catalogue.inEdition(article, edition);
    return {
      url: absoluteUrl(articlePath(edition, article.slug)),
      language: text.language,
      title: text.title,
      summary: text.summary,
      html: absolutizeHtml(text.html),
      author: text.author ?? site.name,
      published: new Date(article.date.epochMs),
      updated: new Date((text.updated ?? article.updated ?? article.date).epochMs),
      themes: catalogue.themesOf(article).map((theme) => catalogue.themeIn(theme, edition)),
      image: imageOf(article),
    };
  });
}

/** The newest article's date, not the build's, so an unchanged feed keeps its date. */
function feedUpdated(entries: readonly FeedEntry[]): Date {
  return entries[0]?.updated ?? new Date(0);
}

function rss(scope: FeedScope, entries: readonly FeedEntry[]): string {
  const pageUrl = absoluteUrl(scope.pagePath);
  const items = entries.map((entry) =>
    element(
      "item",
      undefined,
      textElement("title", entry.title),
      textElement("link", entry.url),
      textElement("guid", entry.url, { isPermaLink: "false" }),
      textElement("pubDate", entry.published.toUTCString()),
      // RSS readers render <description> as HTML: the summary is written as HTML that shows its text.
      textElement("description", textAsHtml(entry.summary)),
      textElement("content:encoded", entry.html),
      textElement("dc:creator", entry.author),
      ...entry.themes.map((theme) =>
        textElement("category", theme.name, {
          domain: absoluteUrl(listingPath(scope.edition, themeListing(theme.id))),
        }),
      ),
      entry.image ? element("enclosure", { url: entry.image.url, length: "0", type: entry.image.type }) : undefined,
    ),
  );
  return xmlDocument(
    element(
      "rss",
      { version: "2.0", "xmlns:atom": ATOM_NS, "xmlns:content": CONTENT_NS, "xmlns:dc": DC_NS },
      element(
        "channel",
        undefined,
        textElement("title", scope.title),
        textElement("link", pageUrl),
        textElement("description", textAsHtml(scope.description)),
        // RSS has no language per item: an untranslated article in the Dutch feed is in English all the same.
        textElement("language", languageOf(scope.edition)),
        textElement("copyright", translator(scope.edition, "feed")("rights")),
        textElement("lastBuildDate", feedUpdated(entries).toUTCString()),
        textElement("docs", "https://www.rssboard.org/rss-specification"),
        element(
          "image",
          undefined,
          textElement("url", absoluteUrl(sitePreviewImagePath(scope.edition))),
          textElement("title", scope.title),
          textElement("link", pageUrl),
        ),
        element("atom:link", {
          href: absoluteUrl(scope.feedPath),
          rel: "self",
          type: feedContentTypes.rss.split(";")[0],
        }),
        ...items,
      ),
    ),
  );
}

function atom(scope: FeedScope, entries: readonly FeedEntry[]): string {
  const pageUrl = absoluteUrl(scope.pagePath);
  const entryElements = entries.map((entry) =>
    element(
      "entry",
      // An entry in another language than the feed's says so (an untranslated article in the Dutch feed).
      entry.language === scope.edition ? undefined : { "xml:lang": languageOf(entry.language) },
      textElement("id", entry.url),
      textElement("title", entry.title, { type: "text" }),
      element("link", { rel: "alternate", type: "text/html", href: entry.url }),
      textElement("published", entry.published.toISOString()),
      textElement("updated", entry.updated.toISOString()),
      element("author", undefined, textElement("name", entry.author)),
      textElement("summary", entry.summary, { type: "text" }),
      // The one field sent as HTML: the sanitized body, escaped as text (no CDATA section to break out of).
      textElement("content", entry.html, { type: "html" }),
      ...entry.themes.map((theme) =>
        element("category", { term: theme.id, label: theme.name, scheme: absoluteUrl(themesPath(scope.edition)) }),
      ),
      entry.image ? element("link", { rel: "enclosure", type: entry.image.type, href: entry.image.url }) : undefined,
    ),
  );
  return xmlDocument(
    element(
      "feed",
      { xmlns: ATOM_NS, "xml:lang": languageOf(scope.edition) },
      textElement("id", pageUrl),
      textElement("title", scope.title, { type: "text" }),
      textElement("subtitle", scope.description, { type: "text" }),
      textElement("updated", feedUpdated(entries).toISOString()),
      element("link", { rel: "alternate", type: "text/html", href: pageUrl }),
      element("link", { rel: "self", type: feedContentTypes.atom.split(";")[0], href: absoluteUrl(scope.feedPath) }),
      element("author", undefined, textElement("name", site.name), textElement("uri", siteUrl())),
      textElement("rights", translator(scope.edition, "feed")("rights")),
      textElement("logo", absoluteUrl(sitePreviewImagePath(scope.edition))),
      textElement("icon", absoluteUrl(logoPath())),
      ...entryElements,
    ),
  );
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1): title and summary are plain text there, content_html the body. */
function jsonFeed(scope: FeedScope, entries: readonly FeedEntry[]): string {
  return JSON.stringify(
    {
      version: "https://jsonfeed.org/version/1.1",
      title: scope.title,
      home_page_url: absoluteUrl(scope.pagePath),
      feed_url: absoluteUrl(scope.feedPath),
      description: scope.description,
      icon: absoluteUrl(sitePreviewImagePath(scope.edition)),
      favicon: absoluteUrl(logoPath()),
      language: languageOf(scope.edition),
      authors: [{ name: site.name, url: siteUrl() }],
      items: entries.map((entry) => ({
        id: entry.url,
        url: entry.url,
        // JSON Feed 1.1's item language, only where it differs from the feed's.
        language: entry.language === scope.edition ? undefined : languageOf(entry.language),
        title: entry.title,
        summary: entry.summary,
        content_html: entry.html,
        image: entry.image?.url,
        date_published: entry.published.toISOString(),
        date_modified: entry.updated.toISOString(),
        authors: [{ name: entry.author }],
        tags: entry.themes.length > 0 ? entry.themes.map((theme) => theme.name) : undefined,
      })),
    },
    null,
    2,
  );
}

function render(published: FeedContent, scope: FeedScope, format: FeedFormat): string {
  const entries = entriesFor(published, scope);
  if (format === "rss") return rss(scope, entries);
  if (format === "atom") return atom(scope, entries);
  return jsonFeed(scope, entries);
}

/** An edition's main feed: the newest articles, in the edition's text where it has one. */
export function siteFeed(published: FeedContent, edition: Edition, format: FeedFormat): string {
  const t = translator(edition, "feed");
  return render(
    published,
    {
      edition,
      feedPath: feedPath(edition, format),
      title: t("title"),
      description: translator(edition, "site")("description"),
      pagePath: homePath(edition),
      articles: published.articles,
    },
    format,
  );
}

/** A theme's own RSS feed in an edition; `theme` named in that edition. */
export function themeFeed(published: FeedContent, edition: Edition, theme: Theme): string {
  return render(
    published,
    {
      edition,
      feedPath: themeFeedPath(edition, theme.id),
      title: translator(edition, "feed")("themeTitle", { theme: theme.name }),
      description: theme.description ?? translator(edition, "theme")("descriptionFallback", { theme: theme.name }),
      pagePath: listingPath(edition, themeListing(theme.id)),
      articles: published.articlesIn(themeListing(theme.id)),
    },
    "rss",
  );
}

/** The HTTP response for a feed document. */
/** Feed readers and crawlers poll: a few minutes' delay is harmless, and a shared cache may answer them. */
const FEED_CACHE_CONTROL = "public, max-age=300, s-maxage=600, stale-while-revalidate=86400";

export function feedResponse(body: string, format: FeedFormat): Response {
  return new Response(body, {
    headers: { "Content-Type": feedContentTypes[format], "Cache-Control": FEED_CACHE_CONTROL },
  });
}
