import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site";

export default function robots(): MetadataRoute.Robots {
  return {
    // Result pages of every possible query are not worth crawling; the sitemap lists every real page.
    rules: [{ userAgent: "*", allow: "/", disallow: "/search" }],
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
