/**
 * From a worked example to its full calculator ("Verder rekenen"): the calculator page's path and the query
 * string that opens scenario A there on the example's preset with the reader's values. Pure; no DOM.
 */
import type { CalculatorKind } from '../calculators/calculator';
import { defaultValues, type Scenario, type ScenarioValues } from './scenario';

const paths: Readonly<Record<CalculatorKind, string>> = {
  'like-naar-euro': '/rekenhulpen/like-naar-euro/',
  engagement: '/rekenhulpen/engagement/',
  inspanning: '/rekenhulpen/inspanning/',
};

/** The calculator page's path (without the site's base). */
export function calculatorPath(kind: CalculatorKind): string {
  return paths[kind];
}

/**
 * The query string for the calculator page: `a.preset` and every field that differs from the preset.
 * @example calculatorSearch(kledingmerk, { ...defaults, likes: 2000 }) // "?a.preset=kledingmerk&a.likes=2.000&a.bereik=2,5"
 */
export function calculatorSearch(scenario: Scenario, values: ScenarioValues): string {
  const calc = scenario.calculator;
  if (!calc) return '';
  const preset = calc.fields(defaultValues(scenario));
  const now = calc.fields(values);
  const params = new URLSearchParams({ 'a.preset': calc.preset });
  for (const [id, text] of Object.entries(now)) if (preset[id] !== text) params.set(`a.${id}`, text);
  return `?${params.toString()}`;
}
