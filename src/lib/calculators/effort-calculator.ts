/**
 * The effort calculator's definition. Its presets are example numbers, not sourced figures, and say so.
 */
import type { CalculatorDefinition, Preset } from './calculator';
import { computeEffort, effortFields, effortInputsFrom, type EffortResult } from './effort';

// Lesson 5's example is these two businesses (`../scenarios/aanwezigheid.ts`), written out here rather than
// computed from the scenario, which would put the example's code into the island. tests/unit/scenarios
// checks that values and descriptions equal the scenario's.

const exampleNumbers = 'geen, het zijn voorbeeldcijfers van ons. Vervang ze door die van jezelf.';

/** The two businesses of lesson 5's example. */
export const effortPresets: readonly Preset[] = [
  {
    id: 'coach',
    label: 'Coach',
    description: 'De coach uit les 5: 4 uur per week aan social media, trajecten van €\u00a0750 en 90\u00a0% marge.',
    basis: exampleNumbers,
    values: { uren: '4', tarief: '60', tools: '30', ads: '150', order: '750', marge: '90' },
  },
  {
    id: 'webshop',
    label: 'Webshop',
    description:
      'De webwinkel uit les 5: dezelfde uren en kosten, bestellingen van gemiddeld €\u00a080 en 40\u00a0% marge.',
    basis: exampleNumbers,
    values: { uren: '4', tarief: '60', tools: '30', ads: '150', order: '80', marge: '40' },
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
