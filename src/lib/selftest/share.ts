/**
 * A shareable form of a result: only the six scores, in dimension order, joined by hyphens. It holds no
 * answers, names or dates, so a shared link or a printout says nothing about who made the test.
 */
import { DIMENSION_IDS, type DimensionId } from './dimensions';
import { isReachableScore, type DimensionScores } from './scoring';

/** The query parameter that carries a shared result: `/zelftest/?uitslag=80-40-60-20-100-50`. */
export const SHARE_PARAM = 'uitslag';

/**
 * Encodes scores for a link.
 * @example encodeShare({ doelen: 80, meten: 40, gesprek: 60, inhoud: 20, middelen: 100, kanalen: 50 }) // '80-40-60-20-100-50'
 */
export function encodeShare(scores: DimensionScores): string {
  return DIMENSION_IDS.map((id) => String(scores[id])).join('-');
}

/**
 * Decodes a shared result, or `null` when the text is not exactly six scores the test can give (whole
 * numbers from 0 to 100 that the statements can add up to: `1-2-3-4-5-6` is refused).
 */
export function decodeShare(text: string | null | undefined): DimensionScores | null {
  if (typeof text !== 'string' || text.length > 40) return null;
  if (!/^\d{1,3}(?:-\d{1,3}){5}$/.test(text)) return null;
  const numbers = text.split('-').map(Number);
  if (!numbers.every((n, i) => isReachableScore(DIMENSION_IDS[i] as DimensionId, n))) return null;
  const out = {} as Record<DimensionId, number>;
  DIMENSION_IDS.forEach((id, i) => {
    out[id] = numbers[i] as number;
  });
  return out;
}
