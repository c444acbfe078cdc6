/**
 * The effort calculator's definition. Its presets are example numbers, not sourced figures, and say so.
 */
import type { CalculatorDefinition, Preset } from './calculator';
import { computeEffort, effortFields, effortInputsFrom, type EffortResult } from './effort';

const exampleNumbers = 'geen, het zijn voorbeeldcijfers van ons. Vervang ze door die van jezelf.';

/** Example businesses. */
export const effortPresets: readonly Preset[] = [
  {
    id: 'coach',
    label: 'Coach',
    description: 'Een coach die 4 uur per week aan social media besteedt en sessies van € 95 verkoopt.',
    basis: exampleNumbers,
    values: { uren: '4', tarief: '60', tools: '25', ads: '50', order: '95', marge: '80' },
  },
  {
    id: 'webshop',
    label: 'Webshop',
    description: 'Een kleine webshop met bestellingen van gemiddeld € 50 en een marge van 35 %.',
    basis: exampleNumbers,
    values: { uren: '6', tarief: '40', tools: '40', ads: '250', order: '50', marge: '35' },
  },
];

/** Inspanning: what social media costs per month and year, and the customers that earn it back. */
export const effortCalculator: CalculatorDefinition<EffortResult> = {
  kind: 'inspanning',
  fields: effortFields,
  presets: effortPresets,
  defaultPreset: 'coach',
  compute: (values) => computeEffort(effortInputsFrom(values)),
};
