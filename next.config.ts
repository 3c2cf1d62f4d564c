import type { NextConfig } from "next";

/*
 * Cache-Control per kind of response (issue 6, docs/DEPLOYMENT.md), kept as its own list so it
 * merges beside other headers() entries. /_next/static/* is not listed: Next.js itself serves it
 * `public, max-age=31536000, immutable` and does not let config override that.
 * Pages change when an article is published, so browsers revalidate (max-age=0) while shared
 * caches (CDN, nginx) keep a copy for minutes and may serve it stale for a day while refetching.
 */
const PAGE_CACHE = "public, max-age=0, s-maxage=300, stale-while-revalidate=86400";
const FEED_CACHE = "public, max-age=300, s-maxage=600, stale-while-revalidate=86400";
const cacheControlHeaders = [
  // Every page and its RSC payload; not /_next (static assets, image optimizer) and not /api.
  { source: "/:path((?!_next/|api/).*)", headers: [{ key: "Cache-Control", value: PAGE_CACHE }] },
  // Feeds, sitemap and robots: readers and crawlers may keep them a little longer.
  ...["/sitemap.xml", "/robots.txt", "/feed.xml", "/:path*/feed.xml", "/rss.xml", "/atom.xml", "/feed.json"].map((source) => ({
    source,
    headers: [{ key: "Cache-Control", value: FEED_CACHE }],
  })),
];

const nextConfig: NextConfig = {
  // Tests and benchmarks build into their own folders so they never touch the served build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // A self-contained server for production images (docs/DEPLOYMENT.md). Opt-in: with it, every
  // `next start` (tests, bench) logs that it "does not work" with standalone, though it does.
  output: process.env.NEXT_OUTPUT_STANDALONE === "1" ? "standalone" : undefined,
  poweredByHeader: false,
  reactStrictMode: true,
  async redirects() {
    return [{ source: "/news/page/1", destination: "/news", permanent: true }];
  },
  async headers() {
    return [...cacheControlHeaders];
  },
};

export default nextConfig;
