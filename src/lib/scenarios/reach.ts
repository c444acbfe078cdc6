/**
 * Reach per like for the funnel model from an example's reach in people. The funnel uses reach for context
 * only (no result depends on it); the calculator's field stops at 1.000 people per like, so the example's
 * value is kept within that, and the calculator below can always show it. Pure; no DOM.
 */
import { ratio } from '../calculators/ratio';

/** The funnel calculator's upper limit for reach per like. */
export const MAX_REACH_PER_LIKE = 1000;

/**
 * People reached per like, at most the calculator's limit; 0 without likes.
 * @example reachPerLike(5000, 1000) // 5
 */
export function reachPerLike(reach: number, likes: number): number {
  return Math.min(MAX_REACH_PER_LIKE, ratio(reach, likes) ?? 0);
}
