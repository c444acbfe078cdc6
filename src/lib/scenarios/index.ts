/**
 * Every worked example's scenario, by id, for the build (lessons, calculator presets, slides). The browser
 * loads one scenario at a time through `./load.ts` instead, so a page only ships the examples it shows.
 */
import { aanwezigheid } from './aanwezigheid';
import { boekhouders } from './boekhouders';
import { kledingmerk } from './kledingmerk';
import { fotograaf } from './fotograaf';
import { tweets } from './tweets';
import { vergiftigd } from './vergiftigd';
import { yogastudio } from './yogastudio';
import { outputOf, type Scenario } from './scenario';

/** All scenarios, in lesson order. */
export const scenarios: readonly Scenario[] = [
  vergiftigd,
  yogastudio,
  boekhouders,
  kledingmerk,
  aanwezigheid,
  tweets,
  fotograaf,
];

/** The scenario with this id; throws for an unknown id, so a typo in a lesson fails the build. */
export function scenarioById(id: string): Scenario {
  const found = scenarios.find((s) => s.id === id);
  if (!found) throw new Error(`unknown scenario "${id}" (known: ${scenarios.map((s) => s.id).join(', ')})`);
  return found;
}

/** A figure's text: typed as `value`, or an example's result read from its scenario (`s`, `k`). */
export type FigureValue = { value: string; s?: never; k?: never } | { value?: never; s: string; k: string };

/**
 * The text a figure (BigNumber) shows.
 * @example figureValue({ s: 'kledingmerk', k: 'revenuePerLike' }) // "€ 0,40"
 */
export function figureValue(figure: FigureValue): string {
  return figure.s !== undefined ? outputOf(scenarioById(figure.s), figure.k) : figure.value;
}
