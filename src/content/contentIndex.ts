/**
 * The content index: the one source of truth pages ask. It holds every valid article, the
 * themes and partners, and decides what readers see at a moment (drafts never, scheduled
 * articles from their moment on); queries are cheap lookups, and article bodies are rendered
 * on demand, once each. Which index a process uses is currentIndex.ts's.
 */
import { now } from "../lib/clock";
import { compareNewestFirst } from "../lib/dates";
import { EVENTS_LISTING, NEWS_LISTING, partnerListing, themeListing, type EventsListing, type Listing } from "../lib/routes";
import { EDITIONS } from "../lib/editions";
import { site } from "../lib/site";
import { eventPeriod, eventStatusAt } from "./events";
import type { LoadedContent } from "./load";
import { markdownToHtml, markdownToSearchText } from "./markdown";
import type {
  AliasRedirect,
  Article,
  ArticleInEdition,
  ArticleTranslation,
  ContentProblem,
  EventSchedule,
  EventsPage,
  EventStatus,
  Edition,
  ListingPage,
  Partner,
  PartnerInEdition,
  PublicationStatus,
  Theme,
  ThemeInEdition,
  ThemeWithCount,
} from "./model";
import { Publication } from "./publication";

export interface ContentIndexOptions {
  /**
   * Editors' preview (`next dev`): drafts and scheduled articles are shown
   * everywhere, marked, and content errors are shown instead of thrown.
   */
  preview?: boolean;
  /** The search index of an edition the build serialised over `allArticles` (the snapshot's), read on the edition's first search. */
  prebuiltSearchIndex?: (edition: Edition) => string;
}

function byNewestThenSlug(a: Article, b: Article): number {
  return compareNewestFirst(a.date, b.date) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/**
 * The content index. Its default accessors (`articles`, `bySlug`, `latest`,
 * `listingPage`, `moreNewsFor`...) answer with what readers may see right now:
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
  /** Set when the search indexes were built ahead (see ContentIndexOptions). */
  readonly prebuiltSearchIndex?: (edition: Edition) => string;
  /** Articles that are not drafts, newest first: the ones that are or will be published. */
  private readonly releasable: readonly Article[];
  private readonly rejected: ReadonlyMap<string, string>;
  /** Translation files that failed to load, by `<language>/<slug>`. */
  private readonly rejectedTranslations: ReadonlyMap<string, string>;
  private readonly themeMap = new Map<string, Theme>();
  private readonly partnerMap = new Map<string, Partner>();
  /** Rendered bodies, of articles and of translations. */
  private readonly bodies = new Map<Article | ArticleTranslation, string>();
  /** What inEdition answered: the English text by article, a translated one by its translation. */
  private readonly shownTexts = new Map<Article | ArticleTranslation, ArticleInEdition>();
  private readonly themesInEditions = { en: new Map<Theme, ThemeInEdition>(), nl: new Map<Theme, ThemeInEdition>() } satisfies Record<Edition, unknown>;
  private readonly partnersInEditions = { en: new Map<Partner, PartnerInEdition>(), nl: new Map<Partner, PartnerInEdition>() } satisfies Record<Edition, unknown>;
  /** The publication for the current moment, valid while `validFrom <= now < validUntil`. */
  private current?: { publication: Publication; validFrom: number; validUntil: number };
  private eventual?: Publication;
  private themeCounts?: { publication: Publication; counts: readonly ThemeWithCount[] };
  private aliasTargets?: Map<string, string>;

  constructor(
    content: Pick<LoadedContent, "articles" | "themes" | "partners" | "problems"> & Partial<Pick<LoadedContent, "rejectedArticles" | "rejectedTranslations">>,
    options: ContentIndexOptions = {},
  ) {
    this.allArticles = [...content.articles].sort(byNewestThenSlug);
    this.releasable = this.allArticles.filter((article) => !article.draft);
    this.themes = content.themes;
    this.partners = content.partners;
    this.problems = content.problems;
    this.preview = options.preview ?? false;
    this.prebuiltSearchIndex = options.prebuiltSearchIndex;
    this.rejected = new Map((content.rejectedArticles ?? []).map(({ slug, file }) => [slug, file]));
    this.rejectedTranslations = new Map((content.rejectedTranslations ?? []).map(({ slug, language, file }) => [`${language}/${slug}`, file]));
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

  /** Every listing of the site: all the news, the events, each theme, each partner (in their files' order). */
  listings(): Listing[] {
    return [NEWS_LISTING, EVENTS_LISTING, ...this.themes.map(({ id }) => themeListing(id)), ...this.partners.map(({ id }) => partnerListing(id))];
  }

  /** Whether a listing exists: the news and the events always, a theme or partner when the content names it. */
  hasListing(listing: Listing): boolean {
    if (listing.kind === "theme") return this.themeMap.has(listing.id);
    if (listing.kind === "partner") return this.partnerMap.has(listing.id);
    return true;
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
    return this.hasListing(listing) ? this.publishedAt(at).listingPage(listing, pageNumber, at) : undefined;
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
   * Errors that concern one article in an edition: those in its own file (found by slug even
   * when the file was too broken to load), in the edition's translation of it (so a broken
   * translation shows on the Dutch page only, never taking the English one down), and those in
   * the shared files (themes.yml, partners.yml) it depends on.
   */
  errorsForSlug(slug: string, edition: Edition = "en"): ContentProblem[] {
    const article = this.allArticles.find((candidate) => candidate.slug === slug);
    const file = article?.file ?? this.rejected.get(slug);
    if (file === undefined) return [];
    const own = new Set([file]);
    if (edition !== "en") {
      const translationFile = article?.translations?.[edition]?.file ?? this.rejectedTranslations.get(`${edition}/${slug}`);
      if (translationFile !== undefined) own.add(translationFile);
    }
    // A translation that loaded has no errors: those of the rejected ones are all there is to place.
    const textFiles = new Set([...this.allArticles.map((text) => text.file), ...this.rejected.values(), ...this.rejectedTranslations.values()]);
    return this.problems.filter((problem) => problem.severity === "error" && (own.has(problem.file) || !textFiles.has(problem.file)));
  }

  /** Slugs of article files that failed to load: in preview their pages show the errors. */
  get rejectedSlugs(): string[] {
    return [...this.rejected.keys()];
  }

  /** Every theme in themes.yml order with its count of published articles; counted once per publication. */
  themesWithCounts(): readonly ThemeWithCount[] {
    const publication = this.publishedAt();
    if (this.themeCounts?.publication !== publication) {
      this.themeCounts = { publication, counts: this.themes.map((theme) => ({ theme, articleCount: publication.listingSize(themeListing(theme.id)) })) };
    }
    return this.themeCounts.counts;
  }

  /**
   * The words of the article's text in an edition (its translation's, else the English), without
   * Markdown syntax or URLs, for the search index; not cached, as search reads it once.
   */
  bodyText(article: Article, edition: Edition = "en"): string {
    return markdownToSearchText((edition === "en" ? undefined : article.translations?.[edition])?.markdown ?? article.markdown);
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

  /**
   * A theme as an edition names it: in the Dutch edition its `nl` name and description where
   * themes.yml gives them, the English ones (marked "en") where it does not. One object per
   * theme and edition, made on first use.
   */
  themeIn(theme: Theme, edition: Edition): ThemeInEdition {
    const made = this.themesInEditions[edition];
    let shown = made.get(theme);
    if (!shown) {
      const dutch = edition === "nl" ? theme.nl : undefined;
      const description = dutch?.description ?? theme.description;
      shown = {
        ...theme,
        name: dutch?.name ?? theme.name,
        description,
        language: dutch ? edition : "en",
        descriptionLanguage: description === undefined ? undefined : dutch?.description ? edition : "en",
      };
      made.set(theme, shown);
    }
    return shown;
  }

  /** The theme's name in an edition (see themeIn). */
  themeName(theme: Theme, edition: Edition): string {
    return this.themeIn(theme, edition).name;
  }

  /** A partner as an edition names it: its `nl` name in the Dutch edition where partners.yml gives one. */
  partnerIn(partner: Partner, edition: Edition): PartnerInEdition {
    const made = this.partnersInEditions[edition];
    let shown = made.get(partner);
    if (!shown) {
      const dutch = edition === "nl" ? partner.nl : undefined;
      shown = { ...partner, name: dutch?.name ?? partner.name, language: dutch ? edition : "en" };
      made.set(partner, shown);
    }
    return shown;
  }

  /** The partner's name in an edition (see partnerIn). */
  partnerName(partner: Partner, edition: Edition): string {
    return this.partnerIn(partner, edition).name;
  }

  /** Whether the article has its own text in every edition (a translation for each): only then are its pages each other's alternates. */
  isTranslated(article: Article): boolean {
    return EDITIONS.every((edition) => edition === "en" || article.translations?.[edition] !== undefined);
  }

  /**
   * The article as an edition shows it: the edition's translation where there is one, else the
   * English text with `language: "en"` (the page marks it so). The summary is the text's own,
   * or derived from its body; the body is rendered on first use, once. Made once per text, so an
   * untranslated article is the same object in both editions.
   */
  inEdition(article: Article, edition: Edition): ArticleInEdition {
    const translation = edition === "en" ? undefined : article.translations?.[edition];
    const text = translation ?? article;
    let shown = this.shownTexts.get(text);
    if (!shown) {
      shown = translation ? this.translatedText(article, translation) : this.englishText(article);
      this.shownTexts.set(text, shown);
    }
    return shown;
  }

  private englishText(article: Article): ArticleInEdition {
    const render = () => this.bodyHtml(article);
    return {
      article,
      language: "en",
      title: article.title,
      get summary() {
        return article.summary;
      },
      author: article.author,
      imageAlt: article.image?.alt,
      imageAltLanguage: article.image ? "en" : undefined,
      imageCaption: article.image?.caption,
      imageCaptionLanguage: article.image?.caption !== undefined ? "en" : undefined,
      updated: article.updated,
      get html() {
        return render();
      },
    };
  }

  private translatedText(article: Article, translation: ArticleTranslation): ArticleInEdition {
    const render = () => this.bodyHtml(translation);
    const altLanguage = translation.imageAlt === undefined ? "en" : translation.language;
    return {
      article,
      language: translation.language,
      title: translation.title,
      get summary() {
        return translation.summary;
      },
      // A name reads the same in both languages: the original's, unless the translation gives one.
      author: translation.author ?? article.author,
      imageAlt: article.image ? (translation.imageAlt ?? article.image.alt) : undefined,
      imageAltLanguage: article.image ? altLanguage : undefined,
      // A caption in English only stays English, marked as such.
      imageCaption: article.image ? (translation.imageCaption ?? article.image.caption) : undefined,
      imageCaptionLanguage: !article.image ? undefined : translation.imageCaption !== undefined ? translation.language : article.image.caption !== undefined ? "en" : undefined,
      updated: translation.updated,
      get html() {
        return render();
      },
    };
  }

  /** The body of an article (or of a translation) as sanitized HTML, rendered the first time it is asked for. */
  bodyHtml(text: Article | ArticleTranslation): string {
    let html = this.bodies.get(text);
    if (html === undefined) {
      html = markdownToHtml(text.markdown);
      this.bodies.set(text, html);
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
