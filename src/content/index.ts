/**
 * The content index: the one source of truth pages ask. Built once per process
 * from the content folder; queries are cheap lookups, and article bodies are
 * rendered on demand, once each.
 */
import { now } from "../lib/clock";
import { compareNewestFirst } from "../lib/dates";
import { buildOutputDirName, site } from "../lib/site";
import { contentFingerprint, formatProblem, loadContent, resolveContentDir, type Article, type ContentProblem, type LoadedContent } from "./load";
import { eventPeriod, eventStatusAt, type EventPeriod, type EventStatus } from "./events";
import { markdownToHtml, markdownToSearchText } from "./markdown";
import type { Partner, Theme } from "./schema";
import { readSnapshot } from "./snapshot";

export type { Article, ArticleEvent, ArticleImage, ContentProblem } from "./load";
export type { EventPeriod, EventStatus } from "./events";
export type { Partner, Theme } from "./schema";

export interface ThemeWithCount {
  theme: Theme;
  /** Published articles filed under the theme. */
  articleCount: number;
}

export interface NewsPage {
  articles: Article[];
  /** 1-based. */
  pageNumber: number;
  pageCount: number;
}

/** The events of a publication at a moment: the upcoming ones, then the past ones. */
export interface EventSchedule {
  /** Not over yet, soonest start first (so those taking place now come first). */
  readonly upcoming: readonly Article[];
  /** Over, the most recent first (by start). */
  readonly past: readonly Article[];
}

/** One page of /events: upcoming events first, then past ones, 12 a page in all. */
export interface EventsPage {
  upcoming: Article[];
  past: Article[];
  /** 1-based. */
  pageNumber: number;
  pageCount: number;
}

interface TimedEvent {
  article: Article;
  period: EventPeriod;
}

/** Thrown when the content has errors; its message lists every one of them, a line each. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    const errors = problems.filter((p) => p.severity === "error");
    super(
      `The content has ${errors.length} ${errors.length === 1 ? "error" : "errors"}:\n` +
        errors.map((p) => `  ${formatProblem(p)}`).join("\n"),
    );
    this.name = "ContentError";
  }
}

function byNewestThenSlug(a: Article, b: Article): number {
  return compareNewestFirst(a.date, b.date) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/** Where an article stands at a moment: what decides whether readers can see it. */
export type PublicationStatus = "published" | "scheduled" | "draft";

/**
 * A set of articles readers can see, newest first, with the queries pages
 * make over it. The index keeps one for "now" (rebuilt only when a scheduled
 * article's moment passes) and one for "once everything scheduled is out".
 */
export class Publication {
  /** Newest first, ties by slug. */
  readonly articles: readonly Article[];
  private readonly slugs = new Map<string, Article>();
  private readonly positions = new Map<Article, number>();
  /** Article positions per theme or partner id, newest first: the postings More News scores from. */
  private readonly postings = new Map<string, number[]>();
  private readonly moreNews = new Map<Article, Article[]>();
  /** Reused score counters for moreNewsFor, one per article position. */
  private scratch?: Uint8Array;
  /** The event articles by start (then end, then slug), with their periods; made on the first event query. */
  private timedEvents?: { list: readonly TimedEvent[]; periods: ReadonlyMap<Article, EventPeriod> };
  /** The schedule for the current moment, valid while `validFrom <= at < validUntil` (no event ends in between). */
  private schedule?: { value: EventSchedule & { listing: readonly Article[] }; validFrom: number; validUntil: number };

  /** `articles` must already be newest first. */
  constructor(articles: readonly Article[]) {
    this.articles = articles;
    articles.forEach((article, position) => {
      this.slugs.set(article.slug, article);
      this.positions.set(article, position);
      for (const key of relationKeys(article)) {
        let list = this.postings.get(key);
        if (!list) this.postings.set(key, (list = []));
        list.push(position);
      }
    });
  }

  bySlug(slug: string): Article | undefined {
    return this.slugs.get(slug);
  }

  latest(count: number): Article[] {
    return this.articles.slice(0, count);
  }

  get newsPageCount(): number {
    return pageCountFor(this.articles.length);
  }

  /** One page of "All latest news"; undefined when the page does not exist. */
  newsPage(pageNumber: number): NewsPage | undefined {
    const pageCount = this.newsPageCount;
    if (!Number.isInteger(pageNumber) || pageNumber < 1 || pageNumber > pageCount) return undefined;
    const start = (pageNumber - 1) * site.newsPageSize;
    return { articles: this.articles.slice(start, start + site.newsPageSize), pageNumber, pageCount };
  }

  /** A theme's or partner's articles (key `theme:<id>` or `partner:<id>`), newest first. */
  articlesFor(key: string): Article[] {
    return (this.postings.get(key) ?? []).map((position) => this.articles[position]);
  }

  /** How many articles a theme or partner has (key `theme:<id>` or `partner:<id>`). */
  countFor(key: string): number {
    return this.postings.get(key)?.length ?? 0;
  }

  /**
   * One page of a theme's or partner's listing; undefined for a page that does
   * not exist. Slices the postings before looking articles up, so a page costs
   * its own size, not the theme's.
   */
  pageFor(key: string, pageNumber: number): NewsPage | undefined {
    const positions = this.postings.get(key) ?? [];
    const pageCount = pageCountFor(positions.length);
    if (!Number.isInteger(pageNumber) || pageNumber < 1 || pageNumber > pageCount) return undefined;
    const start = (pageNumber - 1) * site.newsPageSize;
    const articles = positions.slice(start, start + site.newsPageSize).map((position) => this.articles[position]);
    return { articles, pageNumber, pageCount };
  }

  /**
   * "More News" for an article: the others sharing the most themes and
   * partners first, then the newest; never the article itself. Scores come
   * from the postings of the article's own themes and partners, so the cost
   * follows those lists, not the size of the archive.
   */
  moreNewsFor(article: Article, count: number = site.moreNewsCount): Article[] {
    const cached = count === site.moreNewsCount ? this.moreNews.get(article) : undefined;
    if (cached) return cached;
    const self = this.positions.get(article);
    const scores = (this.scratch ??= new Uint8Array(this.articles.length));
    const touched: number[] = [];
    for (const key of relationKeys(article)) {
      for (const position of this.postings.get(key) ?? []) {
        if (position === self) continue;
        if (scores[position]++ === 0) touched.push(position);
      }
    }
    // Top `count` by score, then by position (newest first): one pass, no sort of all candidates.
    const best: number[] = [];
    for (const position of touched) {
      let at = best.length;
      while (at > 0 && isBetter(position, best[at - 1], scores)) at--;
      if (at < count) {
        best.splice(at, 0, position);
        if (best.length > count) best.pop();
      }
    }
    const chosen = best.map((position) => this.articles[position]);
    for (const position of touched) scores[position] = 0;
    // Fill up with the newest others when too few share anything (then every related one is in `best`).
    for (let position = 0; chosen.length < count && position < this.articles.length; position++) {
      if (position !== self && !best.includes(position)) chosen.push(this.articles[position]);
    }
    if (count === site.moreNewsCount) this.moreNews.set(article, chosen);
    return chosen;
  }

  private get events(): { list: readonly TimedEvent[]; periods: ReadonlyMap<Article, EventPeriod> } {
    if (!this.timedEvents) {
      const list: TimedEvent[] = [];
      for (const article of this.articles) if (article.event) list.push({ article, period: eventPeriod(article.event) });
      list.sort((a, b) => a.period.startMs - b.period.startMs || a.period.endMs - b.period.endMs || (a.article.slug < b.article.slug ? -1 : a.article.slug > b.article.slug ? 1 : 0));
      this.timedEvents = { list, periods: new Map(list.map(({ article, period }) => [article, period])) };
    }
    return this.timedEvents;
  }

  /** How many of the articles announce an event, past or upcoming. */
  get eventCount(): number {
    return this.events.list.length;
  }

  /** Every event article, soonest start first: for what to prerender. */
  get eventArticles(): Article[] {
    return this.events.list.map(({ article }) => article);
  }

  /** When an event article's event begins and is over; undefined for an article without one. */
  eventPeriodOf(article: Article): EventPeriod | undefined {
    return this.events.periods.get(article);
  }

  /**
   * Upcoming and past events at a moment. Cached until the next upcoming event
   * ends (or the moment goes back before the last one ended), so asking on
   * every regeneration is a comparison, not a pass over the events.
   */
  eventScheduleAt(at: number): EventSchedule {
    const cached = this.schedule;
    if (cached && at >= cached.validFrom && at < cached.validUntil) return cached.value;
    const upcoming: Article[] = [];
    const past: Article[] = [];
    let validFrom = -Infinity;
    let validUntil = Infinity;
    for (const { article, period } of this.events.list) {
      if (period.endMs > at) {
        upcoming.push(article);
        validUntil = Math.min(validUntil, period.endMs);
      } else {
        past.push(article);
        validFrom = Math.max(validFrom, period.endMs);
      }
    }
    past.reverse();
    const value = { upcoming, past, listing: [...upcoming, ...past] };
    this.schedule = { value, validFrom, validUntil };
    return value;
  }

  /** The next moment an upcoming event ends and becomes past (epoch ms), or undefined when none will. */
  nextEventEndAfter(at: number): number | undefined {
    this.eventScheduleAt(at);
    const until = this.schedule!.validUntil;
    return until === Infinity ? undefined : until;
  }

  get eventsPageCount(): number {
    return pageCountFor(this.eventCount);
  }

  /** One page of /events at a moment; undefined when the page does not exist. */
  eventsPage(pageNumber: number, at: number): EventsPage | undefined {
    const pageCount = this.eventsPageCount;
    if (!Number.isInteger(pageNumber) || pageNumber < 1 || pageNumber > pageCount) return undefined;
    const schedule = this.eventScheduleAt(at);
    const { listing } = this.schedule!.value;
    const start = (pageNumber - 1) * site.newsPageSize;
    const end = start + site.newsPageSize;
    const upcomingCount = schedule.upcoming.length;
    return {
      upcoming: listing.slice(Math.min(start, upcomingCount), Math.min(end, upcomingCount)),
      past: listing.slice(Math.max(start, upcomingCount), Math.max(end, upcomingCount)),
      pageNumber,
      pageCount,
    };
  }
}

export interface ContentIndexOptions {
  /**
   * Editors' preview (`next dev`): drafts and scheduled articles are shown
   * everywhere, marked, and content errors are shown instead of thrown.
   */
  preview?: boolean;
  /** The search index the build serialised over `allArticles` (the snapshot's), read on the first search. */
  prebuiltSearchIndex?: () => string;
}

/** An old address of an article and the slug it now lives at. */
export interface AliasRedirect {
  alias: string;
  slug: string;
}

/**
 * The content index. Its default accessors (`articles`, `bySlug`, `latest`,
 * `newsPage`, `moreNewsFor`...) answer with what readers may see right now:
 * no drafts, nothing scheduled for later. Feeds, the sitemap and search
 * must use them (or `publishedAt()`), never `allArticles`.
 */
export class ContentIndex {
  /** Every valid article, drafts and scheduled ones included, newest first: for editors' tools only. */
  readonly allArticles: readonly Article[];
  readonly themes: readonly Theme[];
  readonly partners: readonly Partner[];
  readonly problems: readonly ContentProblem[];
  readonly preview: boolean;
  /** Set when the search index was built ahead (see ContentIndexOptions). */
  readonly prebuiltSearchIndex?: () => string;
  /** Articles that are not drafts, newest first: the ones that are or will be published. */
  private readonly releasable: readonly Article[];
  private readonly rejected: ReadonlyMap<string, string>;
  private readonly themeMap = new Map<string, Theme>();
  private readonly partnerMap = new Map<string, Partner>();
  private readonly bodies = new Map<Article, string>();
  /** The publication for the current moment, valid while `validFrom <= now < validUntil`. */
  private current?: { publication: Publication; validFrom: number; validUntil: number };
  private eventual?: Publication;
  private themeCounts?: { publication: Publication; counts: readonly ThemeWithCount[] };
  private aliasTargets?: Map<string, string>;

  constructor(content: Pick<LoadedContent, "articles" | "themes" | "partners" | "problems"> & Partial<Pick<LoadedContent, "rejectedArticles">>, options: ContentIndexOptions = {}) {
    this.allArticles = [...content.articles].sort(byNewestThenSlug);
    this.releasable = this.allArticles.filter((article) => !article.draft);
    this.themes = content.themes;
    this.partners = content.partners;
    this.problems = content.problems;
    this.preview = options.preview ?? false;
    this.prebuiltSearchIndex = options.prebuiltSearchIndex;
    this.rejected = new Map((content.rejectedArticles ?? []).map(({ slug, file }) => [slug, file]));
    for (const theme of this.themes) this.themeMap.set(theme.id, theme);
    for (const partner of this.partners) this.partnerMap.set(partner.id, partner);
  }

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
    if (this.preview) {
      this.current = { publication: new Publication(this.allArticles), validFrom: -Infinity, validUntil: Infinity };
      return this.current.publication;
    }
    // `releasable` is newest first: the published ones are those from the first one dated at or before `at`.
    const first = firstAtOrBefore(this.releasable, at);
    const publication = first === 0 && this.eventual ? this.eventual : new Publication(this.releasable.slice(first));
    this.current = {
      publication,
      validFrom: this.releasable[first]?.date.epochMs ?? -Infinity,
      validUntil: first > 0 ? this.releasable[first - 1].date.epochMs : Infinity,
    };
    return publication;
  }

  /**
   * Every article that is published or will be without a new deploy (the
   * scheduled ones), newest first: what to prerender, so a scheduled
   * article's address and listing pages exist once its moment comes.
   */
  get upcoming(): Publication {
    if (this.preview) return this.publishedAt();
    if (!this.eventual) {
      const current = this.publishedAt();
      this.eventual = this.current?.validUntil === Infinity ? current : new Publication(this.releasable);
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
    return this.prebuiltSearchIndex ? this.allArticles : this.upcoming.articles;
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

  get newsPageCount(): number {
    return this.publishedAt().newsPageCount;
  }

  newsPage(pageNumber: number): NewsPage | undefined {
    return this.publishedAt().newsPage(pageNumber);
  }

  moreNewsFor(article: Article, count: number = site.moreNewsCount): Article[] {
    return this.publishedAt().moreNewsFor(article, count);
  }

  /** Upcoming events and then past ones at a moment (default: now); see Publication.eventScheduleAt. */
  eventSchedule(at: number = now()): EventSchedule {
    return this.publishedAt(at).eventScheduleAt(at);
  }

  /** The next few events that are not over yet, soonest first: the home page's. */
  upcomingEvents(count: number = site.homeEventCount, at: number = now()): Article[] {
    return this.eventSchedule(at).upcoming.slice(0, count);
  }

  get eventsPageCount(): number {
    return this.publishedAt().eventsPageCount;
  }

  /** One page of /events at a moment (default: now); undefined when the page does not exist. */
  eventsPage(pageNumber: number, at: number = now()): EventsPage | undefined {
    return this.publishedAt(at).eventsPage(pageNumber, at);
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
    const moments = [this.nextReleaseAt(at), this.publishedAt(at).nextEventEndAfter(at)].filter((moment): moment is number => moment !== undefined);
    return moments.length > 0 ? Math.min(...moments) : undefined;
  }

  /**
   * Old addresses to redirect: the aliases of every article that is not a
   * draft (a scheduled article's alias leads to its 404 until the release, and
   * reveals nothing to someone who did not know the old address).
   */
  aliasRedirects(): AliasRedirect[] {
    return this.releasable.flatMap((article) => article.aliases.map((alias) => ({ alias, slug: article.slug })));
  }

  /**
   * The article an old address leads to right now: undefined for an unknown
   * alias, a draft's, and a scheduled article's until its moment (its old
   * address must not reveal where it will appear).
   */
  articleForAlias(alias: string): Article | undefined {
    this.aliasTargets ??= new Map(this.aliasRedirects().map(({ alias: old, slug }) => [old, slug]));
    const slug = this.aliasTargets.get(alias);
    return slug === undefined ? undefined : this.bySlug(slug);
  }

  /**
   * Errors that concern one article: those in its own file (found by slug
   * even when the file was too broken to load) and those in the shared files
   * (themes.yml, partners.yml) it depends on.
   */
  errorsForSlug(slug: string): ContentProblem[] {
    const file = this.allArticles.find((article) => article.slug === slug)?.file ?? this.rejected.get(slug);
    if (file === undefined) return [];
    const articleFiles = new Set([...this.allArticles.map((article) => article.file), ...this.rejected.values()]);
    return this.problems.filter((problem) => problem.severity === "error" && (problem.file === file || !articleFiles.has(problem.file)));
  }

  /** Slugs of article files that failed to load: in preview their pages show the errors. */
  get rejectedSlugs(): string[] {
    return [...this.rejected.keys()];
  }

  /** A theme's published articles, newest first; empty for an unknown id. */
  articlesForTheme(id: string): Article[] {
    return this.publishedAt().articlesFor(`theme:${id}`);
  }

  /** The published articles a partner was involved in, newest first; empty for an unknown id. */
  articlesForPartner(id: string): Article[] {
    return this.publishedAt().articlesFor(`partner:${id}`);
  }

  /** Every theme in themes.yml order with its count of published articles; counted once per publication. */
  themesWithCounts(): readonly ThemeWithCount[] {
    const publication = this.publishedAt();
    if (this.themeCounts?.publication !== publication) {
      this.themeCounts = { publication, counts: this.themes.map((theme) => ({ theme, articleCount: publication.countFor(`theme:${theme.id}`) })) };
    }
    return this.themeCounts.counts;
  }

  /** Pages of a theme's listing (at least 1, so an empty theme still has its page). */
  themePageCount(id: string, publication: Publication = this.publishedAt()): number {
    return pageCountFor(publication.countFor(`theme:${id}`));
  }

  /** One page of a theme's listing; undefined for an unknown theme or a page that does not exist. */
  themePage(id: string, pageNumber: number): NewsPage | undefined {
    return this.themeMap.has(id) ? this.publishedAt().pageFor(`theme:${id}`, pageNumber) : undefined;
  }

  /** Pages of a partner's listing (at least 1). */
  partnerPageCount(id: string, publication: Publication = this.publishedAt()): number {
    return pageCountFor(publication.countFor(`partner:${id}`));
  }

  /** One page of a partner's news; undefined for an unknown partner or a page that does not exist. */
  partnerPage(id: string, pageNumber: number): NewsPage | undefined {
    return this.partnerMap.has(id) ? this.publishedAt().pageFor(`partner:${id}`, pageNumber) : undefined;
  }

  /** The article's words without Markdown syntax or URLs, for the search index; not cached, as search reads it once. */
  bodyText(article: Article): string {
    return markdownToSearchText(article.markdown);
  }

  theme(id: string): Theme | undefined {
    return this.themeMap.get(id);
  }

  partner(id: string): Partner | undefined {
    return this.partnerMap.get(id);
  }

  partnersOf(article: Article): Partner[] {
    return article.partners.map((id) => this.partnerMap.get(id)).filter((p): p is Partner => p !== undefined);
  }

  themesOf(article: Pick<Article, "themes">): Theme[] {
    return article.themes.map((id) => this.themeMap.get(id)).filter((t): t is Theme => t !== undefined);
  }

  /** The article's body as sanitized HTML, rendered the first time it is asked for. */
  bodyHtml(article: Article): string {
    let html = this.bodies.get(article);
    if (html === undefined) {
      html = markdownToHtml(article.markdown);
      this.bodies.set(article, html);
    }
    return html;
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

function pageCountFor(articleCount: number): number {
  return Math.max(1, Math.ceil(articleCount / site.newsPageSize));
}

function isBetter(position: number, other: number, scores: Uint8Array): boolean {
  return scores[position] > scores[other] || (scores[position] === scores[other] && position < other);
}

function relationKeys(article: Article): string[] {
  return [...article.themes.map((id) => `theme:${id}`), ...article.partners.map((id) => `partner:${id}`)];
}

let memo: { key: string; dir: string; index: ContentIndex } | undefined;

/** `next dev` is the editors' preview: drafts shown, edits seen on the next load, errors shown. */
function isPreview(): boolean {
  return process.env.NODE_ENV === "development";
}

/**
 * `next build` (its page workers) and `next start` serve the content snapshot
 * the build wrote; only the preview, `npm run check`, the scripts and the
 * tests read the content folder.
 */
function servesSnapshot(): boolean {
  return process.env.NODE_ENV === "production";
}

/*
 * Kept on globalThis, not in this module: the proxy and the pages are bundled
 * apart, each with its own copy of this module, and one process must hold one index.
 */
const SNAPSHOT_INDEX = Symbol.for("hsd-news.snapshotIndex");
type SnapshotHolder = { [SNAPSHOT_INDEX]?: { distDir: string; index: ContentIndex } };

function snapshotIndex(): ContentIndex {
  const holder = globalThis as SnapshotHolder;
  const distDir = buildOutputDirName();
  const held = holder[SNAPSHOT_INDEX];
  if (held && held.distDir === distDir) return held.index;
  const snapshot = readSnapshot(distDir);
  const index = new ContentIndex({ ...snapshot, problems: [] }, { prebuiltSearchIndex: snapshot.readSearchIndex });
  holder[SNAPSHOT_INDEX] = { distDir, index };
  return index;
}

/**
 * The index for this process, built on first use. In production (`next
 * build`'s page workers and `next start`) it is the content snapshot the build
 * wrote, never the content folder. Elsewhere it is read from CONTENT_DIR and
 * throws a ContentError listing every problem when the content has errors, so
 * nothing is dropped silently. In preview (`next dev`) the index is rebuilt
 * when a file changes, and errors are kept for the pages to show, so one
 * broken file does not take the rest of the site down. A reload
 * (refreshContentIndex) that meets errors keeps the last good index of the
 * same folder and logs one line.
 */
export function getContentIndex(): ContentIndex {
  if (servesSnapshot()) return snapshotIndex();
  const dir = resolveContentDir();
  const preview = isPreview();
  // Outside the preview the content is read once; in preview a stat of each file tells whether anything changed.
  const key = preview ? `${dir}\n${contentFingerprint(dir)}` : dir;
  if (memo && memo.key === key) return memo.index;
  // Warnings are for `npm run check`; the site needs only what decides publishing.
  const content = loadContent(dir, { warnings: false });
  if (!preview && content.problems.some((p) => p.severity === "error")) {
    if (!memo || memo.dir !== dir) throw new ContentError(content.problems);
    console.error(`content: ${reloadFailure(content.problems)}; still serving the last good content`);
    memo = { ...memo, key };
    return memo.index;
  }
  const index = new ContentIndex(content, { preview });
  memo = { key, dir, index };
  return index;
}

/** Re-reads the content folder now; on errors the last good index stays (see getContentIndex). */
export function refreshContentIndex(): ContentIndex {
  if (memo) memo = { ...memo, key: "" };
  return getContentIndex();
}

function reloadFailure(problems: readonly ContentProblem[]): string {
  const errors = problems.filter((p) => p.severity === "error");
  return `reload failed with ${errors.length} ${errors.length === 1 ? "error" : "errors"}, first ${formatProblem(errors[0])}`;
}
