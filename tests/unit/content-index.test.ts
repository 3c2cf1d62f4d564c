import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import fs from "node:fs";
import { ContentError, PublicationView, getCatalogue, getPublicationView, type Article } from "@/content/index";
import { loadContent } from "@/content/load";
import { markdownToHtml } from "@/content/markdown";
import { parseContentDate } from "@/lib/dates";
import { NEWS_LISTING } from "@/lib/routes";
import { validFixture } from "./support/content-fixture";

// Count the Markdown conversions the index makes, while still converting for real.
vi.mock("@/content/markdown", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/content/markdown")>();
  return { ...original, markdownToHtml: vi.fn(original.markdownToHtml) };
});
const conversions = vi.mocked(markdownToHtml);
beforeEach(() => conversions.mockClear());

interface ArticleSpec {
  slug: string;
  date: string;
  themes?: string[];
  partners?: string[];
  markdown?: string;
}

function makeArticle({
  slug,
  date,
  themes = [],
  partners = [],
  markdown = `The body of ${slug}.`,
}: ArticleSpec): Article {
  const parsed = parseContentDate(date);
  if (!parsed.ok) throw new Error(parsed.reason);
  return {
    slug,
    file: `news/${slug}.md`,
    title: `Title of ${slug}`,
    date: parsed.value,
    summary: `Summary of ${slug}`,
    themes,
    partners,
    draft: false,
    aliases: [],
    markdown,
  };
}

function indexOf(specs: ArticleSpec[]): PublicationView {
  return PublicationView.of({ articles: specs.map(makeArticle), themes: [], partners: [], problems: [] });
}

const slugs = (articles: readonly Article[]) => articles.map((a) => a.slug);

/** `count` articles on consecutive days of 2019, `a-01` the oldest. */
function dailyArticles(count: number): ArticleSpec[] {
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2019, 0, 1 + i)).toISOString().slice(0, 10);
    return { slug: `a-${String(i + 1).padStart(2, "0")}`, date: day };
  });
}

describe("order", () => {
  test("newest first; the same moment is ordered by slug; a time makes a day's article newer", () => {
    const index = indexOf([
      { slug: "older", date: "2019-03-19" },
      { slug: "same-day-b", date: "2019-03-20" },
      { slug: "same-day-a", date: "2019-03-20" },
      { slug: "afternoon", date: "2019-03-20T15:00" },
      { slug: "newest", date: "2019-03-21" },
    ]);
    expect(slugs(index.articles)).toEqual(["newest", "afternoon", "same-day-a", "same-day-b", "older"]);
    expect(slugs(index.latest(2))).toEqual(["newest", "afternoon"]);
  });

  test("sorts a copy: the articles it was given keep their order", () => {
    const given = [makeArticle({ slug: "old", date: "2018-01-01" }), makeArticle({ slug: "new", date: "2019-01-01" })];
    PublicationView.of({ articles: given, themes: [], partners: [], problems: [] });
    expect(slugs(given)).toEqual(["old", "new"]);
  });

  test("finds an article by slug, and nothing for an unknown slug", () => {
    const index = indexOf(dailyArticles(3));
    expect(index.bySlug("a-02")?.slug).toBe("a-02");
    expect(index.bySlug("missing")).toBeUndefined();
  });
});

describe("newsPage: All latest news, 12 a page", () => {
  const index = indexOf(dailyArticles(25));

  test("page 1 holds the 12 newest, the last page the rest", () => {
    expect(index.listingPageCount(NEWS_LISTING)).toBe(3);
    const first = index.listingPage(NEWS_LISTING, 1)!;
    expect(first.pageNumber).toBe(1);
    expect(first.pageCount).toBe(3);
    expect(slugs(first.articles)).toEqual(Array.from({ length: 12 }, (_, i) => `a-${String(25 - i).padStart(2, "0")}`));
    expect(slugs(index.listingPage(NEWS_LISTING, 2)!.articles)).toEqual(
      Array.from({ length: 12 }, (_, i) => `a-${String(13 - i).padStart(2, "0")}`),
    );
    expect(slugs(index.listingPage(NEWS_LISTING, 3)!.articles)).toEqual(["a-01"]);
  });

  test.each([0, -1, 4, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("page %s does not exist", (pageNumber) => {
    expect(index.listingPage(NEWS_LISTING, pageNumber)).toBeUndefined();
  });

  test("exactly 12 articles make one page, 13 make two", () => {
    expect(indexOf(dailyArticles(12)).listingPageCount(NEWS_LISTING)).toBe(1);
    expect(indexOf(dailyArticles(12)).listingPage(NEWS_LISTING, 2)).toBeUndefined();
    expect(indexOf(dailyArticles(13)).listingPageCount(NEWS_LISTING)).toBe(2);
  });

  test("a site without articles still has its (empty) first page", () => {
    const empty = indexOf([]);
    expect(empty.listingPage(NEWS_LISTING, 1)).toEqual({ articles: [], pageNumber: 1, pageCount: 1 });
    expect(empty.listingPage(NEWS_LISTING, 2)).toBeUndefined();
  });
});

describe("moreNewsFor", () => {
  test("most shared themes and partners first, then the newest", () => {
    const index = indexOf([
      { slug: "subject", date: "2019-03-20", themes: ["smart-society", "urban-security"], partners: ["vng"] },
      { slug: "shares-three", date: "2019-01-01", themes: ["smart-society", "urban-security"], partners: ["vng"] },
      { slug: "shares-two-old", date: "2019-02-01", themes: ["urban-security"], partners: ["vng"] },
      { slug: "shares-two-new", date: "2019-02-02", themes: ["smart-society"], partners: ["vng"] },
      { slug: "shares-one", date: "2019-03-01", themes: ["smart-society"] },
      { slug: "shares-none-newest", date: "2019-04-01", themes: ["cyber-security"] },
    ]);
    expect(slugs(index.moreNewsFor(index.bySlug("subject")!))).toEqual([
      "shares-three",
      "shares-two-new",
      "shares-two-old",
    ]);
  });

  test("fills up with the newest others when too few are related", () => {
    const index = indexOf([
      { slug: "subject", date: "2019-03-20", themes: ["smart-society"] },
      { slug: "related-but-old", date: "2018-01-01", themes: ["smart-society"] },
      { slug: "newest", date: "2019-05-01" },
      { slug: "second-newest", date: "2019-04-01" },
      { slug: "third-newest", date: "2019-03-01" },
    ]);
    expect(slugs(index.moreNewsFor(index.bySlug("subject")!))).toEqual(["related-but-old", "newest", "second-newest"]);
  });

  test("never lists an article twice, even one that is both related and among the newest", () => {
    const index = indexOf([
      { slug: "subject", date: "2019-03-20", themes: ["smart-society"] },
      { slug: "related-and-newest", date: "2019-05-01", themes: ["smart-society"] },
      { slug: "second-newest", date: "2019-04-01" },
      { slug: "third-newest", date: "2019-03-01" },
    ]);
    expect(slugs(index.moreNewsFor(index.bySlug("subject")!))).toEqual([
      "related-and-newest",
      "second-newest",
      "third-newest",
    ]);
  });

  test("is the newest others when nothing is related, never the article itself", () => {
    const index = indexOf(dailyArticles(6));
    expect(slugs(index.moreNewsFor(index.bySlug("a-06")!))).toEqual(["a-05", "a-04", "a-03"]);
    expect(slugs(index.moreNewsFor(index.bySlug("a-04")!))).toEqual(["a-06", "a-05", "a-03"]);
  });

  test("is fewer than 3 only when the site has fewer other articles", () => {
    const one = indexOf(dailyArticles(1));
    expect(one.moreNewsFor(one.bySlug("a-01")!)).toEqual([]);
    const two = indexOf(dailyArticles(2));
    expect(slugs(two.moreNewsFor(two.bySlug("a-01")!))).toEqual(["a-02"]);
    const four = indexOf(dailyArticles(4));
    expect(four.moreNewsFor(four.bySlug("a-01")!)).toHaveLength(3);
  });

  test("agrees with a plain sort for every article of a larger site: 3 distinct others, best first", () => {
    // A deterministic mix of themes and partners, so many articles tie and many share nothing.
    const themeIds = ["t1", "t2", "t3", "t4"];
    const partnerIds = ["p1", "p2", "p3"];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const specs = dailyArticles(60).map((spec, i) => ({
      ...spec,
      date: i % 7 === 0 ? "2019-06-01" : spec.date, // some share a date: ties go by slug
      themes: themeIds.filter(() => next() % 3 === 0),
      partners: partnerIds.filter(() => next() % 4 === 0),
    }));
    const index = indexOf(specs);
    for (const subject of index.articles) {
      const keys = new Set([...subject.themes.map((t) => `t:${t}`), ...subject.partners.map((p) => `p:${p}`)]);
      const score = (a: Article) =>
        [...a.themes.map((t) => `t:${t}`), ...a.partners.map((p) => `p:${p}`)].filter((k) => keys.has(k)).length;
      const expected = index.articles
        .filter((a) => a !== subject)
        .map((a, position) => ({ a, position, score: score(a) }))
        .sort((x, y) => y.score - x.score || x.position - y.position)
        .slice(0, 3)
        .map((x) => x.a.slug);
      const chosen = slugs(index.moreNewsFor(subject));
      expect(chosen, subject.slug).toEqual(expected);
      expect(new Set(chosen).size, subject.slug).toBe(3);
      expect(chosen, subject.slug).not.toContain(subject.slug);
    }
  });

  test("the same answer when asked again, and another count when asked for one", () => {
    const index = indexOf(dailyArticles(8));
    const subject = index.bySlug("a-03")!;
    expect(slugs(index.moreNewsFor(subject))).toEqual(slugs(index.moreNewsFor(subject)));
    expect(slugs(index.moreNewsFor(subject, 5))).toEqual(["a-08", "a-07", "a-06", "a-05", "a-04"]);
    expect(index.moreNewsFor(subject)).toHaveLength(3);
  });
});

describe("article bodies", () => {
  test("each body is converted at most once, however often a page asks", () => {
    const index = indexOf([
      { slug: "one", date: "2019-03-20", markdown: "# One\n\nFirst **body**." },
      { slug: "two", date: "2019-03-21", markdown: "Second body." },
    ]);
    const one = index.bySlug("one")!;
    const html = index.catalogue.bodyHtml(one);
    expect(html).toBe("<h2>One</h2>\n<p>First <strong>body</strong>.</p>\n");
    expect(index.catalogue.bodyHtml(one)).toBe(html);
    expect(index.catalogue.bodyHtml(one)).toBe(html);
    expect(conversions).toHaveBeenCalledTimes(1);
    index.catalogue.bodyHtml(index.bySlug("two")!);
    index.catalogue.bodyHtml(index.bySlug("two")!);
    expect(conversions).toHaveBeenCalledTimes(2);
  });

  test("listings, summaries and More News never convert a body", () => {
    const content = loadContent(validFixture);
    const index = PublicationView.of(content);
    for (const article of index.latest(10)) void article.summary; // given and derived summaries alike
    for (const article of index.listingPage(NEWS_LISTING, 1)!.articles) void article.summary;
    for (const article of index.articles) index.moreNewsFor(article).forEach((other) => void other.summary);
    expect(index.articles.length).toBeGreaterThan(0);
    expect(conversions).not.toHaveBeenCalled();
  });
});

describe("themes and partners of an article", () => {
  test("are looked up in the order the article lists them", () => {
    const content = loadContent(validFixture);
    const index = PublicationView.of(content);
    const signing = index.bySlug("signing-of-smart-society-declaration")!;
    expect(index.catalogue.partnersOf(signing).map((p) => p.name)).toEqual([
      "VNG (Vereniging van Nederlandse Gemeenten)",
      "Municipality of The Hague",
    ]);
    expect(index.catalogue.themesOf(signing).map((t) => t.name)).toEqual([
      "Smart Society",
      "Smart Cities & Urban Security",
    ]);
    expect(index.catalogue.partnersOf(index.bySlug("from-smart-city-to-smart-society-session")!)).toEqual([]);
  });
});

test("the catalogue never asks the clock: every answer that can change between two requests is the publication view's", () => {
  expect(fs.readFileSync("src/content/catalogue.ts", "utf8")).not.toMatch(/lib\/clock|\bnow\(|Date\.now|new Date\b/);
});

describe("getPublicationView: the index for this process", () => {
  afterEach(() => vi.unstubAllEnvs());

  test("is built once for a content folder and reused, with the one catalogue of the process", () => {
    vi.stubEnv("CONTENT_DIR", "tests/fixtures/valid");
    const index = getPublicationView();
    expect(index.articles).toHaveLength(3);
    expect(getPublicationView()).toBe(index);
    expect(getCatalogue()).toBe(index.catalogue);
  });

  test("refuses content with errors, listing every error a line each (what makes the build fail)", () => {
    vi.stubEnv("CONTENT_DIR", "tests/fixtures/broken");
    let thrown: unknown;
    try {
      getPublicationView();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContentError);
    expect((thrown as ContentError).message.split("\n")).toEqual([
      "The content has 5 errors:",
      `  tests/fixtures/broken/news/Bad Name.md: file name: "Bad Name" is not a valid slug: use lower-case letters, digits and single hyphens, e.g. signing-of-smart-society-declaration.md`,
      `  tests/fixtures/broken/news/impossible-date.md: date: "2019-02-30" is not a real date`,
      `  tests/fixtures/broken/news/no-front-matter.md: front matter: is missing: an article starts with a '---' line, then title and date, then another '---' line`,
      `  tests/fixtures/broken/news/two-problems.md: themes: unknown theme "space-travel" (not in themes.yml); closest: 'smart-society' or 'urban-security'`,
      `  tests/fixtures/broken/news/two-problems.md: imageAlt: is required when image is set: describe the image for readers who cannot see it`,
    ]);
  });
});
