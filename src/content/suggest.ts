/**
 * "Did you mean ...?" for editors' typos in field names and ids, by edit
 * distance (fastest-levenshtein), ignoring case.
 */
import { distance } from "fastest-levenshtein";

function ranked(word: string, candidates: Iterable<string>): { candidate: string; cost: number }[] {
  const lower = word.toLowerCase();
  return [...candidates]
    .map((candidate) => ({ candidate, cost: distance(lower, candidate.toLowerCase()) }))
    .sort((a, b) => a.cost - b.cost || (a.candidate < b.candidate ? -1 : a.candidate > b.candidate ? 1 : 0));
}

/** The one candidate close enough to be what was meant (a typo, a case slip), or undefined. */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  const best = ranked(word, candidates)[0];
  if (!best) return undefined;
  const tolerance = Math.max(2, Math.floor(word.length / 3));
  return best.cost <= tolerance ? best.candidate : undefined;
}

/** The `count` nearest candidates, nearest first. */
export function nearest(word: string, candidates: Iterable<string>, count = 3): string[] {
  return ranked(word, candidates)
    .slice(0, count)
    .map(({ candidate }) => candidate);
}

/** `'a'`, `'a' or 'b'`, `'a', 'b' or 'c'`. */
export function quotedAlternatives(words: readonly string[]): string {
  const quoted = words.map((word) => `'${word}'`);
  return quoted.length <= 1 ? (quoted[0] ?? "") : `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]}`;
}
