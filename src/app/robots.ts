import type { MetadataRoute } from "next";
import { EDITIONS } from "@/lib/editions";
import { homePath, searchPath, sitemapPath } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site";

export default function robots(): MetadataRoute.Robots {
  return {
    // Result pages of every possible query are not worth crawling; the sitemap lists every real page.
    rules: [{ userAgent: "*", allow: homePath("en"), disallow: EDITIONS.map((edition) => searchPath(edition)) }],
    sitemap: absoluteUrl(sitemapPath()),
  };
}
