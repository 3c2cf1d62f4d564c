/**
 * The listing pages, every kind alike: all the news, the events, a theme's and a partner's news.
 * Each kind has two route files, its first page (/news, /themes/<id>) and its later pages
 * (/news/page/N, /themes/<id>/page/N). Both take generateStaticParams, generateMetadata and the
 * page from listingRoute() and keep only what Next reads from the file itself (revalidate,
 * dynamicParams), which must be written there as literals, and the component that shows what
 * is particular to their kind (a theme's feed, a partner's profile, the events' two halves):
 * Next gives each route the stylesheets of what it imports, in the order it imports them, so a
 * component imported here would load on every listing page (and the order of the imports in
 * the route files is the order of their styles: a theme's feed link and the events' page come
 * before the cards, a partner's profile after them).
 */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ComponentProps, ComponentType, ReactNode } from "react";
import type { EventsListing } from "@/components/EventsListing";
import { NewsListing } from "@/components/NewsListing";
import { getContentIndex, type ContentIndex } from "@/content";
import type { Article, EventsPage, ListingPage, Partner, Theme } from "@/content/model";
import { laterPageNumber } from "@/lib/pageNumber";
import { eventsCalendarPath, eventsCalendarSubscriptionUrl, EVENTS_LISTING, listingPath, NEWS_LISTING, partnerListing, themeFeedPath, themeListing, type Listing } from "@/lib/routes";
import { prerenderSettings, site } from "@/lib/site";
import { pageMetadata, type PageMetadataInput } from "@/publish/metadata";

type Kind = Listing["kind"];
type Position = "first" | "later";

/** What the route files of a kind show besides the cards (see above). */
export interface ListingViews {
  /** Between a theme's heading and its cards. */
  theme: ComponentType<{ theme: Theme }>;
  /** Between a partner's heading and its news. */
  partner: ComponentType<{ partner: Partner }>;
  /** A whole page of the events. */
  events: ComponentType<ComponentProps<typeof EventsListing>>;
}

/** What a listing's route files export, besides their segment config. */
export interface ListingRoute {
  generateStaticParams(): Params[];
  generateMetadata(props: Props): Metadata | Promise<Metadata>;
  Page(props: Props): ReactNode | Promise<ReactNode>;
}

/** The dynamic segments of the listings' route files: a theme's or partner's id, a later page's number. */
type Params = { id?: string; page?: string };
type Props = { params: Promise<Params> };

/** What a listing is called and shows besides its cards. */
interface ListingWords {
  /** The page's h1. */
  name: string;
  /** The title of one of its pages; by default the name, with "page 2 of 3" when there are more. */
  title?(page: ListingPage): string;
  description(page: ListingPage): string;
  /** Feeds announced in the head besides the site's own. */
  feeds?: PageMetadataInput["feeds"];
  /** Shown between the heading and the cards. */
  lead?: ReactNode;
}

/** "Events, page 2 of 3" when there is more than one page. */
function numberedTitle(name: string, page: ListingPage): string {
  return page.pageCount > 1 ? `${name}, page ${page.pageNumber} of ${page.pageCount}` : name;
}

/** The words of a listing; undefined for a theme or partner the content does not have. */
function wordsFor(listing: Listing, index: ContentIndex, views: Partial<ListingViews>): ListingWords | undefined {
  switch (listing.kind) {
    case "news":
      return {
        name: "All latest news",
        title: (page) => (page.pageNumber === 1 ? "All latest news" : `All latest news, page ${page.pageNumber} of ${page.pageCount}`),
        description: (page) =>
          page.pageNumber === 1
            ? "Every news item and announcement from The Hague Security Delta, newest first."
            : `News and announcements from The Hague Security Delta, page ${page.pageNumber} of ${page.pageCount}.`,
      };
    case "events":
      return {
        name: "Events",
        description: () => `Events announced by ${site.name}: what is coming up, soonest first, then what took place.`,
        feeds: { "text/calendar": [{ url: eventsCalendarPath(), title: `${site.shortName} events (iCalendar)` }] },
      };
    case "theme": {
      const theme = index.theme(listing.id);
      return (
        theme && {
          name: theme.name,
          description: () => theme.description ?? `News from ${site.name} on ${theme.name}.`,
          feeds: { "application/rss+xml": [{ url: themeFeedPath(theme.id), title: `${theme.name}: ${site.newsTitle} (RSS)` }] },
          lead: views.theme && <views.theme theme={theme} />,
        }
      );
    }
    case "partner": {
      const partner = index.partner(listing.id);
      return partner && { name: partner.name, description: () => `News from ${site.name} that ${partner.name} was involved in.`, lead: views.partner && <views.partner partner={partner} /> };
    }
  }
}

function listingOf(kind: Kind, id: string | undefined): Listing {
  if (kind === "theme") return themeListing(id ?? "");
  if (kind === "partner") return partnerListing(id ?? "");
  return kind === "news" ? NEWS_LISTING : EVENTS_LISTING;
}

/** The params that name a listing: a theme's or partner's id. */
function paramsOf(listing: Listing): Params {
  return "id" in listing ? { id: listing.id } : {};
}

/**
 * What the route files of one kind of listing export: for its first page (`position` "first",
 * its own address) or for its later pages (`position` "later", /page/N below it, N >= 2 written
 * the one canonical way). `views` are the kind's own components (ListingViews).
 */
export function listingRoute(kind: "news", position: Position): ListingRoute;
export function listingRoute<K extends keyof ListingViews>(kind: K, position: Position, views: Pick<ListingViews, K>): ListingRoute;
export function listingRoute(kind: Kind, position: Position, views: Partial<ListingViews> = {}): ListingRoute {
  /** The page the params name, with its listing's words; undefined when there is no such page. */
  function pageFor(params: Params): { listing: Listing; page: ListingPage; words: ListingWords; index: ContentIndex } | undefined {
    const pageNumber = position === "first" ? 1 : laterPageNumber(params.page ?? "");
    if (pageNumber === undefined) return undefined;
    const index = getContentIndex();
    const listing = listingOf(kind, params.id);
    const words = wordsFor(listing, index, views);
    const page = index.listingPage(listing, pageNumber);
    return words && page ? { listing, page, words, index } : undefined;
  }

  function metadataFor(params: Params): Metadata {
    const found = pageFor(params);
    if (!found) return {};
    const { listing, page, words } = found;
    const title = words.title ? words.title(page) : numberedTitle(words.name, page);
    return pageMetadata({ title, description: words.description(page), path: listingPath(listing, page.pageNumber), feeds: words.feeds });
  }

  function render(params: Params): ReactNode {
    const found = pageFor(params);
    if (!found) notFound();
    const { listing, page, words, index } = found;
    const themesFor = (article: Pick<Article, "themes">) => index.themesOf(article);
    if (listing.kind === "events" && views.events) {
      // The index answers an events listing with an EventsPage (ContentIndex.listingPage).
      return <views.events page={page as EventsPage} calendar={{ subscribeHref: eventsCalendarSubscriptionUrl(), downloadHref: eventsCalendarPath() }} themesFor={themesFor} />;
    }
    return <NewsListing title={words.name} page={page} listing={listing} lead={words.lead} themesFor={themesFor} />;
  }

  // The first page of the news and of the events has no params: nothing to wait for.
  const hasParams = position === "later" || kind === "theme" || kind === "partner";
  return {
    /**
     * The first pages: every theme's or partner's. The later ones: pages 2 up to
     * prerenderSettings().listingPages of each listing; later ones render on their first
     * request (the proxy turns away pages that do not exist).
     */
    generateStaticParams(): Params[] {
      const index = getContentIndex();
      const listings = index.listings().filter((listing) => listing.kind === kind);
      if (position === "first") return listings.map(paramsOf);
      const last = prerenderSettings().listingPages;
      return listings.flatMap((listing) =>
        Array.from({ length: Math.max(0, Math.min(index.listingPageCount(listing), last) - 1) }, (_, i) => ({ ...paramsOf(listing), page: String(i + 2) })),
      );
    },
    generateMetadata: hasParams ? async ({ params }: Props) => metadataFor(await params) : () => metadataFor({}),
    Page: hasParams ? async ({ params }: Props) => render(await params) : () => render({}),
  };
}
