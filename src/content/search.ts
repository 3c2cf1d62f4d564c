/**
 * Full-text search over the published articles with MiniSearch. The search
 * index is built once per content index (so once per process), from the same
 * articles every listing shows; a query then costs lookups in that index,
 * not a scan of the articles.
 */
import MiniSearch, { type SearchResult as MiniSearchResult } from "minisearch";
import { site } from "../lib/site";
import type { Article, ContentIndex, Publication } from "./index";

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

export type SearchOutcome =
  | { kind: "empty" }
  | { kind: "too-long"; length: number }
  | { kind: "no-words" }
  | { kind: "results"; query: string; total: number; hits: SearchHit[] };

interface SearchDocument {
  id: number;
  title: string;
  summary: string;
  body: string;
  themes: string;
  partners: string;
}

/** Words are split where MiniSearch splits them: on spaces and punctuation (any script). */
const WORD_SEPARATOR = /[\n\r\p{Z}\p{P}\p{S}]+/u;
const WORD_OR_SEPARATOR = /([\n\r\p{Z}\p{P}\p{S}]+)/u;

function normalizeTerm(term: string): string {
  // Folds accents so "beveiliging" finds "béveiliging" and the other way round.
  return term.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

const searchOptions = {
  boost: { title: 4, themes: 2, partners: 2, summary: 1.5, body: 1 },
  // Typing the start of a word finds it; small typos in longer words are forgiven.
  prefix: (term: string) => term.length >= 3,
  fuzzy: (term: string) => (term.length >= 5 ? 0.2 : false),
  combineWith: "AND" as const,
};

export class ArticleSearch {
  private readonly engine: MiniSearch<SearchDocument>;
  /** The articles the engine's ids point into: fixed here, as `index.articles` changes at each release. */
  private readonly articles: readonly Article[];

  constructor(index: ContentIndex) {
    this.articles = index.articles;
    this.engine = new MiniSearch<SearchDocument>({
      fields: ["title", "summary", "body", "themes", "partners"],
      tokenize: (text) => text.split(WORD_SEPARATOR).filter(Boolean),
      processTerm: (term) => normalizeTerm(term) || null,
      searchOptions,
    });
    this.engine.addAll(
      this.articles.map((article, id) => ({
        id,
        title: article.title,
        summary: article.summary,
        body: index.bodyText(article),
        themes: index.themesOf(article).map((theme) => theme.name).join(" "),
        partners: index.partnersOf(article).map((partner) => partner.name).join(" "),
      })),
    );
  }

  /** Answers any input: an empty, overlong or wordless query gets an outcome saying so, never an exception. */
  search(rawQuery: string | string[] | undefined, limit: number = site.searchResultLimit): SearchOutcome {
    const query = (Array.isArray(rawQuery) ? rawQuery[0] : rawQuery)?.trim() ?? "";
    if (query === "") return { kind: "empty" };
    if (query.length > site.searchMaxQueryLength) return { kind: "too-long", length: query.length };
    const terms = query.split(WORD_SEPARATOR).map(normalizeTerm).filter(Boolean);
    if (terms.length === 0) return { kind: "no-words" };
    const results = this.engine.search(terms.join(" "));
    const hits = results.slice(0, limit).map((result) => this.hit(result));
    return { kind: "results", query, total: results.length, hits };
  }

  private hit(result: MiniSearchResult): SearchHit {
    const article = this.articles[result.id as number];
    const matched = new Set(result.terms);
    return { article, score: result.score, summary: highlight(article.summary, matched) };
  }
}

/** Splits text into words and separators, flagging the words whose normalized form is in `terms`. */
export function highlight(text: string, terms: ReadonlySet<string>): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  for (const piece of text.split(WORD_OR_SEPARATOR)) {
    if (!piece) continue;
    const match = !WORD_SEPARATOR.test(piece) && terms.has(normalizeTerm(piece));
    const last = segments[segments.length - 1];
    if (last && last.match === match && !match) last.text += piece;
    else segments.push({ text: piece, match });
  }
  return segments;
}

const searches = new WeakMap<Publication, ArticleSearch>();

/**
 * The search over what is published now, built on first use. It is kept per publication, so a
 * scheduled article's release (a new publication) gets a new search index with the article in it.
 */
export function searchFor(index: ContentIndex): ArticleSearch {
  const publication = index.publishedAt();
  let search = searches.get(publication);
  if (!search) searches.set(publication, (search = new ArticleSearch(index)));
  return search;
}
