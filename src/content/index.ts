/**
 * The content index: the one source of truth pages ask. Built once per process
 * from the content folder; queries are cheap lookups, and article bodies are
 * rendered on demand, once each.
 */
import { compareNewestFirst } from "../lib/dates";
import { site } from "../lib/site";
import { formatProblem, loadContent, resolveContentDir, type Article, type ContentProblem, type LoadedContent } from "./load";
import { markdownToHtml, markdownToSearchText } from "./markdown";
import type { Partner, Theme } from "./schema";

export type { Article, ArticleImage, ContentProblem } from "./load";
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

export class ContentIndex {
  /** Published articles, newest first, ties by slug. */
  readonly articles: readonly Article[];
  readonly themes: readonly Theme[];
  readonly partners: readonly Partner[];
  readonly problems: readonly ContentProblem[];
  private readonly slugs = new Map<string, Article>();
  private readonly positions = new Map<Article, number>();
  private readonly themeMap = new Map<string, Theme>();
  private readonly partnerMap = new Map<string, Partner>();
  /** Article positions per theme or partner id, newest first: the postings More News scores from. */
  private readonly postings = new Map<string, number[]>();
  private readonly bodies = new Map<Article, string>();
  private readonly moreNews = new Map<Article, Article[]>();
  /** Reused score counters for moreNewsFor, one per article position. */
  private scratch?: Uint8Array;
  private themeCounts?: ThemeWithCount[];

  constructor(content: Pick<LoadedContent, "articles" | "themes" | "partners" | "problems">) {
    this.articles = [...content.articles].sort(byNewestThenSlug);
    this.themes = content.themes;
    this.partners = content.partners;
    this.problems = content.problems;
    for (const theme of this.themes) this.themeMap.set(theme.id, theme);
    for (const partner of this.partners) this.partnerMap.set(partner.id, partner);
    this.articles.forEach((article, position) => {
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
    return Math.max(1, Math.ceil(this.articles.length / site.newsPageSize));
  }

  /** One page of "All latest news"; undefined when the page does not exist. */
  newsPage(pageNumber: number): NewsPage | undefined {
    const pageCount = this.newsPageCount;
    if (!Number.isInteger(pageNumber) || pageNumber < 1 || pageNumber > pageCount) return undefined;
    const start = (pageNumber - 1) * site.newsPageSize;
    return { articles: this.articles.slice(start, start + site.newsPageSize), pageNumber, pageCount };
  }

  /** A theme's articles, newest first; empty for an unknown id. */
  articlesForTheme(id: string): Article[] {
    return this.articlesAt(`theme:${id}`);
  }

  /** The articles a partner was involved in, newest first; empty for an unknown id. */
  articlesForPartner(id: string): Article[] {
    return this.articlesAt(`partner:${id}`);
  }

  /** Every theme in themes.yml order with its article count, counted once per process. */
  themesWithCounts(): readonly ThemeWithCount[] {
    this.themeCounts ??= this.themes.map((theme) => ({ theme, articleCount: this.postings.get(`theme:${theme.id}`)?.length ?? 0 }));
    return this.themeCounts;
  }

  /** Number of pages of a theme's listing (at least 1, so an empty theme still has its page). */
  themePageCount(id: string): number {
    return pageCountFor(this.postings.get(`theme:${id}`)?.length ?? 0);
  }

  /** One page of a theme's listing; undefined for an unknown theme or a page that does not exist. */
  themePage(id: string, pageNumber: number): NewsPage | undefined {
    return this.themeMap.has(id) ? this.pageOf(`theme:${id}`, pageNumber) : undefined;
  }

  /** Number of pages of a partner's listing (at least 1). */
  partnerPageCount(id: string): number {
    return pageCountFor(this.postings.get(`partner:${id}`)?.length ?? 0);
  }

  /** One page of a partner's news; undefined for an unknown partner or a page that does not exist. */
  partnerPage(id: string, pageNumber: number): NewsPage | undefined {
    return this.partnerMap.has(id) ? this.pageOf(`partner:${id}`, pageNumber) : undefined;
  }

  /** The article's words without Markdown syntax or URLs, for the search index; not cached, as search reads it once. */
  bodyText(article: Article): string {
    return markdownToSearchText(article.markdown);
  }

  private articlesAt(key: string): Article[] {
    return (this.postings.get(key) ?? []).map((position) => this.articles[position]);
  }

  /** Slices the postings before looking articles up, so a page costs its own size, not the theme's. */
  private pageOf(key: string, pageNumber: number): NewsPage | undefined {
    const positions = this.postings.get(key) ?? [];
    const pageCount = pageCountFor(positions.length);
    if (!Number.isInteger(pageNumber) || pageNumber < 1 || pageNumber > pageCount) return undefined;
    const start = (pageNumber - 1) * site.newsPageSize;
    const articles = positions.slice(start, start + site.newsPageSize).map((position) => this.articles[position]);
    return { articles, pageNumber, pageCount };
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

let memo: { key: string; index: ContentIndex } | undefined;

/**
 * The index for this process, built on first use. Throws a ContentError
 * listing every problem when the content has errors, so a build fails loudly
 * instead of dropping an article.
 */
export function getContentIndex(): ContentIndex {
  const dir = resolveContentDir();
  if (memo && memo.key === dir) return memo.index;
  const content = loadContent(dir);
  if (content.problems.some((p) => p.severity === "error")) throw new ContentError(content.problems);
  const index = new ContentIndex(content);
  memo = { key: dir, index };
  return index;
}
