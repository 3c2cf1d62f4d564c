/**
 * The content catalogue: what the content holds, whatever the time. Every valid article, the
 * themes and partners, their names and texts in each edition, rendered bodies, the listings that
 * exist, aliases and the content's errors: each answer stays the same for the life of the
 * catalogue (bodies and edition texts are made on first use, once each). What readers may see
 * at a moment (drafts never, scheduled articles from their moment on) is the publication view's
 * (publicationView.ts); which catalogue a process uses is currentIndex.ts's.
 */
import { compareNewestFirst } from "../lib/dates";
import { EVENTS_LISTING, NEWS_LISTING, partnerListing, themeListing, type Listing } from "../lib/routes";
import { EDITIONS } from "../lib/editions";
import type { LoadedContent } from "./load";
import { markdownToHtml, markdownToSearchText } from "./markdown";
import type {
  AliasRedirect,
  Article,
  ArticleInEdition,
  ArticleTranslation,
  ContentProblem,
  Edition,
  Partner,
  PartnerInEdition,
  Theme,
  ThemeInEdition,
} from "./model";

export interface CatalogueOptions {
  /**
   * Editors' preview (`next dev`): drafts and scheduled articles are shown
   * everywhere, marked, and content errors are shown instead of thrown.
   */
  preview?: boolean;
  /** The search index of an edition the build serialised over `allArticles` (the snapshot's), read on the edition's first search. */
  prebuiltSearchIndex?: (edition: Edition) => string;
}

/** What a catalogue is made of: the loader's content, or the build's snapshot. */
export type CatalogueContent = Pick<LoadedContent, "articles" | "themes" | "partners" | "problems"> &
  Partial<Pick<LoadedContent, "rejectedArticles" | "rejectedTranslations">>;

function byNewestThenSlug(a: Article, b: Article): number {
  return compareNewestFirst(a.date, b.date) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/**
 * The content catalogue. Nothing here asks the clock: `allArticles` holds drafts and scheduled
 * articles too, so what readers see (feeds, the sitemap, search, every listing) comes from the
 * publication view, never from `allArticles`.
 */
export class ContentCatalogue {
  /** Every valid article, drafts and scheduled ones included, newest first: for editors' tools only. */
  readonly allArticles: readonly Article[];
  /** Articles that are not drafts, newest first: the ones that are or will be published. */
  readonly releasable: readonly Article[];
  readonly themes: readonly Theme[];
  readonly partners: readonly Partner[];
  readonly problems: readonly ContentProblem[];
  readonly preview: boolean;
  /** Set when the search indexes were built ahead (see CatalogueOptions). */
  readonly prebuiltSearchIndex?: (edition: Edition) => string;
  private readonly rejected: ReadonlyMap<string, string>;
  /** Translation files that failed to load, by `<language>/<slug>`. */
  private readonly rejectedTranslations: ReadonlyMap<string, string>;
  private readonly themeMap = new Map<string, Theme>();
  private readonly partnerMap = new Map<string, Partner>();
  /** Rendered bodies, of articles and of translations. */
  private readonly bodies = new Map<Article | ArticleTranslation, string>();
  /** What inEdition answered: the English text by article, a translated one by its translation. */
  private readonly shownTexts = new Map<Article | ArticleTranslation, ArticleInEdition>();
  private readonly themesInEditions = {
    en: new Map<Theme, ThemeInEdition>(),
    nl: new Map<Theme, ThemeInEdition>(),
  } satisfies Record<Edition, unknown>;
  private readonly partnersInEditions = {
    en: new Map<Partner, PartnerInEdition>(),
    nl: new Map<Partner, PartnerInEdition>(),
  } satisfies Record<Edition, unknown>;
  private aliasTargets?: Map<string, string>;

  constructor(content: CatalogueContent, options: CatalogueOptions = {}) {
    this.allArticles = [...content.articles].sort(byNewestThenSlug);
    this.releasable = this.allArticles.filter((article) => !article.draft);
    this.themes = content.themes;
    this.partners = content.partners;
    this.problems = content.problems;
    this.preview = options.preview ?? false;
    this.prebuiltSearchIndex = options.prebuiltSearchIndex;
    this.rejected = new Map((content.rejectedArticles ?? []).map(({ slug, file }) => [slug, file]));
    this.rejectedTranslations = new Map(
      (content.rejectedTranslations ?? []).map(({ slug, language, file }) => [`${language}/${slug}`, file]),
    );
    for (const theme of this.themes) this.themeMap.set(theme.id, theme);
    for (const partner of this.partners) this.partnerMap.set(partner.id, partner);
  }

  /** Every listing of the site: all the news, the events, each theme, each partner (in their files' order). */
  listings(): Listing[] {
    return [
      NEWS_LISTING,
      EVENTS_LISTING,
      ...this.themes.map(({ id }) => themeListing(id)),
      ...this.partners.map(({ id }) => partnerListing(id)),
    ];
  }

  /** Whether a listing exists: the news and the events always, a theme or partner when the content names it. */
  hasListing(listing: Listing): boolean {
    if (listing.kind === "theme") return this.themeMap.has(listing.id);
    if (listing.kind === "partner") return this.partnerMap.has(listing.id);
    return true;
  }

  /**
   * Old addresses to redirect: the aliases of every article that is not a
   * draft (a scheduled article's alias leads to its 404 until the release, and
   * reveals nothing to someone who did not know the old address).
   */
  aliasRedirects(): AliasRedirect[] {
    return this.releasable.flatMap((article) => article.aliases.map((alias) => ({ alias, slug: article.slug })));
  }

  /** The slug an old address names (one of aliasRedirects), whether or not its article is published yet. */
  aliasTarget(alias: string): string | undefined {
    this.aliasTargets ??= new Map(this.aliasRedirects().map(({ alias: old, slug }) => [old, slug]));
    return this.aliasTargets.get(alias);
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
      const translationFile =
        article?.translations?.[edition]?.file ?? this.rejectedTranslations.get(`${edition}/${slug}`);
      if (translationFile !== undefined) own.add(translationFile);
    }
    // A translation that loaded has no errors: those of the rejected ones are all there is to place.
    const textFiles = new Set([
      ...this.allArticles.map((text) => text.file),
      ...this.rejected.values(),
      ...this.rejectedTranslations.values(),
    ]);
    return this.problems.filter(
      (problem) => problem.severity === "error" && (own.has(problem.file) || !textFiles.has(problem.file)),
    );
  }

  /** Slugs of article files that failed to load: in preview their pages show the errors. */
  get rejectedSlugs(): string[] {
    return [...this.rejected.keys()];
  }

  /**
   * The words of the article's text in an edition (its translation's, else the English), without
   * Markdown syntax or URLs, for the search index; not cached, as search reads it once.
   */
  bodyText(article: Article, edition: Edition = "en"): string {
    return markdownToSearchText(
      (edition === "en" ? undefined : article.translations?.[edition])?.markdown ?? article.markdown,
    );
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
      imageCaptionLanguage: !article.image
        ? undefined
        : translation.imageCaption !== undefined
          ? translation.language
          : article.image.caption !== undefined
            ? "en"
            : undefined,
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
