/**
 * "More News" under an article: the others sharing the most themes and partners first, then the
 * newest; never the article itself. Scores come from the postings (article positions, newest
 * first) of the article's own themes and partners, so the cost follows those lists, not the size
 * of the archive.
 */

/**
 * The positions of the `count` articles to show. `postings` are the position lists of the
 * article's themes and partners; `scores` is a zeroed counter per position, lent for the call
 * and left zeroed.
 */
export function moreNewsPositions(
  self: number | undefined,
  postings: readonly (readonly number[])[],
  articleCount: number,
  count: number,
  scores: Uint8Array,
): number[] {
  const touched: number[] = [];
  for (const list of postings) {
    for (const position of list) {
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
  const chosen = [...best];
  for (const position of touched) scores[position] = 0;
  // Fill up with the newest others when too few share anything (then every related one is in `best`).
  for (let position = 0; chosen.length < count && position < articleCount; position++) {
    if (position !== self && !best.includes(position)) chosen.push(position);
  }
  return chosen;
}

function isBetter(position: number, other: number, scores: Uint8Array): boolean {
  return scores[position] > scores[other] || (scores[position] === scores[other] && position < other);
}
