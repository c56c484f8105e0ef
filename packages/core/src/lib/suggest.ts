/**
 * "Did you mean" suggestions for ids. Uses the optimal string alignment
 * distance so that a swapped pair of characters (`fsb-2032` for `fsb-2023`)
 * counts as one edit.
 */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  // No id is this long; comparing a huge key with every id would only cost time.
  if (value.length > MAX_SUGGESTED_LENGTH) return undefined;
  const limit = Math.max(1, Math.floor(value.length / 3));
  const lower = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - value.length) > limit) continue;
    // Past the best so far, a candidate cannot win: the bound lets the row loop stop early.
    const distance = boundedDistance(lower, candidate.toLowerCase(), Math.min(limit, bestDistance));
    if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

const MAX_SUGGESTED_LENGTH = 200;

/** One matrix reused by every comparison (ids are short; it grows if needed). */
let scratch = new Uint16Array(1024);

/** `; did you mean `x`?` or nothing. */
export function didYouMean(value: string, candidates: Iterable<string>): string {
  return didYouMeanText(closest(value, candidates));
}

/** The words a message ends with for a suggestion already found (none without one). */
export function didYouMeanText(match: string | undefined): string {
  return match === undefined ? '' : `; did you mean \`${match}\`?`;
}

/**
 * The distance between `a` and `b`, or `bound + 1` as soon as every cell of a
 * row exceeds `bound` (no later row can come back under it). Thousands of
 * unknown ids in one file are each compared with every rubric id, so this
 * stays cheap: one typed array, and most comparisons stop after a few rows.
 */
function boundedDistance(a: string, b: string, bound: number): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  if (scratch.length < rows * cols) scratch = new Uint16Array(rows * cols);
  const d = scratch;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  let previousRowMin = 0;
  for (let i = 1; i < rows; i++) {
    let rowMin = d[i * cols] as number;
    for (let j = 1; j < cols; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(
        (d[(i - 1) * cols + j] as number) + 1,
        (d[i * cols + j - 1] as number) + 1,
        (d[(i - 1) * cols + j - 1] as number) + cost,
      );
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        value = Math.min(value, (d[(i - 2) * cols + j - 2] as number) + 1);
      }
      d[i * cols + j] = value;
      if (value < rowMin) rowMin = value;
    }
    // A transposition reaches back two rows, so stop only when two rows in a row are over.
    if (rowMin > bound && i > 1 && previousRowMin > bound) return bound + 1;
    previousRowMin = rowMin;
  }
  return d[rows * cols - 1] as number;
}
