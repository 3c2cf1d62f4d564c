/**
 * The content index: the one source of truth pages ask. Built once per process
 * from the content folder; queries are cheap lookups, and article bodies are
 * rendered on demand, once each.
 */
import { compareNewestFirst } from "../lib/dates";
import { site } from "../lib/site";
import { formatProblem, loadContent, resolveContentDir, type Article, type ContentProblem, type LoadedContent } from "./load";
import { markdownToHtml } from "./markdown";
import type { Partner, Theme } from "./schema";

export type { Article, ArticleImage, ContentProblem } from "./load";
export type { Partner, Theme } from "./schema";

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

  theme(id: string): Theme | undefined {
    return this.themeMap.get(id);
  }

  partner(id: string): Partner | undefined {
    return this.partnerMap.get(id);
  }

  partnersOf(article: Article): Partner[] {
    return article.partners.map((id) => this.partnerMap.get(id)).filter((p): p is Partner => p !== undefined);
  }

  themesOf(article: Article): Theme[] {
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

function isBetter(position: number, other: number, scores: Uint8Array): boolean {
  return scores[position] > scores[other] || (scores[position] === scores[other] && position < other);
}

function relationKeys(article: Article): string[] {
  return [...article.themes.map((id) => `theme:${id}`), ...article.partners.map((id) => `partner:${id}`)];
}

let memo: { key: string; dir: string; index: ContentIndex } | undefined;

/**
 * The index for this process, built on first use. Throws a ContentError
 * listing every problem when the content has errors, so a build fails loudly
 * instead of dropping an article. A reload at run time (regeneration) that
 * meets errors keeps the last good index of the same folder and logs one line,
 * so a broken push never takes published pages down.
 */
export function getContentIndex(): ContentIndex {
  const dir = resolveContentDir();
  // What decides a reload: the folder today; scheduled regeneration may add a content stamp.
  const key = dir;
  if (memo && memo.key === key) return memo.index;
  const content = loadContent(dir);
  if (content.problems.some((p) => p.severity === "error")) {
    if (!memo || memo.dir !== dir) throw new ContentError(content.problems);
    console.error(`content: ${reloadFailure(content.problems)}; still serving the last good content`);
    memo = { ...memo, key };
    return memo.index;
  }
  const index = new ContentIndex(content);
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
