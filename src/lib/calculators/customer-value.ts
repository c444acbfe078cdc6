/**
 * A year of social media against customers who stay: hours per week over a whole year, what those hours
 * cost at a rate (the shared `costOf`), and what a customer is worth over the years they stay (customer
 * lifetime value, "klantwaarde"). Lesson 3's two accountants and lesson 7's photographer count this way.
 * Pure; no DOM.
 */
import { costOf, nonNegative, toCents } from './money';

/** Weeks in a year: the course counts a year as 52 weeks of the same effort. */
export const WEEKS_PER_YEAR = 52;

/**
 * Hours in a year at the same hours every week, without binary noise; 0 for anything not a finite,
 * positive number (as the money model treats bad input).
 * @example hoursPerYearFrom(2) // 104; hoursPerYearFrom(0.1) // 5.2 (not 5.2000000000000002)
 */
export function hoursPerYearFrom(hoursPerWeek: number): number {
  const hours = nonNegative(hoursPerWeek) * WEEKS_PER_YEAR;
  return Number.isFinite(hours) ? Number(hours.toPrecision(12)) : 0;
}

/**
 * What a year of those weekly hours costs at a rate, in whole cents: the same `costOf` every calculator
 * uses, with no tools or ads.
 * @example timeCostPerYear(2, 60) // 6240
 */
export function timeCostPerYear(hoursPerWeek: number, hourlyRate: number): number {
  return costOf({ hours: hoursPerYearFrom(hoursPerWeek), hourlyRate, tools: 0, ads: 0 });
}

/**
 * A customer's worth over the years they stay (klantwaarde): what they pay per year × the years, in whole
 * cents. Fractional years count (a customer who stays a year and a half). Bad input counts as 0.
 * @example customerValue(1200, 3) // 3600
 */
export function customerValue(amountPerYear: number, years: number): number {
  return toCents(nonNegative(amountPerYear) * nonNegative(years));
}
