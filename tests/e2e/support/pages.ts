/**
 * Every page type of the site, as the quality gates (accessibility, HTML
 * validity, console, reflow, security headers) visit them on the main e2e site
 * (real content plus 9 archive items and 3 events). A new page type is one line here.
 */
export interface PageType {
  name: string;
  path: string;
  /** The status the page answers with; 200 unless said otherwise. */
  status?: number;
}

export const pageTypes: PageType[] = [
  { name: "home", path: "/" },
  { name: "all latest news", path: "/news" },
  { name: "all latest news, page 2", path: "/news/page/2" },
  { name: "article with partners", path: "/news/signing-of-smart-society-declaration" },
  { name: "article without partners", path: "/news/from-smart-city-to-smart-society-session" },
  { name: "page not found", path: "/news/no-such-article", status: 404 },
  { name: "accessibility statement", path: "/accessibility" },
  { name: "themes", path: "/themes" },
  { name: "a theme", path: "/themes/smart-society" },
  { name: "partners", path: "/partners" },
  { name: "a partner", path: "/partners/vng" },
  { name: "search results", path: "/search?q=smart+society" },
  { name: "search without a query", path: "/search" },
  { name: "search with no results", path: "/search?q=zzzqqq" },
  { name: "unknown theme", path: "/themes/no-such-theme", status: 404 },
  { name: "events", path: "/events" },
  { name: "event article (upcoming, with place and registration)", path: "/news/hsd-cafe-cyber-resilience" },
  { name: "event article (online)", path: "/news/data-ethics-webinar" },
  { name: "event article (past)", path: "/news/security-innovation-days-2025" },
];

/**
 * Other responses the header check covers besides the pages (static files are found from the home page).
 * Redirects from next.config.ts redirects() are left out: Next sends them without the headers() of the
 * config (vercel/next.js#38827); they have no body to protect (docs/QUALITY.md).
 */
export const nonPagePaths: { name: string; path: string; status: number }[] = [
  { name: "unknown address", path: "/no/such/page", status: 404 },
  { name: "missing file under public/ (file policy even for a 404)", path: "/images/partners/no-such-logo.svg", status: 404 },
  { name: "malformed address (400 from src/proxy.ts)", path: "/news/%zz", status: 400 },
  { name: "RSS feed", path: "/feed.xml", status: 200 },
  { name: "Atom feed", path: "/atom.xml", status: 200 },
  { name: "JSON Feed", path: "/feed.json", status: 200 },
  { name: "theme feed", path: "/themes/smart-society/feed.xml", status: 200 },
  { name: "sitemap", path: "/sitemap.xml", status: 200 },
  { name: "robots.txt", path: "/robots.txt", status: 200 },
  { name: "article preview image", path: "/news/signing-of-smart-society-declaration/preview.png", status: 200 },
  { name: "events calendar", path: "/events.ics", status: 200 },
  { name: "an event's calendar file", path: "/news/hsd-cafe-cyber-resilience/event.ics", status: 200 },
];
