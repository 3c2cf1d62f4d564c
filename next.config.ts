import type { NextConfig } from "next";
// Imported here, not inside redirects(): Next compiles TypeScript imports only while it loads this file.
import { getContentIndex } from "./src/content/index";

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

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: disabledFeatures.map((feature) => `${feature}=()`).join(", ") },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  // Tests and benchmarks build into their own folders so they never touch the served build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
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
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
