import type { MetadataRoute } from "next";
import { getContentIndex } from "@/content";
import { articlePath, EVENTS_LISTING, homePath, listingPath, NEWS_LISTING, partnerListing, partnersPath, themeListing, themesPath } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site";

/** Seconds: regenerated within this window when a scheduled article is released (a literal, as Next requires). */
export const revalidate = 300;

/** Every published page: listings (events included), themes, partners and each article with its last change. */
export default function sitemap(): MetadataRoute.Sitemap {
  const index = getContentIndex();
  const newest = index.articles[0];
  const siteChanged = newest ? new Date((newest.updated ?? newest.date).epochMs) : undefined;
  const changedAt = (articles: readonly { date: { epochMs: number }; updated?: { epochMs: number } }[]) =>
    articles.length > 0 ? new Date(Math.max(...articles.map((a) => (a.updated ?? a.date).epochMs))) : siteChanged;
  const entry = (path: string, lastModified?: Date): MetadataRoute.Sitemap[number] => ({ url: absoluteUrl(path), lastModified });

  const entries: MetadataRoute.Sitemap = [entry(homePath(), siteChanged), entry(themesPath(), siteChanged), entry(partnersPath(), siteChanged)];
  for (let page = 1; page <= index.newsPageCount; page++) entries.push(entry(listingPath(NEWS_LISTING, page), changedAt(index.newsPage(page)?.articles ?? [])));
  for (let page = 1; page <= index.eventsPageCount; page++) {
    const events = index.eventsPage(page);
    entries.push(entry(listingPath(EVENTS_LISTING, page), changedAt([...(events?.upcoming ?? []), ...(events?.past ?? [])])));
  }
  for (const theme of index.themes) {
    for (let page = 1; page <= index.themePageCount(theme.id); page++) {
      entries.push(entry(listingPath(themeListing(theme.id), page), changedAt(index.themePage(theme.id, page)?.articles ?? [])));
    }
  }
  for (const partner of index.partners) {
    for (let page = 1; page <= index.partnerPageCount(partner.id); page++) {
      entries.push(entry(listingPath(partnerListing(partner.id), page), changedAt(index.partnerPage(partner.id, page)?.articles ?? [])));
    }
  }
  for (const article of index.articles) entries.push(entry(articlePath(article.slug), new Date((article.updated ?? article.date).epochMs)));
  return entries;
}
