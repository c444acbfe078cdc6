/**
 * "Met mijn cijfers": the reader's own numbers from the calculator under an example, carried back into the
 * example. A calculator field fills the example's input of the same id; its text is checked exactly as the
 * calculator checks it, and a field that cannot be used leaves the example's value as it was. Pure; no DOM.
 */
import type { Scenario, ScenarioValues } from './scenario';
import { readTyped } from './typed';

/**
 * The example's values with every input that has a usable calculator field of the same id replaced.
 * @example valuesFromCalculator(kledingmerk, { likes: '2.500', marge: 'veel' }, defaults) // likes 2500, marge stays 50
 */
export function valuesFromCalculator(
  scenario: Scenario,
  fields: Readonly<Record<string, string>>,
  current: ScenarioValues,
): Record<string, number> {
  const next: Record<string, number> = { ...current };
  for (const input of scenario.inputs) {
    const raw = fields[input.id];
    if (raw === undefined) continue;
    const read = readTyped(input, raw);
    if ('value' in read) next[input.id] = read.value;
  }
  return next;
}
