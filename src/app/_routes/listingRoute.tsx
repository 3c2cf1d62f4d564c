/**
 * The listing pages, every kind in both editions: all the news, the events, a theme's and a
 * partner's news, each with its first page (/news, /nl/themas/<id>) and its later pages
 * (/news/page/N, /nl/themas/<id>/pagina/N). Their route files take everything from
 * listingRoute(edition, kind, position) but their segment config, which Next reads as literals.
 * Next orders a page's stylesheets as its route file imports them: the component particular to a kind
 * comes from its route files, never from here (tests/unit/listing-routes.test.ts holds both).
 */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ComponentProps, ComponentType, ReactNode } from "react";
import type { CardView } from "@/components/ArticleCard";
import type { EventsListing } from "@/components/EventsListing";
import { NewsListing } from "@/components/NewsListing";
import { LanguageSwitch } from "@/components/LanguageSwitch";
import { getPublicationView, type PublicationView } from "@/content";
import type { ListingPage, Partner, Theme } from "@/content/model";
import { otherEdition, type Edition } from "@/lib/editions";
import { laterPageNumber } from "@/lib/pageNumber";
import {
  eventsCalendarPath,
  eventsCalendarSubscriptionUrl,
  EVENTS_LISTING,
  NEWS_LISTING,
  partnerListing,
  sitePagePath,
  themeFeedPath,
  themeListing,
  type Listing,
} from "@/lib/routes";
import { prerenderSettings } from "@/lib/site";
import { translator } from "@/i18n/translator";
import { pageMetadata, type PageMetadataInput } from "@/publish/metadata";
import { cardView } from "./cards";

type Kind = Listing["kind"];
type ListingOf<K extends Kind> = Extract<Listing, { kind: K }>;
type Position = "first" | "later";

/** What a kind's route files hand to listingRoute after its position: the component particular to the kind. */
interface KindViews {
  news: [];
  /** Between a theme's heading and its cards. */
  theme: [lead: ComponentType<{ theme: Theme; edition: Edition }>];
  /** Between a partner's heading and its news. */
  partner: [lead: ComponentType<{ partner: Partner; edition: Edition }>];
  /** A whole page of the events. */
  events: [page: ComponentType<ComponentProps<typeof EventsListing>>];
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

/** One page of a listing as its edition shows it. */
interface ShownPage {
  page: ListingPage;
  title: string;
  description: string;
  /** Feeds announced in the head besides the site's own. */
  feeds?: PageMetadataInput["feeds"];
  /** What the page shows below the language switch. */
  body(cards: CardView): ReactNode;
}

/** One kind of listing: which listing an address names, and how a page of it is shown. */
interface ListingKind<K extends Kind> {
  /** Its listings are many, each named by an id in its addresses (a theme's, a partner's). */
  named: boolean;
  listing(id: string): ListingOf<K>;
  /** A page of the listing in an edition; undefined for a theme or partner the content does not have, or a page past its last. */
  show(
    edition: Edition,
    published: PublicationView,
    listing: ListingOf<K>,
    pageNumber: number,
    views: KindViews[K],
  ): ShownPage | undefined;
}

/** "<name>, page 2 of 3" when there is more than one page. */
function numbered(
  name: string,
  page: ListingPage,
  paged: (values: { page: number; pageCount: number }) => string,
): string {
  return page.pageCount > 1 ? paged({ page: page.pageNumber, pageCount: page.pageCount }) : name;
}

const KINDS: { [K in Kind]: ListingKind<K> } = {
  news: {
    named: false,
    listing: () => NEWS_LISTING,
    show(edition, published, listing, pageNumber) {
      const page = published.listingPage(listing, pageNumber);
      if (!page) return undefined;
      const t = translator(edition, "news");
      const paged = { page: page.pageNumber, pageCount: page.pageCount };
      return {
        page,
        title: page.pageNumber === 1 ? t("title") : t("titlePaged", paged),
        description: page.pageNumber === 1 ? t("description") : t("descriptionPaged", paged),
        body: (cards) => <NewsListing title={t("title")} page={page} listing={listing} cards={cards} />,
      };
    },
  },
  events: {
    named: false,
    listing: () => EVENTS_LISTING,
    show(edition, published, listing, pageNumber, [EventsPage]) {
      const page = published.listingPage(listing, pageNumber);
      if (!page) return undefined;
      const t = translator(edition, "events");
      return {
        page,
        title: numbered(t("title"), page, (values) => t("titlePaged", values)),
        description: t("description"),
        feeds: { "text/calendar": [{ url: eventsCalendarPath(edition), title: t("calendarTitle") }] },
        body: (cards) => (
          <EventsPage
            page={page}
            calendar={{
              subscribeHref: eventsCalendarSubscriptionUrl(edition),
              downloadHref: eventsCalendarPath(edition),
            }}
            cards={cards}
          />
        ),
      };
    },
  },
  theme: {
    named: true,
    listing: themeListing,
    show(edition, published, listing, pageNumber, [Lead]) {
      const found = published.catalogue.theme(listing.id);
      const page = found && published.listingPage(listing, pageNumber);
      if (!found || !page) return undefined;
      const theme = published.catalogue.themeIn(found, edition);
      const t = translator(edition, "theme");
      return {
        page,
        title: numbered(theme.name, page, (values) => t("titlePaged", { ...values, theme: theme.name })),
        description: theme.description ?? t("descriptionFallback", { theme: theme.name }),
        feeds: {
          "application/rss+xml": [
            { url: themeFeedPath(edition, theme.id), title: t("feedTitle", { theme: theme.name }) },
          ],
        },
        body: (cards) => (
          <NewsListing
            title={theme.name}
            page={page}
            listing={listing}
            lead={<Lead theme={theme} edition={edition} />}
            cards={cards}
          />
        ),
      };
    },
  },
  partner: {
    named: true,
    listing: partnerListing,
    show(edition, published, listing, pageNumber, [Lead]) {
      const found = published.catalogue.partner(listing.id);
      const page = found && published.listingPage(listing, pageNumber);
      if (!found || !page) return undefined;
      const partner = published.catalogue.partnerIn(found, edition);
      const t = translator(edition, "partner");
      return {
        page,
        title: numbered(partner.name, page, (values) => t("titlePaged", { ...values, partner: partner.name })),
        description: t("description", { partner: partner.name }),
        body: (cards) => (
          <NewsListing
            title={partner.name}
            page={page}
            listing={listing}
            lead={<Lead partner={partner} edition={edition} />}
            cards={cards}
          />
        ),
      };
    },
  },
};

/** The params that name a listing: a theme's or partner's id. */
function paramsOf(listing: Listing): Params {
  return "id" in listing ? { id: listing.id } : {};
}

/**
 * What the route files of one kind of listing export in an edition: for its first page
 * (`position` "first", its own address) or for its later pages ("later", /page/N below it, N >= 2
 * written the one canonical way). `views`: the kind's own component (KindViews).
 */
export function listingRoute<K extends Kind>(
  edition: Edition,
  kind: K,
  position: Position,
  ...views: KindViews[K]
): ListingRoute {
  const listingKind: ListingKind<K> = KINDS[kind];

  /** The page the params name, shown; undefined when there is no such page. */
  function pageFor(
    params: Params,
  ): { listing: ListingOf<K>; shown: ShownPage; published: PublicationView } | undefined {
    const pageNumber = position === "first" ? 1 : laterPageNumber(params.page ?? "");
    if (pageNumber === undefined) return undefined;
    const published = getPublicationView();
    const listing = listingKind.listing(params.id ?? "");
    const shown = listingKind.show(edition, published, listing, pageNumber, views);
    return shown && { listing, shown, published };
  }

  function metadataFor(params: Params): Metadata {
    const found = pageFor(params);
    if (!found) return {};
    const { listing, shown } = found;
    return pageMetadata({
      edition,
      title: shown.title,
      description: shown.description,
      page: { kind: "listing", listing, pageNumber: shown.page.pageNumber },
      feeds: shown.feeds,
    });
  }

  function render(params: Params): ReactNode {
    const found = pageFor(params);
    if (!found) notFound();
    const { listing, shown, published } = found;
    const counterpartHref = sitePagePath(otherEdition(edition), {
      kind: "listing",
      listing,
      pageNumber: shown.page.pageNumber,
    });
    return (
      <>
        <LanguageSwitch edition={edition} href={counterpartHref} />
        {shown.body(cardView(published, edition))}
      </>
    );
  }

  // A page whose address has no parameter renders synchronously: an async one orders the RSC payload's rows differently.
  const hasParams = position === "later" || listingKind.named;
  return {
    /** The first pages: every theme's or partner's. The later ones: pages 2 up to prerenderSettings(edition).listingPages of each listing. */
    generateStaticParams(): Params[] {
      const published = getPublicationView();
      const listings = published.catalogue.listings().filter((listing) => listing.kind === kind);
      if (position === "first") return listings.map(paramsOf);
      const last = prerenderSettings(edition).listingPages;
      return listings.flatMap((listing) =>
        Array.from({ length: Math.max(0, Math.min(published.listingPageCount(listing), last) - 1) }, (_, i) => ({
          ...paramsOf(listing),
          page: String(i + 2),
        })),
      );
    },
    generateMetadata: hasParams ? async ({ params }: Props) => metadataFor(await params) : () => metadataFor({}),
    Page: hasParams ? async ({ params }: Props) => render(await params) : () => render({}),
  };
}
