/**
 * The server's search answers a page of 10 at a time and keeps its answers in a bounded cache,
 * keyed by the query as it is looked up and the page: strangers' queries cannot grow it.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { corpusVocabulary, WORD_IN_EVERY_ARTICLE, writeCorpus } from "../../scripts/bench/corpus";
import { PublicationView } from "../../src/content/index";
import { loadContent } from "../../src/content/load";
import { SEARCH_ANSWER_CACHE_SIZE, searchFor, type ArticleSearch, type SearchOutcome } from "../../src/content/search";
import { site } from "../../src/lib/site";

// 10,000 searches: a couple of seconds alone, several on a machine shared with builds.
vi.setConfig({ testTimeout: 60_000 });

const root = fs.mkdtempSync(path.join(os.tmpdir(), "hsd-search-answers-"));
let index: PublicationView;
let search: ArticleSearch;

beforeAll(() => {
  const dir = writeCorpus(path.join(root, "corpus"), { count: 60, seed: 7 }).dir;
  index = PublicationView.of(loadContent(dir));
  search = searchFor(index).withoutCachedAnswers();
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function results(outcome: SearchOutcome) {
  if (outcome.kind !== "results") throw new Error(`expected results, got ${outcome.kind}`);
  return outcome;
}

describe("pages of results", () => {
  test("10 a page, the next page continues where the first stopped, and a page past the last is the last", () => {
    expect(site.searchPageSize).toBe(10);
    const first = results(search.search(WORD_IN_EVERY_ARTICLE));
    const second = results(search.search(WORD_IN_EVERY_ARTICLE, { page: 2 }));
    expect(first.total).toBe(index.articles.length);
    expect(first.hits).toHaveLength(10);
    expect(first.pageCount).toBe(Math.ceil(index.articles.length / 10));
    expect(second.pageNumber).toBe(2);
    const firstSlugs = first.hits.map((hit) => hit.article.slug);
    expect(second.hits.map((hit) => hit.article.slug).filter((slug) => firstSlugs.includes(slug))).toEqual([]);
    const beyond = results(search.search(WORD_IN_EVERY_ARTICLE, { page: 999_999_999 }));
    expect(beyond.pageNumber).toBe(first.pageCount);
    expect(beyond.hits.length).toBeGreaterThan(0);
  });
});

describe("the answer cache", () => {
  test("one entry for the same query however it is written", () => {
    const fresh = searchFor(index).withoutCachedAnswers();
    fresh.search(WORD_IN_EVERY_ARTICLE);
    fresh.search(`  ${WORD_IN_EVERY_ARTICLE.toUpperCase()}!  `);
    expect(fresh.cachedAnswerCount).toBe(1);
    fresh.search(WORD_IN_EVERY_ARTICLE, { page: 2 });
    expect(fresh.cachedAnswerCount).toBe(2);
  });

  test("stays within its bound under 10,000 distinct queries", () => {
    const fresh = searchFor(index).withoutCachedAnswers();
    const words = corpusVocabulary();
    let asked = 0;
    for (let i = 0; asked < 10_000; i++) {
      const query = `${words[i % words.length]} ${words[Math.floor(i / words.length) % words.length]}`;
      fresh.search(query, { page: 1 + (i % 3) });
      asked++;
      expect(fresh.cachedAnswerCount).toBeLessThanOrEqual(SEARCH_ANSWER_CACHE_SIZE);
    }
    expect(fresh.cachedAnswerCount).toBe(SEARCH_ANSWER_CACHE_SIZE);
  });
});
