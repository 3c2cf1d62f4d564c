/**
 * Every page type of the site, in both editions, as the quality gates (accessibility, HTML
 * validity, console, reflow, security headers) visit them on the main e2e site (real content plus
 * 9 archive items and 3 events). A new page type is one line here (one per edition).
 */
export interface PageType {
  name: string;
  path: string;
  /** The status the page answers with; 200 unless said otherwise. */
  status?: number;
  /** The page's edition (its `<html lang>`); English unless said otherwise. */
  edition?: "en" | "nl";
  /** The same page in the other edition, where the language switch leads; absent on a 404, which has no switch. */
  counterpart?: string;
}

const english: PageType[] = [
  { name: "home", path: "/", counterpart: "/nl" },
  { name: "all latest news", path: "/news", counterpart: "/nl/nieuws" },
  { name: "all latest news, page 2", path: "/news/page/2", counterpart: "/nl/nieuws/pagina/2" },
  {
    name: "article with partners (translated)",
    path: "/news/signing-of-smart-society-declaration",
    counterpart: "/nl/nieuws/signing-of-smart-society-declaration",
  },
  {
    name: "article without partners (not translated)",
    path: "/news/from-smart-city-to-smart-society-session",
    counterpart: "/nl/nieuws/from-smart-city-to-smart-society-session",
  },
  {
    name: "article with a photo, caption and credit (translated)",
    path: "/news/e2e-harbour-photo",
    counterpart: "/nl/nieuws/e2e-harbour-photo",
  },
  {
    name: "article with a phone photo (not translated)",
    path: "/news/e2e-upright-phone-photo",
    counterpart: "/nl/nieuws/e2e-upright-phone-photo",
  },
  { name: "page not found", path: "/news/no-such-article", status: 404 },
  { name: "accessibility statement", path: "/accessibility", counterpart: "/nl/toegankelijkheid" },
  { name: "themes", path: "/themes", counterpart: "/nl/themas" },
  { name: "a theme", path: "/themes/smart-society", counterpart: "/nl/themas/smart-society" },
  { name: "partners", path: "/partners", counterpart: "/nl/partners" },
  { name: "a partner", path: "/partners/vng", counterpart: "/nl/partners/vng" },
  { name: "search results", path: "/search?q=smart+society", counterpart: "/nl/zoeken?q=smart+society" },
  { name: "search without a query", path: "/search", counterpart: "/nl/zoeken" },
  { name: "search with no results", path: "/search?q=zzzqqq", counterpart: "/nl/zoeken?q=zzzqqq" },
  { name: "unknown theme", path: "/themes/no-such-theme", status: 404 },
  { name: "events", path: "/events", counterpart: "/nl/evenementen" },
  {
    name: "event article (upcoming, with place and registration)",
    path: "/news/hsd-cafe-cyber-resilience",
    counterpart: "/nl/nieuws/hsd-cafe-cyber-resilience",
  },
  { name: "event article (online)", path: "/news/data-ethics-webinar", counterpart: "/nl/nieuws/data-ethics-webinar" },
  {
    name: "event article (past)",
    path: "/news/security-innovation-days-2025",
    counterpart: "/nl/nieuws/security-innovation-days-2025",
  },
];

/** The Dutch twin of every English page type (and the Dutch 404 of an address no route has). */
const dutch: PageType[] = [
  ...english.map(({ name, path, status, counterpart }): PageType => {
    const twin = counterpart ?? (status === 404 ? dutchPathOf404(path) : undefined);
    return { name: `Dutch: ${name}`, path: twin!, status, edition: "nl", counterpart: counterpart && path };
  }),
  { name: "Dutch: unknown address", path: "/nl/bestaat/niet", status: 404, edition: "nl" },
];

function dutchPathOf404(path: string): string {
  if (path === "/news/no-such-article") return "/nl/nieuws/no-such-article";
  if (path === "/themes/no-such-theme") return "/nl/themas/no-such-theme";
  throw new Error(`no Dutch 404 for ${path}`);
}

export const pageTypes: PageType[] = [...english, ...dutch];

/**
 * Other responses the header check covers besides the pages (static files are found from the home page).
 * Redirects from next.config.ts redirects() are left out: Next sends them without the headers() of the
 * config; they have no body to protect (docs/QUALITY.md).
 */
export const nonPagePaths: { name: string; path: string; status: number }[] = [
  { name: "unknown address", path: "/no/such/page", status: 404 },
  {
    name: "missing file under public/ (file policy even for a 404)",
    path: "/images/partners/no-such-logo.svg",
    status: 404,
  },
  { name: "malformed address (400 from src/proxy.ts)", path: "/news/%zz", status: 400 },
  { name: "RSS feed", path: "/feed.xml", status: 200 },
  { name: "Atom feed", path: "/atom.xml", status: 200 },
  { name: "JSON Feed", path: "/feed.json", status: 200 },
  { name: "theme feed", path: "/themes/smart-society/feed.xml", status: 200 },
  { name: "sitemap", path: "/sitemap.xml", status: 200 },
  { name: "robots.txt", path: "/robots.txt", status: 200 },
  { name: "article preview image", path: "/news/signing-of-smart-society-declaration/preview.png", status: 200 },
  { name: "an article photo's link preview", path: "/news/e2e-harbour-photo/photo.jpg", status: 200 },
  { name: "events calendar", path: "/events.ics", status: 200 },
  { name: "an event's calendar file", path: "/news/hsd-cafe-cyber-resilience/event.ics", status: 200 },
  { name: "Dutch RSS feed", path: "/nl/feed.xml", status: 200 },
  { name: "Dutch Atom feed", path: "/nl/atom.xml", status: 200 },
  { name: "Dutch JSON Feed", path: "/nl/feed.json", status: 200 },
  { name: "Dutch theme feed", path: "/nl/themas/smart-society/feed.xml", status: 200 },
  {
    name: "Dutch article preview image",
    path: "/nl/nieuws/signing-of-smart-society-declaration/preview.png",
    status: 200,
  },
  { name: "Dutch site preview image", path: "/nl/preview.png", status: 200 },
  { name: "Dutch events calendar", path: "/nl/evenementen.ics", status: 200 },
  { name: "a Dutch event's calendar file", path: "/nl/nieuws/hsd-cafe-cyber-resilience/event.ics", status: 200 },
];
