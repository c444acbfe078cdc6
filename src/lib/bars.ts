/**
 * Geometry for the static bar charts the site renders at build time (no script): each value's bar length as
 * a percentage of the largest value. Pure, so odd data (all zero, negative, NaN) gives empty bars, not NaN.
 */

/**
 * Bar lengths in percent (0–100) of the largest finite positive value; anything else gets 0.
 * @example barLengths([0.08, 0.04, 0.016]) // [100, 50, 20]
 */
export function barLengths(values: readonly number[]): number[] {
  const usable = (v: number) => Number.isFinite(v) && v > 0;
  const max = values.reduce((m, v) => (usable(v) && v > m ? v : m), 0);
  return values.map((v) => (max > 0 && usable(v) ? Math.min(100, (v / max) * 100) : 0));
}
