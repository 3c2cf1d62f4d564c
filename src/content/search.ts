/**
 * Full-text search with MiniSearch over every article that is or will be
 * published; a query shows only what is published at that moment, so a
 * scheduled release needs no new index. One index per edition: the English
 * one over the English texts, the Dutch one over the Dutch translations and
 * the English text of the articles without one (as the Dutch edition shows
 * them), with theme and partner names as each edition names them. In
 * production each is built by `next build` and read from the content snapshot
 * on the edition's first search; in the editors' preview and in tests it is
 * built on the first search.
 *
 * A query's cost is bounded whatever the input: duplicate words count once,
 * the words are looked up rarest first and only while the articles they are
 * found in add up to at most the whole archive once (so a query costs at most
 * what a word found in every article costs; the words left out are too
 * common to narrow the search, and the page names them), at most
 * `site.searchMaxTerms` words in any case, only the last word is matched as a
 * prefix (it may be half typed), typos are forgiven only when the exact words
 * find nothing, and recent answers are kept in a small LRU cache.
 */
import MiniSearch, {
  type AsPlainObject,
  type Options,
  type SearchOptions,
  type SearchResult as MiniSearchResult,
} from "minisearch";
import { site } from "../lib/site";
import type { ContentCatalogue } from "./catalogue";
import type { PublicationView } from "./publicationView";
import type { Article, HighlightSegment, Edition, SearchHit, SearchOutcome } from "./model";
import type { Publication } from "./publication";

export type { HighlightSegment, SearchHit, SearchOutcome } from "./model";

interface SearchDocument {
  id: number;
  title: string;
  summary: string;
  body: string;
  themes: string;
  partners: string;
}

const FIELDS = ["title", "summary", "body", "themes", "partners"] as const;

/** Words are split where MiniSearch splits them: on spaces and punctuation (any script). */
const WORD_SEPARATOR = /[\n\r\p{Z}\p{P}\p{S}]+/u;
const WORD_OR_SEPARATOR = /([\n\r\p{Z}\p{P}\p{S}]+)/u;

/** Folds accents and case, so "beveiliging" finds "béveiliging" and the other way round. */
function normalizeText(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

const BASE_SEARCH_OPTIONS: SearchOptions = {
  boost: { title: 4, themes: 2, partners: 2, summary: 1.5, body: 1 },
  combineWith: "AND",
};

/** Texts are folded once per document (see searchDocument), not once per word: terms arrive folded. */
const ENGINE_OPTIONS: Options<SearchDocument> = {
  fields: [...FIELDS],
  tokenize: (text) => text.split(WORD_SEPARATOR),
  processTerm: (term) => term || null,
  searchOptions: BASE_SEARCH_OPTIONS,
};

/** Shortest last word matched as the start of longer words: shorter prefixes expand to too many words to help. */
const PREFIX_MIN_LENGTH = 4;
/** Shortest word for which a typo is forgiven. */
const FUZZY_MIN_LENGTH = 5;
/** Answers (a query's page) kept per publication and edition: the bound on what strangers' queries can make a process hold. */
export const SEARCH_ANSWER_CACHE_SIZE = 256;

/** An article as the edition shows it: the translation's text where there is one, the English otherwise. */
function searchDocument(catalogue: ContentCatalogue, article: Article, id: number, edition: Edition): SearchDocument {
  const shown = catalogue.inEdition(article, edition);
  return {
    id,
    title: normalizeText(shown.title),
    summary: normalizeText(shown.summary),
    body: normalizeText(catalogue.bodyText(article, edition)),
    themes: normalizeText(
      catalogue
        .themesOf(article)
        .map((theme) => catalogue.themeName(theme, edition))
        .join(" "),
    ),
    partners: normalizeText(
      catalogue
        .partnersOf(article)
        .map((partner) => catalogue.partnerName(partner, edition))
        .join(" "),
    ),
  };
}

/** What the snapshot stores: the engine, and in how many articles each word occurs (to plan queries). */
interface SearchIndexFile {
  engine: AsPlainObject;
  documentFrequency: Record<string, number>;
}

interface SearchEngine {
  engine: MiniSearch<SearchDocument>;
  /** In how many articles each indexed word occurs, in any field. */
  documentFrequency: ReadonlyMap<string, number>;
}

/**
 * An edition's search index over `articles` (document ids are their
 * positions), as JSON for the content snapshot. The build calls this once per edition.
 */
export function serializeSearchIndex(
  catalogue: ContentCatalogue,
  articles: readonly Article[],
  edition: Edition = "en",
): string {
  const engine = buildMiniSearch(catalogue, articles, edition).toJSON();
  const file: SearchIndexFile = { engine, documentFrequency: Object.fromEntries(documentFrequencies(engine)) };
  return JSON.stringify(file);
}

function buildMiniSearch(
  catalogue: ContentCatalogue,
  articles: readonly Article[],
  edition: Edition,
): MiniSearch<SearchDocument> {
  const engine = new MiniSearch<SearchDocument>(ENGINE_OPTIONS);
  engine.addAll(articles.map((article, id) => searchDocument(catalogue, article, id, edition)));
  return engine;
}

function buildEngine(catalogue: ContentCatalogue, articles: readonly Article[], edition: Edition): SearchEngine {
  const engine = buildMiniSearch(catalogue, articles, edition);
  return { engine, documentFrequency: documentFrequencies(engine.toJSON()) };
}

function loadEngine(json: string): SearchEngine {
  const file = JSON.parse(json) as SearchIndexFile;
  return {
    engine: MiniSearch.loadJS<SearchDocument>(file.engine, ENGINE_OPTIONS),
    documentFrequency: new Map(Object.entries(file.documentFrequency)),
  };
}

/** From the engine's own postings: a word counts once per article, whichever fields it is in. */
function documentFrequencies(engine: AsPlainObject): Map<string, number> {
  const frequencies = new Map<string, number>();
  for (const [term, fields] of engine.index) {
    const documents = new Set<string>();
    for (const postings of Object.values(fields))
      for (const documentId of Object.keys(postings)) documents.add(documentId);
    frequencies.set(term, documents.size);
  }
  return frequencies;
}

interface QueryPlan {
  terms: string[];
  ignoredWords: string[];
}

/**
 * The words to look up: folded, each once, one-letter words only when nothing
 * else is left; rarest first, while the articles they occur in add up to at most
 * the archive's size (the first word always), and at most searchMaxTerms. The
 * order of the words does not change the answer: all must match.
 */
function planQuery(query: string, { documentFrequency, engine }: SearchEngine): QueryPlan {
  const words = [...new Set(normalizeText(query).split(WORD_SEPARATOR).filter(Boolean))];
  const meaningful = words.filter((word) => word.length > 1);
  const candidates = (meaningful.length > 0 ? meaningful : words).map((word, position) => ({
    word,
    position,
    frequency: documentFrequency.get(word) ?? 0,
  }));
  const rarestFirst = [...candidates].sort((a, b) => a.frequency - b.frequency || a.position - b.position);
  const chosen = new Set<string>();
  let work = 0;
  for (const { word, frequency } of rarestFirst) {
    if (chosen.size >= site.searchMaxTerms || (chosen.size > 0 && work + frequency > engine.documentCount)) break;
    chosen.add(word);
    work += frequency;
  }
  // Kept in the reader's order, so the last word typed is still the one matched as a prefix.
  return {
    terms: candidates.filter(({ word }) => chosen.has(word)).map(({ word }) => word),
    ignoredWords: candidates.filter(({ word }) => !chosen.has(word)).map(({ word }) => word),
  };
}

/** One page of a query's results, as kept in the answer cache. */
interface Answer {
  total: number;
  results: MiniSearchResult[];
  /** The page given: the one asked for, or the last when it asked past it. */
  pageNumber: number;
}

export class ArticleSearch {
  private engine?: SearchEngine;
  /** The answers kept for the publication of the moment, and which documents it shows (1 at a document's id). */
  private answers?: { publication: Publication; cache: Map<string, Answer>; visible: Uint8Array };

  /**
   * `articles` are the documents' ids (positions); `loadEngine` makes the
   * index when first needed (read from the snapshot, or built now).
   */
  constructor(
    private readonly published: PublicationView,
    private readonly articles: readonly Article[],
    private readonly loadEngine: () => SearchEngine,
    /** The edition searched: its index, and the text its hits show. */
    readonly edition: Edition = "en",
  ) {}

  /**
   * Answers any input: an empty, overlong or wordless query gets an outcome saying so, never an
   * exception. `page` (from 1) of `pageSize` hits; a page past the last is answered as the last.
   */
  search(
    rawQuery: string | string[] | undefined,
    { page = 1, pageSize = site.searchPageSize }: { page?: number; pageSize?: number } = {},
  ): SearchOutcome {
    const query = (Array.isArray(rawQuery) ? rawQuery[0] : rawQuery)?.trim() ?? "";
    if (query === "") return { kind: "empty" };
    if (query.length > site.searchMaxQueryLength) return { kind: "too-long", length: query.length };
    const engine = (this.engine ??= this.loadEngine());
    const { terms, ignoredWords } = planQuery(query, engine);
    if (terms.length === 0) return { kind: "no-words" };
    const { total, results, pageNumber } = this.answer(
      engine.engine,
      terms,
      Number.isSafeInteger(page) && page > 1 ? page : 1,
      pageSize,
    );
    const hits = results.map((result) => this.hit(result));
    return {
      kind: "results",
      query,
      total,
      hits,
      ignoredWords,
      pageNumber,
      pageCount: Math.max(1, Math.ceil(total / pageSize)),
    };
  }

  /**
   * The same search (the same engine, loaded once) with no answer kept yet:
   * what a query costs when nobody asked it recently. For the benchmark's probe.
   */
  withoutCachedAnswers(): ArticleSearch {
    return new ArticleSearch(this.published, this.articles, () => (this.engine ??= this.loadEngine()), this.edition);
  }

  /** How many answers this search holds now: never more than SEARCH_ANSWER_CACHE_SIZE. */
  get cachedAnswerCount(): number {
    return this.answers?.cache.size ?? 0;
  }

  /** Keyed by the query as looked up (folded, planned words) and the page: "Drones!" and "drones" share one answer. */
  private answer(engine: MiniSearch<SearchDocument>, terms: string[], page: number, pageSize: number): Answer {
    const publication = this.published.publishedAt();
    if (this.answers?.publication !== publication)
      this.answers = { publication, cache: new Map(), visible: visibleDocuments(this.articles, publication) };
    const { cache, visible } = this.answers;
    const key = `${page}\u0000${pageSize}\u0000${terms.join("\u0000")}`;
    const cached = cache.get(key);
    if (cached) {
      // Least recently used first: a hit moves to the end.
      cache.delete(key);
      cache.set(key, cached);
      return cached;
    }
    const last = terms[terms.length - 1];
    const exact: SearchOptions = {
      ...BASE_SEARCH_OPTIONS,
      // Called once for every document matched (thousands for a common word at 10,000 articles).
      filter: (result) => visible[result.id as number] === 1,
      prefix: (term) => term === last && term.length >= PREFIX_MIN_LENGTH,
    };
    let results = engine.search(terms.join(" "), exact);
    if (results.length === 0 && terms.some((term) => term.length >= FUZZY_MIN_LENGTH)) {
      results = engine.search(terms.join(" "), {
        ...exact,
        fuzzy: (term) => (term.length >= FUZZY_MIN_LENGTH ? 0.2 : false),
        maxFuzzy: 2,
      });
    }
    const pageNumber = Math.min(page, Math.max(1, Math.ceil(results.length / pageSize)));
    const answer: Answer = {
      total: results.length,
      results: results.slice((pageNumber - 1) * pageSize, pageNumber * pageSize),
      pageNumber,
    };
    cache.set(key, answer);
    if (cache.size > SEARCH_ANSWER_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    return answer;
  }

  private hit(result: MiniSearchResult): SearchHit {
    const article = this.articles[result.id as number];
    const inEdition = this.published.catalogue.inEdition(article, this.edition);
    return { article, inEdition, score: result.score, summary: highlight(inEdition.summary, new Set(result.terms)) };
  }
}

/** 1 at the id of each document the publication shows: the index also holds what is scheduled. */
function visibleDocuments(articles: readonly Article[], publication: Publication): Uint8Array {
  const visible = new Uint8Array(articles.length);
  articles.forEach((article, id) => {
    if (publication.bySlug(article.slug) !== undefined) visible[id] = 1;
  });
  return visible;
}

/** Splits text into words and separators, flagging the words whose folded form is in `terms`. */
export function highlight(text: string, terms: ReadonlySet<string>): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  for (const piece of text.split(WORD_OR_SEPARATOR)) {
    if (!piece) continue;
    const match = !WORD_SEPARATOR.test(piece) && terms.has(normalizeText(piece));
    const last = segments[segments.length - 1];
    if (last && last.match === match && !match) last.text += piece;
    else segments.push({ text: piece, match });
  }
  return segments;
}

const searches = new WeakMap<PublicationView, Map<Edition, ArticleSearch>>();

/**
 * The search of a publication view in an edition, made once: over every article
 * that is or will be published, from the catalogue's prebuilt search index of the
 * edition when it has one (the snapshot), else built on the first query.
 */
export function searchFor(published: PublicationView, edition: Edition = "en"): ArticleSearch {
  let byEdition = searches.get(published);
  if (!byEdition) searches.set(published, (byEdition = new Map()));
  let search = byEdition.get(edition);
  if (!search) {
    const articles = published.searchableArticles;
    const prebuilt = published.catalogue.prebuiltSearchIndex;
    search = new ArticleSearch(
      published,
      articles,
      prebuilt ? () => loadEngine(prebuilt(edition)) : () => buildEngine(published.catalogue, articles, edition),
      edition,
    );
    byEdition.set(edition, search);
  }
  return search;
}
