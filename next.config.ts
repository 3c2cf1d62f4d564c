import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
// Imported here, not inside redirects(): Next compiles TypeScript imports only while it loads this file.
import { getContentIndex } from "./src/content/index";
import { missingSiteUrlWarning } from "./src/lib/site";

/**
 * The Content-Security-Policy of every response. script-src keeps 'unsafe-inline'
 * because prerendered (and regenerated) pages inline Next's RSC payload scripts,
 * which differ per page and per build: a static header cannot list their hashes and
 * a nonce needs every page rendered per request (see docs/QUALITY.md). Everything
 * else is locked to this origin; articles may show https images.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  // Inline event handlers (onclick="...") never run: neither React nor Next writes any, and
  // this stops a handler that got past the sanitizer even though inline <script> is allowed.
  "script-src-attr 'none'",
  "style-src 'self'",
  "img-src 'self' https: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** Browser features the site never uses, switched off for it and anything it could embed. */
const disabledFeatures = [
  "accelerometer",
  "autoplay",
  "browsing-topics",
  "camera",
  "display-capture",
  "encrypted-media",
  "fullscreen",
  "geolocation",
  "gyroscope",
  "hid",
  "idle-detection",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "picture-in-picture",
  "publickey-credentials-get",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
];

/*
 * Files, not pages: anything whose last path segment has a dot (every file under public/, such as
 * the partner logos editors add as SVG, and the feeds, sitemap and images the app makes), outside
 * /_next/. Opened directly, such a file is a document of its own: an SVG with a <script> would run
 * on this origin under the site's policy, which allows inline script. This policy replaces the
 * site's for them (Next keeps the last value of a header): a sandbox (an opaque origin, no script,
 * no forms, no plugins) and nothing loaded but its own images and inline styles. Pages never match:
 * slugs and ids have no dots. One rule, one regex per request, linear in the path's length; the
 * value has no ':' so Next does not compile it per request (it does for values with one).
 */
const FILE_PATHS = "/:file((?!_next/)(?:[^/]*/)*[^/]*\\.[^/]*)";
const fileContentSecurityPolicy = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: disabledFeatures.map((feature) => `${feature}=()`).join(", ") },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/*
 * Cache-Control per kind of response (issue 6, docs/DEPLOYMENT.md), kept as its own list so it
 * merges beside other headers() entries. /_next/static/* is not listed: Next.js itself serves it
 * `public, max-age=31536000, immutable` and does not let config override that.
 * Pages change when an article is published, so browsers revalidate (max-age=0) while shared
 * caches (CDN, nginx) keep a copy for minutes and may serve it stale for a day while refetching.
 */
const PAGE_CACHE = "public, max-age=0, s-maxage=300, stale-while-revalidate=86400";
const FEED_CACHE = "public, max-age=300, s-maxage=600, stale-while-revalidate=86400";
const IMAGE_CACHE = "public, max-age=86400, stale-while-revalidate=604800";
const cacheControlHeaders = [
  // Every page and its RSC payload; not /_next (static assets, image optimizer) and not /api.
  { source: "/:path((?!_next/|api/).*)", headers: [{ key: "Cache-Control", value: PAGE_CACHE }] },
  // Feeds, sitemap and robots: readers and crawlers may keep them a little longer.
  ...["/sitemap.xml", "/robots.txt", "/feed.xml", "/:path*/feed.xml", "/rss.xml", "/atom.xml", "/feed.json"].map((source) => ({
    source,
    headers: [{ key: "Cache-Control", value: FEED_CACHE }],
  })),
  // Link-preview images change only with a new build: crawlers and browsers may keep them a day.
  ...["/news/:slug/preview.png", "/preview.png", "/logo.png"].map((source) => ({
    source,
    headers: [{ key: "Cache-Control", value: IMAGE_CACHE }],
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
  // End-to-end tests build several sites in one run after `npm run typecheck` has checked the same
  // code; they skip the build's second type check. `npm run build` always runs it.
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === "1" },
  async redirects() {
    // Read at build time (the content is fixed per deploy): every old address
    // in an article's `aliases` answers 308 to where the article lives now.
    const aliases = getContentIndex()
      .aliasRedirects()
      .map(({ alias, slug }) => ({ source: `/news/${alias}`, destination: `/news/${slug}`, permanent: true }));
    return [
      { source: "/news/page/1", destination: "/news", permanent: true },
      { source: "/themes/:id/page/1", destination: "/themes/:id", permanent: true },
      { source: "/partners/:id/page/1", destination: "/partners/:id", permanent: true },
      ...aliases,
    ];
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: FILE_PATHS, headers: [{ key: "Content-Security-Policy", value: fileContentSecurityPolicy }] },
      ...cacheControlHeaders,
    ];
  },
};

/**
 * The config for each phase. `next build` loads it more than once (and its workers inherit the
 * environment), so a flag in the environment keeps the SITE_URL warning to one line per build.
 */
export default function config(phase: string): NextConfig {
  const warning = phase === PHASE_PRODUCTION_BUILD && !process.env.HSD_SITE_URL_WARNED ? missingSiteUrlWarning() : undefined;
  if (warning) {
    console.warn(warning);
    process.env.HSD_SITE_URL_WARNED = "1";
  }
  return nextConfig;
}
