/**
 * The effort calculator's definition. Its presets are example numbers, not sourced figures, and say so.
 */
import type { CalculatorDefinition, Preset } from './calculator';
import { computeEffort, effortFields, effortInputsFrom, type EffortResult } from './effort';
import { aanwezigheid, shopFields } from '../scenarios/aanwezigheid';
import { defaultValues, inputOf, inputText } from '../scenarios/scenario';

// Lesson 5's example is these two businesses: the presets read its scenario, so they cannot disagree.
const defaults = defaultValues(aanwezigheid);
const say = (id: string) => inputText(inputOf(aanwezigheid, id), defaults[id] ?? 0);

const exampleNumbers = 'geen, het zijn voorbeeldcijfers van ons. Vervang ze door die van jezelf.';

/** The two businesses of lesson 5's example. */
export const effortPresets: readonly Preset[] = [
  {
    id: 'coach',
    label: 'Coach',
    description: `De coach uit les 5: ${say('uren')} per week aan social media, trajecten van ${say('order')} en ${say('marge')} marge.`,
    basis: exampleNumbers,
    values: aanwezigheid.calculator!.fields(defaults),
  },
  {
    id: 'webshop',
    label: 'Webshop',
    description: `De webwinkel uit les 5: dezelfde uren en kosten, bestellingen van gemiddeld ${say('shopOrder')} en ${say('shopMarge')} marge.`,
    basis: exampleNumbers,
    values: shopFields(defaults),
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
