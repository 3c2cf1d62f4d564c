/**
 * The content as the site knows it: articles, themes, partners, events, listings, and what the
 * content index answers with. Types only, no I/O: components and the machine formats
 * (src/publish) import from here, never from the loader. The contract (schema.ts) checks the
 * files against these types. Two of them live in src/lib, which imports nothing of the site but
 * needs them for the addresses: `Edition` (editions.ts) and `Listing` (routes.ts); they are
 * named here as well, so the model reads whole.
 */
import type { ContentDate } from "../lib/dates";
import type { Edition } from "../lib/editions";

export type { ContentDate, Edition };
export type { Listing } from "../lib/routes";

/**
 * The languages an article may be translated into (`<slug>.nl.md` beside `<slug>.md`): those of
 * the editions other than the English one, which every article is written in. The language of a
 * text, of an edition and of a page are all an `Edition`: the editions are named by their language.
 */
export type TranslationLanguage = Exclude<Edition, "en">;

/** A theme, as themes.yml gives it. */
export interface Theme {
  id: string;
  name: string;
  description?: string;
  /** The Dutch edition's name and description; absent, the English ones are shown there. */
  nl?: { name: string; description?: string };
}

/** A partner, as partners.yml gives it. */
export interface Partner {
  id: string;
  name: string;
  /** The partner's web address (http or https). */
  url: string;
  /** A path under public/ or an https:// URL. */
  logo?: string;
  /** The Dutch edition's name; absent, the English one is shown there. */
  nl?: { name: string };
}

/** Where every crop of a photo keeps its focus: two percentages, across then down (`"30% 40%"`). */
export interface PhotoFocus {
  /** 0 (left edge) to 100 (right edge). */
  x: number;
  /** 0 (top) to 100 (bottom). */
  y: number;
}

/** Something wrong (an error) or worth an editor's look (a warning) in a content file. */
export interface ContentProblem {
  /** Path of the file, relative to the project root when inside it. */
  file: string;
  /** The front-matter field, or what part of the file is wrong ("file name", "front matter", "body"). */
  field: string;
  message: string;
  severity: "error" | "warning";
}

/**
 * What the image check (src/content/photos.ts) read of a local photo at build: pages hand these
 * to next/image and never open the file.
 */
export interface PhotoFacts {
  /** sharp's name of the file's format: "jpeg", "png", "webp" or "heif" (AVIF). */
  format: string;
  /** As readers see it: after the EXIF orientation (a phone's upright photo is stored on its side). */
  width: number;
  height: number;
  /** A tiny blurred version (a data: URL of a few hundred bytes) shown while the photo loads. */
  placeholder: string;
}

export interface ArticleImage {
  /** `/images/harbour.jpg` (a file under public/) or an https:// URL on an allowed host. */
  src: string;
  alt: string;
  caption?: string;
  /** Shown as "Photo: ...". */
  credit?: string;
  /** The point every crop keeps in view; the middle when not given. */
  focus?: PhotoFocus;
  /** Set by the build's image check for a local photo; absent for a remote one (and in the editors' preview). */
  facts?: PhotoFacts;
}

/** An article's event, as the site keeps it: plain data, dates as ContentDate like `date`. */
export interface ArticleEvent {
  /** All day when it has no time. */
  start: ContentDate;
  /** Same kind as start (both with a time, or neither); for an all-day event, the last day. */
  end?: ContentDate;
  location?: string;
  address?: string;
  /** https link to join online. */
  online?: string;
  /** https link to register. */
  registration?: string;
}

export interface Article {
  slug: string;
  /** Path of the source file, as shown in messages. */
  file: string;
  title: string;
  date: ContentDate;
  updated?: ContentDate;
  author?: string;
  /** Plain text; the front-matter summary, or the first paragraph when none is given. */
  readonly summary: string;
  themes: readonly string[];
  partners: readonly string[];
  image?: ArticleImage;
  draft: boolean;
  aliases: readonly string[];
  /** Present when the article announces an event: when and where it takes place. */
  event?: ArticleEvent;
  /** The Markdown body, rendered on demand by the index (at most once per process). */
  markdown: string;
  /**
   * Translations of the article (`<slug>.nl.md`): their own text; everything else (date, themes,
   * partners, image, aliases, event, and whether it is published) is the article's.
   */
  translations?: { readonly [language in TranslationLanguage]?: ArticleTranslation };
}

/** An article's text in another language, from `<slug>.<language>.md`. */
export interface ArticleTranslation {
  language: TranslationLanguage;
  /** Path of the translation's file, as shown in messages. */
  file: string;
  title: string;
  /** Plain text; the translation's summary, or the first paragraph of its body when none is given. */
  readonly summary: string;
  author?: string;
  /** The image's description in this language (the image is the original's). */
  imageAlt?: string;
  /** The image's caption in this language. */
  imageCaption?: string;
  /** When this text last changed significantly; the original's `updated` is its own. */
  updated?: ContentDate;
  /** The Markdown body, rendered on demand by the index (at most once per process). */
  markdown: string;
}

/**
 * An article as an edition shows it (catalogue.inEdition): the translation's text where there is
 * one, else the English text, marked as such (`language: "en"`). Dates, themes, partners, image,
 * event and address are the article's.
 */
export interface ArticleInEdition {
  article: Article;
  /** The language of the text below: the edition's, or "en" where the article is not translated. */
  language: Edition;
  title: string;
  /** Derived from the body of the text shown when it has none of its own. */
  readonly summary: string;
  author?: string;
  /** The description of the article's image (undefined when it has none), and its language. */
  imageAlt?: string;
  imageAltLanguage?: Edition;
  /** The caption of the article's image as the edition shows it, and its language. */
  imageCaption?: string;
  imageCaptionLanguage?: Edition;
  /** The `updated` of the text shown. */
  updated?: ContentDate;
  /** The body as sanitized HTML, rendered the first time it is read. */
  readonly html: string;
}

/** A theme as an edition names it: its Dutch name and description in the Dutch edition where given. */
export interface ThemeInEdition extends Theme {
  /** The language of `name`. */
  language: Edition;
  /** The language of `description`, when there is one. */
  descriptionLanguage?: Edition;
}

/** A partner as an edition names it: its Dutch name in the Dutch edition where given. */
export interface PartnerInEdition extends Partner {
  /** The language of `name`. */
  language: Edition;
}

/** Where an article stands at a moment: what decides whether readers can see it. */
export type PublicationStatus = "published" | "scheduled" | "draft";

/** An old address of an article and the slug it now lives at. */
export interface AliasRedirect {
  alias: string;
  slug: string;
}

export interface ThemeWithCount {
  theme: Theme;
  /** Published articles filed under the theme. */
  articleCount: number;
}

/** One page of a listing (news, a theme, a partner, the events). */
export interface ListingPage {
  /** In the listing's order: newest first; for the events, the upcoming ones first, then the past ones. */
  articles: Article[];
  /** 1-based. */
  pageNumber: number;
  pageCount: number;
}

/** One page of the events: its articles split into those to come and those over. */
export interface EventsPage extends ListingPage {
  upcoming: Article[];
  past: Article[];
}

/** Where an event stands at a moment. */
export type EventStatus = "upcoming" | "ongoing" | "past";

/** When an event begins and is over, as instants. */
export interface EventPeriod {
  startMs: number;
  /** The moment the event is over (exclusive). */
  endMs: number;
  allDay: boolean;
  /** A timed event without an end: it counts as running until the end of its day. */
  openEnded: boolean;
}

/** The events of a publication at a moment: the upcoming ones, then the past ones. */
export interface EventSchedule {
  /** Not over yet, soonest start first (so those taking place now come first). */
  readonly upcoming: readonly Article[];
  /** Over, the most recent first (by start). */
  readonly past: readonly Article[];
}

export interface HighlightSegment {
  text: string;
  /** True for a word that matched the query: shown in <mark>. */
  match: boolean;
}

export interface SearchHit {
  article: Article;
  /** The article as the searched edition shows it: its title, summary and their language. */
  inEdition: ArticleInEdition;
  score: number;
  /** The summary of the text shown (`inEdition.summary`) cut into plain-text pieces; the caller renders matches as <mark>, escaping all text. */
  summary: HighlightSegment[];
}

/** What a search answers: results, or why there are none to look for. */
export type SearchOutcome =
  | { kind: "empty" }
  | { kind: "too-long"; length: number }
  | { kind: "no-words" }
  | {
      kind: "results";
      query: string;
      total: number;
      hits: SearchHit[];
      /** Words of the query that were not looked up: too common to narrow the search, or beyond `site.searchMaxTerms`. */
      ignoredWords: string[];
      /** Which page of the results `hits` is (from 1), of how many. */
      pageNumber: number;
      pageCount: number;
    };

/** An article as the browser's search knows it, in one edition. */
export interface StaticSearchRecord {
  url: string;
  /** The edition: Pagefind keeps one index per language and the browser loads its page's. */
  language: Edition;
  /** Title, summary, themes and partners, as the edition shows them (not the body: see staticSearch.ts). */
  content: string;
  meta: {
    title: string;
    summary: string;
    /** The article's date, `YYYY-MM-DD`, and as the edition writes it. */
    date: string;
    displayDate: string;
    /** The language of the text: the edition's, or "en" for an untranslated article in the Dutch edition. */
    textLanguage: Edition;
    /** "1" when the article announces an event. */
    event?: string;
  };
  filters: Record<string, string[]>;
  sort: { date: string };
}
