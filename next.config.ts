import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Tests and benchmarks build into their own folders so they never touch the served build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  async redirects() {
    return [
      { source: "/news/page/1", destination: "/news", permanent: true },
      { source: "/themes/:id/page/1", destination: "/themes/:id", permanent: true },
      { source: "/partners/:id/page/1", destination: "/partners/:id", permanent: true },
    ];
  },
};

export default nextConfig;
