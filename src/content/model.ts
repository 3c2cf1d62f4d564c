/**
 * The content as the site knows it: articles, themes, partners, events, listings, and what the
 * content index answers with. Types only, no I/O: components and the machine formats
 * (src/publish) import from here, never from the loader.
 */
import type { ContentDate } from "../lib/dates";
import type { Edition } from "../lib/editions";
import type { Theme } from "./schema";

export type { ContentDate, Edition, Theme };
export type { Listing } from "../lib/routes";
export type { Partner } from "./schema";

/** Something wrong (an error) or worth an editor's look (a warning) in a content file. */
export interface ContentProblem {
  /** Path of the file, relative to the project root when inside it. */
  file: string;
  /** The front-matter field, or what part of the file is wrong ("file name", "front matter", "body"). */
  field: string;
  message: string;
  severity: "error" | "warning";
}

export interface ArticleImage {
  src: string;
  alt: string;
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
}

/**
 * An article as one edition shows it (ContentIndex.inEdition): the translation's own text when the
 * edition has one, the original's otherwise. Date, themes, partners, image and event always come
 * from the original (`article`).
 */
export interface ArticleInEdition {
  article: Article;
  /** The language of the text below: the edition's, or "en" where a Dutch page wraps the English text. */
  language: Edition;
  title: string;
  summary: string;
  author?: string;
  /** The description of the article's image (undefined when it has none), and its language. */
  imageAlt?: string;
  imageAltLanguage?: Edition;
  updated?: ContentDate;
  /** The body as sanitized HTML, rendered the first time it is read. */
  readonly html: string;
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
  score: number;
  /** The summary cut into plain-text pieces; the caller renders matches as <mark>, escaping all text. */
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
    };
