/**
 * Dutch number formatting for everything the course shows: plain numbers, percentages, euros and large
 * counts ("10,1 mln"). Pure functions over `Intl.NumberFormat('nl-NL')`; no DOM.
 *
 * A value that is not a finite number formats as `NOT_A_NUMBER` ("–"), never as "NaN" or "∞": callers
 * validate input first, and this is the last line of defence so a page never shows nonsense.
 */

/** What a non-finite value (NaN, ±Infinity) formats as. */
export const NOT_A_NUMBER = '–';

/** A no-break space: keeps "2,4 %" and "10,1 mln" together on one line. */
const NBSP = '\u00a0';

// Formatters are costly to create; cache one per option set.
const cache = new Map<string, Intl.NumberFormat>();
function formatter(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    // signDisplay 'negative' keeps values that round to zero from showing as "-0".
    f = new Intl.NumberFormat('nl-NL', { signDisplay: 'negative', ...options });
    cache.set(key, f);
  }
  return f;
}

/** Clamps a requested number of decimals to what Intl accepts (0–20, whole). */
function decimals(max: number): number {
  return Number.isFinite(max) ? Math.min(20, Math.max(0, Math.trunc(max))) : 0;
}

/**
 * A number with Dutch separators, up to `maxDecimals` decimals (trailing zeros dropped).
 * @example formatNumber(1234567.891) // "1.234.568"; formatNumber(2.5, 1) // "2,5"
 */
export function formatNumber(value: number, maxDecimals = 0): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  return formatter({ maximumFractionDigits: decimals(maxDecimals) }).format(value);
}

/**
 * A fraction as a Dutch percentage with a space before the sign, up to `maxDecimals` decimals.
 * @example formatPercent(0.024) // "2,4 %"; formatPercent(0.00035, 3) // "0,035 %"
 */
export function formatPercent(fraction: number, maxDecimals = 2): string {
  if (!Number.isFinite(fraction)) return NOT_A_NUMBER;
  // Scale first and format as a plain number, so the space before "%" is ours and not locale data.
  // toPrecision(15) removes the binary noise of the scaling (0.00035 * 100 = 0.034999…), which would round down.
  return `${formatNumber(Number((fraction * 100).toPrecision(15)), maxDecimals)}${NBSP}%`;
}

/**
 * An amount in euros, always with cents.
 * @example formatEuro(1234.5) // "€ 1.234,50"
 */
export function formatEuro(amount: number): string {
  if (!Number.isFinite(amount)) return NOT_A_NUMBER;
  return formatter({ style: 'currency', currency: 'EUR' }).format(amount);
}

/**
 * A large count in the short Dutch form: millions as "mln", billions as "mld", anything smaller in full.
 * @example formatCompact(10_100_000) // "10,1 mln"; formatCompact(2_950_000) // "2,95 mln"; formatCompact(2_500) // "2.500"
 */
export function formatCompact(value: number, maxDecimals = 2): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  const d = decimals(maxDecimals);
  const size = Math.abs(value);
  // 999.999.999 rounds to 1.000 million: read it as "1 mld", not "1.000 mln".
  const millionsRounded = Math.round((size / 1e6) * 10 ** d) / 10 ** d;
  if (size >= 1e9 || millionsRounded >= 1000) return `${formatNumber(value / 1e9, d)}${NBSP}mld`;
  if (size >= 1e6) return `${formatNumber(value / 1e6, d)}${NBSP}mln`;
  return formatNumber(value);
}

/**
 * A benchmark rate: up to two decimals, three below 0,1 % so that small rates keep a digit that matters.
 * @example formatRate(0.024) // "2,4 %"; formatRate(0.00035) // "0,035 %"
 */
export function formatRate(fraction: number): string {
  return formatPercent(fraction, fraction !== 0 && Math.abs(fraction) < 0.001 ? 3 : 2);
}
