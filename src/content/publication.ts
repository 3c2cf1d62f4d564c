/**
 * A publication: the articles readers can see at a moment, newest first (ties by slug), with
 * the queries pages make over it: an article by slug, a page of any listing, More News and the
 * events. The publication view keeps one for "now" (rebuilt only when a scheduled article's moment
 * passes) and one for "once everything scheduled is out".
 */
import { pageBounds, pageCountFor } from "../lib/pageNumber";
import type { Listing } from "../lib/routes";
import { site } from "../lib/site";
import { EventTimeline, type ListedSchedule } from "./eventSchedule";
import type { Article, EventPeriod, EventSchedule, EventsPage, ListingPage } from "./model";
import { moreNewsPositions } from "./moreNews";

export class Publication {
  /** Newest first, ties by slug. */
  readonly articles: readonly Article[];
  private readonly slugs = new Map<string, Article>();
  private readonly positions = new Map<Article, number>();
  /** Article positions per theme and per partner, newest first: their listings, and what More News scores from. */
  private readonly postings = { theme: new Map<string, number[]>(), partner: new Map<string, number[]>() };
  private readonly moreNews = new Map<Article, Article[]>();
  /** Reused score counters for moreNewsFor, one per article position. */
  private scratch?: Uint8Array;
  /** Made on the first event query. */
  private timeline?: EventTimeline;

  /** `articles` must already be newest first. */
  constructor(articles: readonly Article[]) {
    this.articles = articles;
    articles.forEach((article, position) => {
      this.slugs.set(article.slug, article);
      this.positions.set(article, position);
      for (const id of article.themes) addPosting(this.postings.theme, id, position);
      for (const id of article.partners) addPosting(this.postings.partner, id, position);
    });
  }

  bySlug(slug: string): Article | undefined {
    return this.slugs.get(slug);
  }

  latest(count: number): Article[] {
    return this.articles.slice(0, count);
  }

  /** How many articles a listing holds (an unknown theme or partner holds none). */
  listingSize(listing: Listing): number {
    switch (listing.kind) {
      case "news":
        return this.articles.length;
      case "events":
        return this.events.count;
      case "theme":
      case "partner":
        return this.postings[listing.kind].get(listing.id)?.length ?? 0;
    }
  }

  /** Pages of a listing: at least 1, so an empty one still has its page. */
  listingPageCount(listing: Listing): number {
    return pageCountFor(this.listingSize(listing));
  }

  /** A listing's articles in its order (the events: upcoming, then past, at `at`). */
  articlesIn(listing: Listing, at: number): Article[] {
    switch (listing.kind) {
      case "news":
        return [...this.articles];
      case "events":
        return [...this.events.at(at).listing];
      case "theme":
      case "partner":
        return (this.postings[listing.kind].get(listing.id) ?? []).map((position) => this.articles[position]);
    }
  }

  /**
   * One page of a listing at a moment; undefined for a page that does not exist. A theme's or
   * partner's page slices the postings before looking articles up, so a page costs its own
   * size, not the listing's.
   */
  listingPage(listing: Listing, pageNumber: number, at: number): ListingPage | EventsPage | undefined {
    const bounds = pageBounds(pageNumber, this.listingSize(listing));
    if (!bounds) return undefined;
    const { start, end, pageCount } = bounds;
    switch (listing.kind) {
      case "news":
        return { articles: this.articles.slice(start, end), pageNumber, pageCount };
      case "events":
        return eventsPage(this.events.at(at), start, end, pageNumber, pageCount);
      case "theme":
      case "partner": {
        const positions = this.postings[listing.kind].get(listing.id) ?? [];
        return {
          articles: positions.slice(start, end).map((position) => this.articles[position]),
          pageNumber,
          pageCount,
        };
      }
    }
  }

  /** "More News" for an article (moreNews.ts), kept per article for the usual count. */
  moreNewsFor(article: Article, count: number = site.moreNewsCount): Article[] {
    const cached = count === site.moreNewsCount ? this.moreNews.get(article) : undefined;
    if (cached) return cached;
    const postings = [
      ...article.themes.map((id) => this.postings.theme.get(id) ?? []),
      ...article.partners.map((id) => this.postings.partner.get(id) ?? []),
    ];
    const scores = (this.scratch ??= new Uint8Array(this.articles.length));
    const chosen = moreNewsPositions(this.positions.get(article), postings, this.articles.length, count, scores).map(
      (position) => this.articles[position],
    );
    if (count === site.moreNewsCount) this.moreNews.set(article, chosen);
    return chosen;
  }

  private get events(): EventTimeline {
    return (this.timeline ??= new EventTimeline(this.articles));
  }

  /** How many of the articles announce an event, past or upcoming. */
  get eventCount(): number {
    return this.events.count;
  }

  /** Every event article, soonest start first: for what to prerender. */
  get eventArticles(): Article[] {
    return this.events.articles;
  }

  /** When an event article's event begins and is over; undefined for an article without one. */
  eventPeriodOf(article: Article): EventPeriod | undefined {
    return this.events.periodOf(article);
  }

  /** Upcoming and past events at a moment (eventSchedule.ts). */
  eventScheduleAt(at: number): EventSchedule {
    return this.events.at(at);
  }

  /** The next moment an upcoming event ends and becomes past (epoch ms), or undefined when none will. */
  nextEventEndAfter(at: number): number | undefined {
    return this.events.nextEndAfter(at);
  }
}

function addPosting(postings: Map<string, number[]>, id: string, position: number): void {
  let list = postings.get(id);
  if (!list) postings.set(id, (list = []));
  list.push(position);
}

/** A page of the events: the upcoming ones on it, then the past ones. */
function eventsPage(
  schedule: ListedSchedule,
  start: number,
  end: number,
  pageNumber: number,
  pageCount: number,
): EventsPage {
  const upcomingCount = schedule.upcoming.length;
  return {
    articles: schedule.listing.slice(start, end),
    upcoming: schedule.listing.slice(Math.min(start, upcomingCount), Math.min(end, upcomingCount)),
    past: schedule.listing.slice(Math.max(start, upcomingCount), Math.max(end, upcomingCount)),
    pageNumber,
    pageCount,
  };
}
