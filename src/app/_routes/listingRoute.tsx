/**
 * The listing pages, every kind alike and in both editions: all the news, the events, a theme's
 * and a partner's news. Each kind has two route files per edition, its first page (/news,
 * /nl/themas/<id>) and its later pages (/news/page/N, /nl/themas/<id>/pagina/N). Each takes
 * generateStaticParams, generateMetadata and the page from listingRoute(edition, ...) and keeps
 * only what Next reads from the file itself (revalidate,
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
import { LanguageSwitch } from "@/components/LanguageSwitch";
import { getContentIndex, type ContentIndex } from "@/content";
import type { EventsPage, ListingPage, Partner, Theme } from "@/content/model";
import { otherEdition, type Edition } from "@/lib/editions";
import { laterPageNumber } from "@/lib/pageNumber";
import { eventsCalendarPath, eventsCalendarSubscriptionUrl, EVENTS_LISTING, NEWS_LISTING, partnerListing, sitePagePath, themeFeedPath, themeListing, type Listing } from "@/lib/routes";
import { prerenderSettings } from "@/lib/site";
import { translator } from "@/i18n/translator";
import { pageMetadata, type PageMetadataInput } from "@/publish/metadata";
import { cardView } from "./cards";

type Kind = Listing["kind"];
type Position = "first" | "later";

/** What the route files of a kind show besides the cards (see above). */
export interface ListingViews {
  /** Between a theme's heading and its cards. */
  theme: ComponentType<{ theme: Theme; edition: Edition }>;
  /** Between a partner's heading and its news. */
  partner: ComponentType<{ partner: Partner; edition: Edition }>;
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

/** What a listing is called and shows besides its cards, in an edition. */
interface ListingWords {
  /** The page's h1. */
  name: string;
  /** The title of one of its pages: the name, with "page 2 of 3" when there are more. */
  title(page: ListingPage): string;
  description(page: ListingPage): string;
  /** Feeds announced in the head besides the site's own. */
  feeds?: PageMetadataInput["feeds"];
  /** Shown between the heading and the cards. */
  lead?: ReactNode;
}

/** The words of a listing in an edition; undefined for a theme or partner the content does not have. */
function wordsFor(edition: Edition, listing: Listing, index: ContentIndex, views: Partial<ListingViews>): ListingWords | undefined {
  const numbered = (name: string, page: ListingPage, paged: (values: { page: number; pageCount: number }) => string) =>
    page.pageCount > 1 ? paged({ page: page.pageNumber, pageCount: page.pageCount }) : name;
  switch (listing.kind) {
    case "news": {
      const t = translator(edition, "news");
      return {
        name: t("title"),
        title: (page) => (page.pageNumber === 1 ? t("title") : t("titlePaged", { page: page.pageNumber, pageCount: page.pageCount })),
        description: (page) => (page.pageNumber === 1 ? t("description") : t("descriptionPaged", { page: page.pageNumber, pageCount: page.pageCount })),
      };
    }
    case "events": {
      const t = translator(edition, "events");
      return {
        name: t("title"),
        title: (page) => numbered(t("title"), page, (values) => t("titlePaged", values)),
        description: () => t("description"),
        feeds: { "text/calendar": [{ url: eventsCalendarPath(edition), title: t("calendarTitle") }] },
      };
    }
    case "theme": {
      const found = index.theme(listing.id);
      if (!found) return undefined;
      const theme = index.themeIn(found, edition);
      const t = translator(edition, "theme");
      return {
        name: theme.name,
        title: (page) => numbered(theme.name, page, (values) => t("titlePaged", { ...values, theme: theme.name })),
        description: () => theme.description ?? t("descriptionFallback", { theme: theme.name }),
        feeds: { "application/rss+xml": [{ url: themeFeedPath(edition, theme.id), title: t("feedTitle", { theme: theme.name }) }] },
        lead: views.theme && <views.theme theme={theme} edition={edition} />,
      };
    }
    case "partner": {
      const found = index.partner(listing.id);
      if (!found) return undefined;
      const partner = index.partnerIn(found, edition);
      const t = translator(edition, "partner");
      return {
        name: partner.name,
        title: (page) => numbered(partner.name, page, (values) => t("titlePaged", { ...values, partner: partner.name })),
        description: () => t("description", { partner: partner.name }),
        lead: views.partner && <views.partner partner={partner} edition={edition} />,
      };
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
 * What the route files of one kind of listing export in an edition: for its first page
 * (`position` "first", its own address) or for its later pages (`position` "later", /page/N
 * below it, N >= 2 written the one canonical way). `views` are the kind's own components
 * (ListingViews).
 */
export function listingRoute(edition: Edition, kind: "news", position: Position): ListingRoute;
export function listingRoute<K extends keyof ListingViews>(edition: Edition, kind: K, position: Position, views: Pick<ListingViews, K>): ListingRoute;
export function listingRoute(edition: Edition, kind: Kind, position: Position, views: Partial<ListingViews> = {}): ListingRoute {
  /** The page the params name, with its listing's words; undefined when there is no such page. */
  function pageFor(params: Params): { listing: Listing; page: ListingPage; words: ListingWords; index: ContentIndex } | undefined {
    const pageNumber = position === "first" ? 1 : laterPageNumber(params.page ?? "");
    if (pageNumber === undefined) return undefined;
    const index = getContentIndex();
    const listing = listingOf(kind, params.id);
    const words = wordsFor(edition, listing, index, views);
    const page = index.listingPage(listing, pageNumber);
    return words && page ? { listing, page, words, index } : undefined;
  }

  function metadataFor(params: Params): Metadata {
    const found = pageFor(params);
    if (!found) return {};
    const { listing, page, words } = found;
    return pageMetadata({ edition, title: words.title(page), description: words.description(page), page: { kind: "listing", listing, pageNumber: page.pageNumber }, feeds: words.feeds });
  }

  function render(params: Params): ReactNode {
    const found = pageFor(params);
    if (!found) notFound();
    const { listing, page, words, index } = found;
    const cards = cardView(index, edition);
    const counterpartHref = sitePagePath(otherEdition(edition), { kind: "listing", listing, pageNumber: page.pageNumber });
    return (
      <>
        <LanguageSwitch edition={edition} href={counterpartHref} />
        {listing.kind === "events" && views.events ? (
          // The index answers an events listing with an EventsPage (ContentIndex.listingPage).
          <views.events page={page as EventsPage} calendar={{ subscribeHref: eventsCalendarSubscriptionUrl(edition), downloadHref: eventsCalendarPath(edition) }} cards={cards} />
        ) : (
          <NewsListing title={words.name} page={page} listing={listing} lead={words.lead} cards={cards} />
        )}
      </>
    );
  }

  // The first page of the news and of the events has no params: nothing to wait for.
  const hasParams = position === "later" || kind === "theme" || kind === "partner";
  return {
    /**
     * The first pages: every theme's or partner's. The later ones: pages 2 up to
     * prerenderSettings(edition).listingPages of each listing; later ones render on their first
     * request (the front door turns away pages that do not exist).
     */
    generateStaticParams(): Params[] {
      const index = getContentIndex();
      const listings = index.listings().filter((listing) => listing.kind === kind);
      if (position === "first") return listings.map(paramsOf);
      const last = prerenderSettings(edition).listingPages;
      return listings.flatMap((listing) =>
        Array.from({ length: Math.max(0, Math.min(index.listingPageCount(listing), last) - 1) }, (_, i) => ({ ...paramsOf(listing), page: String(i + 2) })),
      );
    },
    generateMetadata: hasParams ? async ({ params }: Props) => metadataFor(await params) : () => metadataFor({}),
    Page: hasParams ? async ({ params }: Props) => render(await params) : () => render({}),
  };
}
