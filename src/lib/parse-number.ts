/**
 * Reads a number as a Dutch or Flemish reader types it: "2,5" (decimal comma), "1.000" and "1.000.000"
 * (thousands dots), "1.234,50", "€ 50", "50 euro", "2,5 %", and plain digits ("2500", "0.5").
 * Pure; no DOM. Range checks (negative, over 100 %) are the caller's job: see `src/lib/fields.ts`.
 */

/** The outcome of reading one input: a finite number, or why not. */
export type ParseResult = { ok: true; value: number } | { ok: false; reason: 'empty' | 'invalid' };

// Thousands groups: "1.000", "12.500.000". The first group never starts with 0 ("0.125" is a decimal).
const THOUSANDS_DOTS = /^[1-9]\d{0,2}(\.\d{3})+$/;
const DUTCH_DECIMAL = /^(?:[1-9]\d{0,2}(?:\.\d{3})+|\d+)?(?:,\d*)?$/;
const POINT_DECIMAL = /^\d*\.\d+$/;

/**
 * Parses a typed number in Dutch notation (or plain digits) into a finite number.
 * @example parseDutchNumber('1.000') // { ok: true, value: 1000 }
 * @example parseDutchNumber('2,5 %') // { ok: true, value: 2.5 }
 * @example parseDutchNumber('abc')   // { ok: false, reason: 'invalid' }
 */
export function parseDutchNumber(input: string): ParseResult {
  if (typeof input !== 'string') return { ok: false, reason: 'invalid' };
  // Units and currency signs are decoration: "€ 50", "50 euro", "5 %", "5%". NBSP and thin spaces count as spaces.
  let s = input
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .trim()
    .replace(/^€\s*/, '')
    .replace(/\s*(%|euro|eur|€)$/i, '')
    .trim();
  if (s === '') return { ok: false, reason: 'empty' };

  // A minus sign (ASCII or typographic) may lead; the sign is applied at the end.
  let sign = 1;
  if (/^[-\u2212]/.test(s)) {
    sign = -1;
    s = s.slice(1).trim().replace(/^€\s*/, '');
  }
  // Amounts are sometimes typed with spaces between thousands groups: "1 000 000".
  if (/^\d{1,3}( \d{3})+(,\d*)?$/.test(s)) s = s.replace(/ /g, '');
  if (s === '' || s === ',' || s === '.') return { ok: false, reason: 'invalid' };

  let normalised: string;
  if (THOUSANDS_DOTS.test(s)) {
    normalised = s.replace(/\./g, '');
  } else if (DUTCH_DECIMAL.test(s)) {
    // "2,5", "1.234,50", ",5", and "2," while the reader is still typing.
    normalised = s.replace(/\./g, '').replace(',', '.');
    if (normalised.endsWith('.')) normalised = normalised.slice(0, -1);
    if (normalised.startsWith('.')) normalised = `0${normalised}`;
  } else if (POINT_DECIMAL.test(s)) {
    // A single point that cannot be a thousands dot ("2.5", "0.125"): read it as a decimal point.
    normalised = s.startsWith('.') ? `0${s}` : s;
  } else {
    return { ok: false, reason: 'invalid' };
  }
  const value = sign * Number(normalised);
  if (!Number.isFinite(value)) return { ok: false, reason: 'invalid' };
  // -0 would print as "-0" in some places; a typed "-0" simply means zero.
  return { ok: true, value: value === 0 ? 0 : value };
}

/**
 * Writes a number the way a Dutch reader would type it, for filling inputs: "1.000", "2,5", "0,04".
 * Keeps up to 6 decimals so a round trip through `parseDutchNumber` returns the same value for presets.
 * @example formatInputNumber(1000) // "1.000"; formatInputNumber(2.5) // "2,5"
 */
export function formatInputNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  return new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 6, useGrouping: true })
    .format(value)
    .replace(/\u2212/g, '-');
}
