/**
 * schema.org data for search engines and link previews, as JSON-LD. The
 * serializer makes the JSON safe to place inside a <script> element.
 */
import type { ArticleInEdition, Theme } from "@/content/model";
import { isoDateTime, type ContentDate } from "@/lib/dates";
import { languageOf, type Edition } from "@/lib/editions";
import { homePath, logoPath, searchPathTemplate } from "@/lib/routes";
import { absoluteUrl, site, siteUrl } from "@/lib/site";
import { translator } from "@/i18n/translator";

type JsonLd = Record<string, unknown>;

/**
 * JSON for inside <script type="application/ld+json">. `<` is written as
 * \u003c so text such as `</script>` or `<!--` in a title can never end or
 * alter the element; `>`, `&` and the two JavaScript line separators are
 * escaped too. The result is still the same JSON to any parser.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

function publisher(): JsonLd {
  return {
    "@type": "Organization",
    name: site.name,
    url: siteUrl(),
    logo: { "@type": "ImageObject", url: absoluteUrl(logoPath()), width: 512, height: 512 },
  };
}

/**
 * The article as schema.org's NewsArticle, in the language of its text (`inLanguage`). `url` is the
 * page's canonical address (src/publish/metadata.ts): the English page where a Dutch page only
 * wraps the English text.
 */
export function newsArticleJsonLd(
  text: ArticleInEdition,
  url: string,
  imageUrl: string,
  themes: readonly Theme[],
): JsonLd {
  const { article } = text;
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: text.title,
    description: text.summary || undefined,
    inLanguage: languageOf(text.language),
    datePublished: isoDateTime(article.date),
    dateModified: isoDateTime(text.updated ?? article.updated ?? article.date),
    author: text.author ? { "@type": "Organization", name: text.author } : publisher(),
    publisher: publisher(),
    image: [imageUrl],
    articleSection: themes.map((theme) => theme.name),
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
  };
}

/** The edition's home page: the site (in the edition's language, with its search) and who publishes it. */
export function websiteJsonLd(edition: Edition): JsonLd {
  const home = absoluteUrl(homePath(edition));
  const t = translator(edition, "site");
  return {
    "@context": "https://schema.org",
    "@graph": [
      {
        "@type": "WebSite",
        "@id": `${home}#website`,
        name: t("newsTitle"),
        url: home,
        description: t("description"),
        inLanguage: languageOf(edition),
        publisher: { "@id": `${home}#organization` },
        potentialAction: {
          "@type": "SearchAction",
          target: {
            "@type": "EntryPoint",
            urlTemplate: absoluteUrl(searchPathTemplate(edition, "search_term_string")),
          },
          "query-input": "required name=search_term_string",
        },
      },
      { ...publisher(), "@id": `${home}#organization` },
    ],
  };
}

/** An event's day (all-day) or moment with its offset (timed), as schema.org wants each. */
function eventDate(date: ContentDate): string {
  return date.time ? isoDateTime(date) : date.day;
}

/**
 * schema.org `Event` for an article that announces one: when (dates with their
 * Amsterdam offset, or days for all-day events), where (a Place, a
 * VirtualLocation, or both), how to attend, who organises it, and the page.
 */
export function eventJsonLd(text: ArticleInEdition, url: string, imageUrl: string): JsonLd | undefined {
  const { article } = text;
  const { event } = article;
  if (!event) return undefined;
  const place = event.location ? { "@type": "Place", name: event.location, address: event.address } : undefined;
  const virtual = event.online ? { "@type": "VirtualLocation", url: event.online } : undefined;
  const mode =
    place && virtual
      ? "MixedEventAttendanceMode"
      : virtual
        ? "OnlineEventAttendanceMode"
        : "OfflineEventAttendanceMode";
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: text.title,
    description: text.summary || undefined,
    inLanguage: languageOf(text.language),
    startDate: eventDate(event.start),
    // A timed event without an end has no endDate; an all-day one ends on its last day.
    endDate: event.end ? eventDate(event.end) : event.start.time ? undefined : event.start.day,
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: `https://schema.org/${mode}`,
    location: place && virtual ? [place, virtual] : (place ?? virtual),
    organizer: { "@type": "Organization", name: site.name, url: siteUrl() },
    image: [imageUrl],
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
  };
}
