import type { MetadataRoute } from "next";
import { getPublicationView } from "@/content";
import { DEFAULT_EDITION, EDITIONS } from "@/lib/editions";
import { sitePagePath, type SitePage } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site";
import { addressesOf } from "@/publish/metadata";

export const revalidate = 300;

type Entry = MetadataRoute.Sitemap[number];

/**
 * Every page of both editions that is its own canonical page, each naming its counterpart in the
 * other edition (hreflang alternates, x-default English): the home, theme and partner indexes,
 * every page of every listing, and each article with its last change. An article without a Dutch
 * translation is listed once, in English: its Dutch page wraps the English text and names the
 * English page as canonical, so listing it would only ask search engines to crawl a duplicate.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const published = getPublicationView();
  const { catalogue } = published;
  const newest = published.articles[0];
  const siteChanged = newest ? new Date((newest.updated ?? newest.date).epochMs) : undefined;
  const changedAt = (articles: readonly { date: { epochMs: number }; updated?: { epochMs: number } }[]) =>
    articles.length > 0 ? new Date(Math.max(...articles.map((a) => (a.updated ?? a.date).epochMs))) : siteChanged;

  const entries: MetadataRoute.Sitemap = [];
  /** The page in every edition, each entry naming all of them as alternates. */
  const inEveryEdition = (page: SitePage, lastModified?: Date) => {
    const { languages } = addressesOf(DEFAULT_EDITION, page, true);
    for (const edition of EDITIONS)
      entries.push({
        url: absoluteUrl(sitePagePath(edition, page)),
        lastModified,
        alternates: { languages },
      } satisfies Entry);
  };

  inEveryEdition({ kind: "home" }, siteChanged);
  inEveryEdition({ kind: "themes" }, siteChanged);
  inEveryEdition({ kind: "partners" }, siteChanged);
  for (const listing of catalogue.listings()) {
    for (let pageNumber = 1; pageNumber <= published.listingPageCount(listing); pageNumber++) {
      inEveryEdition(
        { kind: "listing", listing, pageNumber },
        changedAt(published.listingPage(listing, pageNumber)?.articles ?? []),
      );
    }
  }
  for (const article of published.articles) {
    const page: SitePage = { kind: "article", slug: article.slug };
    if (catalogue.isTranslated(article)) {
      const translation = article.translations?.nl;
      const changed = [article.updated ?? article.date, translation?.updated].filter((date) => date !== undefined);
      inEveryEdition(page, new Date(Math.max(...changed.map((date) => date.epochMs))));
    } else {
      entries.push({
        url: absoluteUrl(sitePagePath(DEFAULT_EDITION, page)),
        lastModified: new Date((article.updated ?? article.date).epochMs),
      });
    }
  }
  return entries;
}
