/** Division for results shown to readers: null instead of NaN or Infinity. Pure. */

/**
 * a ÷ b, or null when b is not positive or the result is not finite (a subnormal divisor overflows).
 * @example ratio(400, 1000) // 0.4; ratio(1, 0) // null; ratio(1, 5e-324) // null
 */
export function ratio(a: number, b: number): number | null {
  if (!(b > 0)) return null;
  const r = a / b;
  return Number.isFinite(r) ? r : null;
}
