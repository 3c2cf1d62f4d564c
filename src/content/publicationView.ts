/**
 * The publication view of a content catalogue: what readers may see at a moment, and when that
 * changes. Drafts never, scheduled articles from their moment on (in the editors' preview:
 * everything); events upcoming until they end. Every answer here depends on the clock (the
 * moment `at`, now by default), so two requests may get different ones; what never changes is
 * the catalogue's (catalogue.ts). The articles of a moment are kept as one Publication until the
 * next scheduled release, so asking on every request costs a comparison, not a filter.
 */
import { now } from "../lib/clock";
import { themeListing, type EventsListing, type Listing } from "../lib/routes";
import { site } from "../lib/site";
import { ContentCatalogue, type CatalogueContent, type CatalogueOptions } from "./catalogue";
import { eventPeriod, eventStatusAt } from "./events";
import type {
  Article,
  EventSchedule,
  EventsPage,
  EventStatus,
  ListingPage,
  PublicationStatus,
  ThemeWithCount,
} from "./model";
import { Publication } from "./publication";

/**
 * What readers see of a catalogue at a moment. Its accessors (`articles`, `bySlug`, `latest`,
 * `listingPage`, `moreNewsFor`...) answer with what is published right now: no drafts, nothing
 * scheduled for later. Feeds, the sitemap and search use them (or `publishedAt()`).
 */
export class PublicationView {
  /** The publication for the current moment, valid while `validFrom <= now < validUntil`. */
  private current?: { publication: Publication; validFrom: number; validUntil: number };
  private eventual?: Publication;
  private themeCounts?: { publication: Publication; counts: readonly ThemeWithCount[] };

  constructor(readonly catalogue: ContentCatalogue) {}

  /** The view of a new catalogue of `content`: what the tools and tests that start from loaded content use. */
  static of(content: CatalogueContent, options: CatalogueOptions = {}): PublicationView {
    return new PublicationView(new ContentCatalogue(content, options));
  }

  /** Where an article stands at a moment (default: now): a draft, scheduled for later, or published. */
  statusOf(article: Article, at: number = now()): PublicationStatus {
    if (article.draft) return "draft";
    return article.date.epochMs > at ? "scheduled" : "published";
  }

  /**
   * What readers see at a moment (default: now): published articles only, or
   * everything in preview. The answer is cached until the next scheduled
   * release, so asking on every request costs a comparison, not a filter.
   */
  publishedAt(at: number = now()): Publication {
    const current = this.current;
    if (current && at >= current.validFrom && at < current.validUntil) return current.publication;
    const { preview, allArticles, releasable } = this.catalogue;
    if (preview) {
      this.current = { publication: new Publication(allArticles), validFrom: -Infinity, validUntil: Infinity };
      return this.current.publication;
    }
    // `releasable` is newest first: the published ones are those from the first one dated at or before `at`.
    const first = firstAtOrBefore(releasable, at);
    const publication = first === 0 && this.eventual ? this.eventual : new Publication(releasable.slice(first));
    this.current = {
      publication,
      validFrom: releasable[first]?.date.epochMs ?? -Infinity,
      validUntil: first > 0 ? releasable[first - 1].date.epochMs : Infinity,
    };
    return publication;
  }

  /**
   * Every article that is published or will be without a new deploy (the
   * scheduled ones), newest first: what to prerender, so a scheduled
   * article's address and listing pages exist once its moment comes.
   */
  get upcoming(): Publication {
    if (this.catalogue.preview) return this.publishedAt();
    if (!this.eventual) {
      const current = this.publishedAt();
      this.eventual = this.current?.validUntil === Infinity ? current : new Publication(this.catalogue.releasable);
    }
    return this.eventual;
  }

  /**
   * What search indexes: every article that is or will be published (in
   * preview: every valid one). Each query then shows only what is published
   * at that moment, so a release needs no new search index. A prebuilt index
   * was made over `allArticles`, which in a snapshot holds no drafts.
   */
  get searchableArticles(): readonly Article[] {
    return this.catalogue.prebuiltSearchIndex ? this.catalogue.allArticles : this.upcoming.articles;
  }

  /** When the next scheduled article is released (epoch ms), or undefined when none is waiting. */
  nextReleaseAt(at: number = now()): number | undefined {
    this.publishedAt(at);
    const until = this.current?.validUntil;
    return until === undefined || until === Infinity ? undefined : until;
  }

  /** Published articles right now, newest first. */
  get articles(): readonly Article[] {
    return this.publishedAt().articles;
  }

  /** A published article (in preview: any valid article). */
  bySlug(slug: string): Article | undefined {
    return this.publishedAt().bySlug(slug);
  }

  latest(count: number): Article[] {
    return this.publishedAt().latest(count);
  }

  /** Pages of a listing right now (at least 1, so an empty theme still has its page). */
  listingPageCount(listing: Listing): number {
    return this.publishedAt().listingPageCount(listing);
  }

  /**
   * One page of a listing at a moment (default: now): its articles, number and page count;
   * undefined for an unknown theme or partner, or a page that does not exist.
   */
  listingPage(listing: EventsListing, pageNumber: number, at?: number): EventsPage | undefined;
  listingPage(listing: Listing, pageNumber: number, at?: number): ListingPage | undefined;
  listingPage(listing: Listing, pageNumber: number, at: number = now()): ListingPage | undefined {
    return this.catalogue.hasListing(listing) ? this.publishedAt(at).listingPage(listing, pageNumber, at) : undefined;
  }

  /** A listing's published articles in its order; empty for an unknown theme or partner. */
  articlesIn(listing: Listing, at: number = now()): Article[] {
    return this.publishedAt(at).articlesIn(listing, at);
  }

  moreNewsFor(article: Article, count: number = site.moreNewsCount): Article[] {
    return this.publishedAt().moreNewsFor(article, count);
  }

  /** Upcoming events and then past ones at a moment (default: now); see eventSchedule.ts. */
  eventSchedule(at: number = now()): EventSchedule {
    return this.publishedAt(at).eventScheduleAt(at);
  }

  /** The next few events that are not over yet, soonest first: the home page's. */
  upcomingEvents(count: number = site.homeEventCount, at: number = now()): Article[] {
    return this.eventSchedule(at).upcoming.slice(0, count);
  }

  /** Whether an article's event is still to come, taking place or over; undefined when it announces none. */
  eventStatusOf(article: Article, at: number = now()): EventStatus | undefined {
    if (!article.event) return undefined;
    const period = this.publishedAt(at).eventPeriodOf(article) ?? eventPeriod(article.event);
    return eventStatusAt(period, at);
  }

  /**
   * What the subscribable calendar holds: every upcoming event and those that
   * ended within `site.calendarPastDays`, so a subscriber keeps the recent ones.
   */
  calendarEvents(at: number = now()): Article[] {
    const publication = this.publishedAt(at);
    const { upcoming, past } = publication.eventScheduleAt(at);
    const since = at - site.calendarPastDays * 24 * 60 * 60 * 1000;
    return [...upcoming, ...past.filter((article) => publication.eventPeriodOf(article)!.endMs >= since)];
  }

  /**
   * The next moment what readers see changes by the clock alone: a scheduled
   * article's release or an event's end (epoch ms), or undefined when nothing is waiting.
   */
  nextChangeAt(at: number = now()): number | undefined {
    const moments = [this.nextReleaseAt(at), this.publishedAt(at).nextEventEndAfter(at)].filter(
      (moment): moment is number => moment !== undefined,
    );
    return moments.length > 0 ? Math.min(...moments) : undefined;
  }

  /**
   * The article an old address leads to right now: undefined for an unknown
   * alias, a draft's, and a scheduled article's until its moment (its old
   * address must not reveal where it will appear).
   */
  articleForAlias(alias: string): Article | undefined {
    const slug = this.catalogue.aliasTarget(alias);
    return slug === undefined ? undefined : this.bySlug(slug);
  }

  /** Every theme in themes.yml order with its count of published articles; counted once per publication. */
  themesWithCounts(): readonly ThemeWithCount[] {
    const publication = this.publishedAt();
    if (this.themeCounts?.publication !== publication) {
      this.themeCounts = {
        publication,
        counts: this.catalogue.themes.map((theme) => ({
          theme,
          articleCount: publication.listingSize(themeListing(theme.id)),
        })),
      };
    }
    return this.themeCounts.counts;
  }
}

/** Position of the first article dated at or before `at` in a newest-first list (its length when none is). */
function firstAtOrBefore(newestFirst: readonly Article[], at: number): number {
  let low = 0;
  let high = newestFirst.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (newestFirst[middle].date.epochMs > at) low = middle + 1;
    else high = middle;
  }
  return low;
}
