/**
 * The queries the benchmark searches with, made from real words of the bench
 * corpus: the worst one-word query (a word in every article), the 200-character
 * queries the issue names (that word repeated; short words), six common words,
 * and a long list of distinct queries for load that the answer cache cannot help.
 */
import { WORD_IN_EVERY_ARTICLE } from "./corpus";

/** The longest query the site answers (site.searchMaxQueryLength); a longer one gets advice, which costs nothing. */
export const MAX_QUERY_LENGTH = 200;

/** Words of three letters or fewer that the corpus templates write into almost every article. */
export const SHORT_WORDS = ["in", "a", "the", "for", "and", "of", "see", "new", "hsd"];

/** Six words each found in at least 99.9% of the articles of the 10,000 corpus. */
export const SIX_COMMON_WORDS = [WORD_IN_EVERY_ARTICLE, "consortium", "regional", "campus", "hague", "across"];

/** Whole words, cycled in order and joined by spaces, as many as fit in `maxLength` characters. */
export function fillTo(words: readonly string[], maxLength: number): string {
  if (words.length === 0) throw new Error("fillTo needs at least one word");
  let text = words[0];
  for (let i = 1; ; i++) {
    const next = `${text} ${words[i % words.length]}`;
    if (next.length > maxLength) return text;
    text = next;
  }
}

export type ProbeQueryId = "one-word" | "one-word-again" | "repeated-200" | "short-words-200" | "six-common";

export interface ProbeQuery {
  id: ProbeQueryId;
  name: string;
  query: string;
}

/**
 * The in-process probe's queries. The one-word query is there twice: the
 * difference between its two measurements is the noise a "costs no more" verdict allows.
 */
export function probeQueries(word: string = WORD_IN_EVERY_ARTICLE): ProbeQuery[] {
  return [
    { id: "one-word", name: "one word in every article", query: word },
    { id: "one-word-again", name: "the same, measured again", query: word },
    { id: "repeated-200", name: "200 characters: that word repeated", query: fillTo([word], MAX_QUERY_LENGTH) },
    { id: "short-words-200", name: "200 characters of short words", query: fillTo(SHORT_WORDS, MAX_QUERY_LENGTH) },
    { id: "six-common", name: "six common words", query: SIX_COMMON_WORDS.join(" ") },
  ];
}

/**
 * `count` distinct search addresses: every word alone, then ordered pairs of
 * different words, in an order that mixes them. Far longer than the site's
 * answer cache (256), so a load run through them is answered without it.
 */
export function distinctSearchPaths(vocabulary: readonly string[], count: number): string[] {
  const words = [...new Set(vocabulary)];
  const queries: string[] = [...words];
  // Stride through the pairs so consecutive queries share no word pattern.
  for (let step = 1; queries.length < count && step < words.length; step++) {
    for (let i = 0; i < words.length && queries.length < count; i++)
      queries.push(`${words[i]} ${words[(i + step) % words.length]}`);
  }
  if (queries.length < count)
    throw new Error(`only ${queries.length} distinct queries can be made from ${words.length} words; ${count} asked`);
  return queries.slice(0, count).map((query) => `/search?q=${encodeURIComponent(query).replace(/%20/g, "+")}`);
}
