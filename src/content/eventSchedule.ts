/**
 * The events of a publication: its event articles in the order they take place, and which of
 * them are upcoming and which are over at a moment. The split is kept until the next upcoming
 * event ends (or the moment goes back before the last one ended), so asking on every
 * regeneration is a comparison, not a pass over the events.
 */
import { eventPeriod } from "./events";
import type { Article, EventPeriod, EventSchedule } from "./model";

interface TimedEvent {
  article: Article;
  period: EventPeriod;
}

/** A schedule with its listing order: the upcoming events, then the past ones. */
export interface ListedSchedule extends EventSchedule {
  readonly listing: readonly Article[];
}

export class EventTimeline {
  /** By start, then end, then slug. */
  private readonly list: readonly TimedEvent[];
  private readonly periods: ReadonlyMap<Article, EventPeriod>;
  /** The schedule for the current moment, valid while `validFrom <= at < validUntil` (no event ends in between). */
  private current?: { value: ListedSchedule; validFrom: number; validUntil: number };

  constructor(articles: readonly Article[]) {
    const list: TimedEvent[] = [];
    for (const article of articles) if (article.event) list.push({ article, period: eventPeriod(article.event) });
    list.sort(
      (a, b) =>
        a.period.startMs - b.period.startMs ||
        a.period.endMs - b.period.endMs ||
        (a.article.slug < b.article.slug ? -1 : a.article.slug > b.article.slug ? 1 : 0),
    );
    this.list = list;
    this.periods = new Map(list.map(({ article, period }) => [article, period]));
  }

  get count(): number {
    return this.list.length;
  }

  /** Every event article, soonest start first. */
  get articles(): Article[] {
    return this.list.map(({ article }) => article);
  }

  periodOf(article: Article): EventPeriod | undefined {
    return this.periods.get(article);
  }

  /** Upcoming (soonest first) and past (most recent first) at a moment. */
  at(moment: number): ListedSchedule {
    const cached = this.current;
    if (cached && moment >= cached.validFrom && moment < cached.validUntil) return cached.value;
    const upcoming: Article[] = [];
    const past: Article[] = [];
    let validFrom = -Infinity;
    let validUntil = Infinity;
    for (const { article, period } of this.list) {
      if (period.endMs > moment) {
        upcoming.push(article);
        validUntil = Math.min(validUntil, period.endMs);
      } else {
        past.push(article);
        validFrom = Math.max(validFrom, period.endMs);
      }
    }
    past.reverse();
    const value = { upcoming, past, listing: [...upcoming, ...past] };
    this.current = { value, validFrom, validUntil };
    return value;
  }

  /** The next moment an upcoming event ends and becomes past (epoch ms), or undefined when none will. */
  nextEndAfter(moment: number): number | undefined {
    this.at(moment);
    const until = this.current!.validUntil;
    return until === Infinity ? undefined : until;
  }
}
