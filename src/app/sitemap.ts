import type { MetadataRoute } from "next";
import { getContentIndex } from "@/content";
import { articlePath, homePath, listingPath, partnersPath, themesPath } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site";

/** Seconds: regenerated within this window when a scheduled article is released (a literal, as Next requires). */
export const revalidate = 300;

/**
 * Every published page of the English edition: every page of every listing (news, events, themes,
 * partners) and each article with its last change. The Dutch edition joins with its alternates once
 * the translations decide which Dutch pages are their own (issue 13, part C).
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const index = getContentIndex();
  const newest = index.articles[0];
  const siteChanged = newest ? new Date((newest.updated ?? newest.date).epochMs) : undefined;
  const changedAt = (articles: readonly { date: { epochMs: number }; updated?: { epochMs: number } }[]) =>
    articles.length > 0 ? new Date(Math.max(...articles.map((a) => (a.updated ?? a.date).epochMs))) : siteChanged;
  const entry = (path: string, lastModified?: Date): MetadataRoute.Sitemap[number] => ({ url: absoluteUrl(path), lastModified });

  const entries: MetadataRoute.Sitemap = [entry(homePath("en"), siteChanged), entry(themesPath("en"), siteChanged), entry(partnersPath("en"), siteChanged)];
  for (const listing of index.listings()) {
    for (let page = 1; page <= index.listingPageCount(listing); page++) {
      entries.push(entry(listingPath("en", listing, page), changedAt(index.listingPage(listing, page)?.articles ?? [])));
    }
  }
  for (const article of index.articles) entries.push(entry(articlePath("en", article.slug), new Date((article.updated ?? article.date).epochMs)));
  return entries;
}
