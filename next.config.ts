import type { NextConfig } from "next";
// Imported here, not inside redirects(): Next compiles TypeScript imports only while it loads this file.
import { getContentIndex } from "./src/content/index";

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
};

export default nextConfig;
