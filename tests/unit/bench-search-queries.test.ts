/**
 * The benchmark's search queries must be what they claim: a word that really is
 * in every article (the worst one-word query), 200-character queries the site
 * answers (one character more and it answers with advice instead, which costs
 * nothing), and enough distinct queries that the answer cache never helps.
 * Checked with the site's own loader and search over a bench corpus.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corpusVocabulary, WORD_IN_EVERY_ARTICLE, writeCorpus } from "../../scripts/bench/corpus";
import { distinctSearchPaths, fillTo, MAX_QUERY_LENGTH, probeQueries } from "../../scripts/bench/search-queries";
import { PublicationView } from "../../src/content/index";
import { loadContent } from "../../src/content/load";
import { searchFor, type ArticleSearch } from "../../src/content/search";
import { site } from "../../src/lib/site";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "hsd-bench-queries-"));
let search: ArticleSearch;
let articleCount: number;

beforeAll(() => {
  const dir = writeCorpus(path.join(root, "corpus"), { count: 200, seed: 99 }).dir;
  const index = PublicationView.of(loadContent(dir));
  articleCount = index.articles.length;
  search = searchFor(index);
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("the probe's queries", () => {
  it("use a word that every article of a corpus contains", () => {
    const outcome = search.search(WORD_IN_EVERY_ARTICLE, { pageSize: 1 });
    expect(outcome.kind).toBe("results");
    expect(outcome.kind === "results" && outcome.total).toBe(articleCount);
  });

  it("are all answered with results, the long ones at the site's longest query and not past it", () => {
    expect(MAX_QUERY_LENGTH).toBe(site.searchMaxQueryLength);
    const queries = probeQueries();
    for (const { name, query } of queries) {
      expect(query.length, name).toBeLessThanOrEqual(site.searchMaxQueryLength);
      expect(search.search(query).kind, name).toBe("results");
    }
    const long = queries.filter((q) => q.id === "repeated-200" || q.id === "short-words-200");
    for (const { query } of long) expect(query.length).toBeGreaterThanOrEqual(site.searchMaxQueryLength - 10);
    expect(queries.find((q) => q.id === "six-common")?.query.split(" ")).toHaveLength(6);
  });

  it("fill with whole words only", () => {
    expect(fillTo(["programme"], 30)).toBe("programme programme programme");
    expect(fillTo(["in", "a", "the"], 12)).toBe("in a the in");
    expect(fillTo(["toolongword"], 3)).toBe("toolongword");
  });

  it("measure uncached answers that equal the cached ones", () => {
    for (const { query } of probeQueries()) {
      expect(search.withoutCachedAnswers().search(query)).toEqual(search.search(query));
    }
  });
});

describe("the distinct queries of the uncached load", () => {
  it("never repeat, outnumber the answer cache many times over, and are found by the site's search", () => {
    const paths = distinctSearchPaths(corpusVocabulary(), 20_000);
    expect(new Set(paths).size).toBe(20_000);
    const queries = paths.map((p) => new URL(p, "http://x").searchParams.get("q") ?? "");
    expect(queries.slice(0, 3)).toEqual(corpusVocabulary().slice(0, 3));
    // Every one is real words of the corpus, one or two of them.
    const vocabulary = new Set(corpusVocabulary());
    expect(queries.every((q) => q.split(" ").every((word) => vocabulary.has(word)) && q.split(" ").length <= 2)).toBe(
      true,
    );
    const answered = queries.slice(0, 400).filter((q) => {
      const outcome = search.search(q);
      return outcome.kind === "results" && outcome.total > 0;
    });
    expect(answered.length).toBeGreaterThan(200);
  });

  it("refuses to promise more distinct queries than the words allow", () => {
    expect(() => distinctSearchPaths(["a", "b"], 5)).toThrow(/only 4 distinct queries/);
  });
});
