import type { MetadataRoute } from "next";
import { homePath, searchPath, sitemapPath } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site";

export default function robots(): MetadataRoute.Robots {
  return {
    // Result pages of every possible query are not worth crawling; the sitemap lists every real page.
    rules: [{ userAgent: "*", allow: homePath(), disallow: searchPath() }],
    sitemap: absoluteUrl(sitemapPath()),
  };
}
