import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test, vi } from "vitest";
import { HighlightedText } from "@/components/HighlightedText";
import { highlight, searchFor, type SearchOutcome } from "@/content/search";
import { site } from "@/lib/site";
import { sharingIndex } from "./sharing-fixture";

const index = sharingIndex();
const search = searchFor(index);

function slugs(outcome: SearchOutcome): string[] {
  if (outcome.kind !== "results") throw new Error(`expected results, got ${outcome.kind}`);
  return outcome.hits.map((hit) => hit.article.slug);
}

function markedWords(outcome: SearchOutcome, slug: string): string[] {
  if (outcome.kind !== "results") throw new Error(`expected results, got ${outcome.kind}`);
  const hit = outcome.hits.find((h) => h.article.slug === slug)!;
  return hit.summary.filter((s) => s.match).map((s) => s.text);
}

describe("ranking", () => {
  test("a word in the title ranks above the same word only in another article's body", () => {
    const found = slugs(search.search("cyber"));
    expect(found).toContain("annual-report"); // the body mentions "cyber crisis"
    expect(found.indexOf("cyber-week-opens")).toBeLessThan(found.indexOf("annual-report"));
  });

  test("all words must match: adding a word narrows the results", () => {
    expect(slugs(search.search("cyber week"))).toEqual(["cyber-week-opens"]);
  });

  test("theme and partner names find articles that do not mention them in their text", () => {
    expect(slugs(search.search("Vereniging Gemeenten"))).toEqual(["municipalities-meet"]);
    expect(slugs(search.search("urban security"))).toEqual(["municipalities-meet"]);
  });

  test("the start of a word and a small typo still find it", () => {
    expect(slugs(search.search("municip"))).toContain("municipalities-meet");
    expect(slugs(search.search("resilliance"))).toContain("cyber-week-opens");
  });

  test("upper case and accents do not matter", () => {
    expect(slugs(search.search("ANNUÅL"))).toEqual(["annual-report"]);
  });
});

describe("highlighting", () => {
  test("the summary's matching words are marked, whatever their case, and nothing else", () => {
    expect(markedWords(search.search("Resilience companies"), "cyber-week-opens")).toEqual(["resilience", "companies"]);
  });

  test("a prefix marks the whole word it matched", () => {
    expect(markedWords(search.search("municip"), "cyber-week-opens")).toEqual(["municipalities"]);
  });

  test("markup in a summary is rendered as text around the <mark>", () => {
    const html = renderToStaticMarkup(
      createElement(HighlightedText, {
        segments: highlight("Beware <img src=x onerror=alert(1)> & markup", new Set(["markup"])),
      }),
    );
    expect(html.replace(/ class="[^"]*"/, "")).toBe(
      "Beware &lt;img src=x onerror=alert(1)&gt; &amp; <mark>markup</mark>",
    );
    expect(html).not.toContain("<img");
  });

  test("the pieces always add up to the original summary", () => {
    for (const article of index.articles) {
      const outcome = search.search(article.title);
      if (outcome.kind !== "results") continue;
      for (const hit of outcome.hits) expect(hit.summary.map((s) => s.text).join("")).toBe(hit.article.summary);
    }
  });
});

describe("hostile and odd queries get an answer, never an exception", () => {
  test.each([
    ["", "empty"],
    ["    \t ", "empty"],
    [undefined, "empty"],
    ["!!! ??? *** ((( ))) --", "no-words"],
    ["x".repeat(site.searchMaxQueryLength + 1), "too-long"],
  ] as const)("%j is %s", (query, kind) => {
    expect(search.search(query).kind).toBe(kind);
  });

  test.each([
    "<script>alert(1)</script>",
    "title:cyber OR AND NOT",
    "\u0000\uFFFF\uD800",
    "🙂 emoji",
    "a".repeat(site.searchMaxQueryLength),
    "' OR 1=1 --",
    "*",
    "%00%2e%2e/",
  ])("%j answers", (query) => {
    const outcome = search.search(query);
    expect(["results", "no-words"]).toContain(outcome.kind);
  });

  test("a query given twice (?q=a&q=b) uses the first", () => {
    expect(slugs(search.search(["annual", "cyber"]))).toEqual(["annual-report"]);
  });

  test("a query exactly at the length limit is still searched", () => {
    const query = `annual ${"x".repeat(site.searchMaxQueryLength - 7)}`;
    expect(query.length).toBe(site.searchMaxQueryLength);
    expect(search.search(query).kind).toBe("results");
  });

  test("the search index is built once per content index", () => {
    expect(searchFor(index)).toBe(search);
  });
});

describe("search follows scheduled releases", () => {
  test("a released article is found, and every hit is the article it names", async () => {
    const { default: fs } = await import("node:fs");
    const { default: os } = await import("node:os");
    const { default: path } = await import("node:path");
    const { loadContent } = await import("@/content/load");
    const { PublicationView } = await import("@/content");
    const { resetClock, setClock } = await import("@/lib/clock");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hsd-search-release-"));
    try {
      fs.mkdirSync(path.join(dir, "news"));
      fs.writeFileSync(path.join(dir, "themes.yml"), "");
      fs.writeFileSync(path.join(dir, "partners.yml"), "");
      fs.writeFileSync(
        path.join(dir, "news", "alpha.md"),
        "---\ntitle: Alpha report\ndate: 2020-01-01\n---\n\nThe alpha findings.\n",
      );
      fs.writeFileSync(
        path.join(dir, "news", "beta.md"),
        "---\ntitle: Beta report\ndate: 2030-01-01T09:00\n---\n\nThe beta findings.\n",
      );
      const index = PublicationView.of(loadContent(dir));
      const titles = (query: string) => {
        const outcome = searchFor(index).search(query);
        return outcome.kind === "results" ? outcome.hits.map((hit) => hit.article.title) : [];
      };
      setClock(Date.UTC(2025, 0, 1));
      expect(titles("report")).toEqual(["Alpha report"]);
      expect(titles("alpha")).toEqual(["Alpha report"]);
      setClock(Date.UTC(2030, 0, 1, 9, 0));
      expect(titles("report").sort()).toEqual(["Alpha report", "Beta report"]);
      // Positions shift when an article is released; a hit must still name its own article.
      expect(titles("alpha")).toEqual(["Alpha report"]);
      expect(titles("beta")).toEqual(["Beta report"]);
    } finally {
      resetClock();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("a query's cost is bounded whatever the input", () => {
  const lookups = async (run: () => void) => {
    const { default: MiniSearch } = await import("minisearch");
    const spy = vi.spyOn(MiniSearch.prototype, "search");
    try {
      run();
      return spy.mock.calls.map((call) => String(call[0]));
    } finally {
      spy.mockRestore();
    }
  };

  test("a word repeated to the length limit is looked up once, like the word alone", async () => {
    const fresh = searchFor(sharingIndex());
    const repeated = Array.from({ length: Math.floor((site.searchMaxQueryLength + 1) / 6) }, () => "cyber").join(" ");
    expect(repeated.length).toBeGreaterThan(site.searchMaxQueryLength - 6);
    const calls = await lookups(() => expect(slugs(fresh.search(repeated))).toEqual(slugs(search.search("cyber"))));
    expect(calls).toEqual(["cyber"]);
  });

  test(`at most ${site.searchMaxTerms} different words are looked up, and the page says which were left out`, async () => {
    const fresh = searchFor(sharingIndex());
    const words = ["zzqa", "zzqb", "zzqc", "zzqd", "zzqe", "zzqf", "zzqg", "zzqh"];
    let outcome: SearchOutcome | undefined;
    const calls = await lookups(() => (outcome = fresh.search(words.join(" "))));
    expect(calls.every((query) => query.split(" ").length <= site.searchMaxTerms)).toBe(true);
    expect(outcome?.kind === "results" && outcome.ignoredWords).toHaveLength(words.length - site.searchMaxTerms);
  });

  test("words are looked up rarest first, until their articles add up to the whole archive once: a common word adds no cost", async () => {
    const { default: fs } = await import("node:fs");
    const { default: os } = await import("node:os");
    const { default: path } = await import("node:path");
    const { loadContent } = await import("@/content/load");
    const { PublicationView } = await import("@/content");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hsd-search-budget-"));
    try {
      fs.mkdirSync(path.join(dir, "news"));
      fs.writeFileSync(path.join(dir, "themes.yml"), "");
      fs.writeFileSync(path.join(dir, "partners.yml"), "");
      for (const [slug, words] of [
        ["one", "common shared rare"],
        ["two", "common shared"],
        ["three", "common shared"],
      ]) {
        fs.writeFileSync(
          path.join(dir, "news", `${slug}.md`),
          `---\ntitle: Item ${slug}\ndate: 2020-01-01\n---\n\nThe ${words} words.\n`,
        );
      }
      const budgeted = searchFor(PublicationView.of(loadContent(dir)));
      let outcome: SearchOutcome | undefined;
      const calls = await lookups(() => (outcome = budgeted.search("common shared rare")));
      expect(calls).toEqual(["rare"]);
      expect(slugs(outcome!)).toEqual(["one"]);
      expect(outcome?.kind === "results" && outcome.ignoredWords).toEqual(["common", "shared"]);
      // Two words that each occur in every article: the first one already costs a pass over the archive.
      expect(await lookups(() => budgeted.search("common shared"))).toEqual(["common"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("one-letter words are skipped when the query has longer ones", async () => {
    const fresh = searchFor(sharingIndex());
    const calls = await lookups(() => fresh.search("a b c d e f g h i j k l m n o p cyber"));
    expect(calls).toEqual(["cyber"]);
  });

  test("typos are forgiven only when the exact words find nothing", async () => {
    const fresh = searchFor(sharingIndex());
    expect(await lookups(() => fresh.search("resilience"))).toHaveLength(1);
    expect(await lookups(() => fresh.search("resilliance"))).toHaveLength(2);
  });

  test("a repeated query is answered from the cache; the cache keeps the most recent answers only", async () => {
    const fresh = searchFor(sharingIndex());
    fresh.search("cyber");
    expect(await lookups(() => fresh.search("cyber"))).toEqual([]);
    await lookups(() => {
      for (let i = 0; i < 300; i++) fresh.search(`word${i}`);
    });
    expect(await lookups(() => fresh.search("cyber"))).toEqual(["cyber"]);
  });
});
