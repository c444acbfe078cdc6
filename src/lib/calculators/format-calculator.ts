/**
 * Formatting the calculators need beyond `format.ts`: expected counts ("2,4 klanten") and small amounts per
 * unit ("€ 0,0011 per like"). Built on `format.ts`, so non-finite values show "–", never NaN.
 */
import { formatEuro, formatNumber } from '../format';

/**
 * A count of people: whole numbers from 10 up, one decimal from 1 to 10 when it is not whole, and two
 * significant digits below 1 (expected values: "0,13", "0,03", never a "0" beside the revenue that count
 * brings). Parts below 1 then add up to their total as shown (0,1 + 0,03 = 0,13).
 * @example formatCount(5000) // "5.000"; formatCount(2.4) // "2,4"; formatCount(8) // "8"; formatCount(0.125) // "0,13"
 */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return formatNumber(value);
  if (value !== 0 && Math.abs(value) < 0.995) {
    const digits = Math.min(20, 1 - Math.floor(Math.log10(Math.abs(value))));
    return formatNumber(value, digits);
  }
  const rounded = Math.round(value * 10) / 10;
  return Math.abs(rounded) < 10 && rounded !== Math.round(rounded) ? formatNumber(rounded, 1) : formatNumber(value);
}

/**
 * A euro amount that may be a fraction of a cent (value per like): two significant decimals below € 0,10.
 * @example formatEuroPerUnit(0.4) // "€ 0,40"; formatEuroPerUnit(0.0011) // "€ 0,0011"
 */
export function formatEuroPerUnit(value: number): string {
  if (!Number.isFinite(value) || value === 0 || Math.abs(value) >= 0.1) return formatEuro(value);
  const decimals = Math.min(8, Math.max(2, 1 - Math.floor(Math.log10(Math.abs(value)))));
  const sign = value < 0 ? '-' : '';
  return `€\u00a0${sign}${formatNumber(Math.abs(value), decimals)}`;
}
