/**
 * "Did you mean" for ids. Like `nearest()` in `validate.ts`, but it skips candidates whose
 * length alone rules them out, so a notice with 10,000 ids and many mistakes stays fast.
 */
import { editDistance } from '../config/validate.js';

/** The candidate nearest to `word` when it is near enough to be a likely misspelling. */
export function suggestId(word: string, candidates: readonly string[]): string | undefined {
  const limit = Math.max(2, Math.floor(word.length / 3));
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
    if (distance === 1) break;
  }
  return best;
}

/** A `; did you mean "x"?` suffix, or nothing. */
export function didYouMeanId(word: string, candidates: readonly string[]): string {
  const suggestion = suggestId(word, candidates);
  return suggestion ? `; did you mean "${suggestion}"?` : '';
}
