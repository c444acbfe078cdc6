/**
 * "2 uur × 52 weken = 104 uur … € 6.240": a year of the weekly hours (`uren`) at the rate (`tarief`), as the
 * worked examples of lessons 3 and 7 show it, from the customer-value model. Pure; no DOM.
 */
import { hoursPerYearFrom, timeCostPerYear, WEEKS_PER_YEAR } from '../calculators/customer-value';
import { euro, num, type ScenarioValues } from './scenario';

/** The year's cost of the example's hours, in euros (whole cents). */
export function yearCost(v: ScenarioValues): number {
  return timeCostPerYear(v['uren'] ?? 0, v['tarief'] ?? 0);
}

/** The texts of the year's sum: weeks in a year, hours in a year, and what those hours cost. */
export function yearOfHoursTexts(v: ScenarioValues): { weeksInYear: string; hoursPerYear: string; timeCost: string } {
  return {
    weeksInYear: num(WEEKS_PER_YEAR),
    hoursPerYear: `${num(hoursPerYearFrom(v['uren'] ?? 0), 2)} uur`,
    timeCost: euro(yearCost(v)),
  };
}
