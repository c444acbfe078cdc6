/**
 * A worked example's scenario: the inputs a lesson's `<Example>` starts from (each with where it comes from)
 * and one function that turns any values of those inputs into every number and word the example shows,
 * through the calculators' own models. The lesson's text, the calculator under it, the calculator page's
 * preset, the slide and the browser enhancement all read this one object, so they cannot disagree.
 * Pure; no DOM.
 */
import type { NumberField } from '../calculators/fields';
import { formatNumber } from '../format';
import { formatCount } from '../calculators/format-calculator';
import { countNoun } from '../count-noun';
import type { CalculatorKind } from '../calculators/calculator';

/**
 * One input of an example: a calculator-style number field (same parsing, checks and Dutch messages) with
 * the example's value, the step of one arrow key, and where the value comes from.
 */
export interface ScenarioInput extends NumberField {
  /** The example's value, in the unit the reader types (a percent input holds 20 for 20 %). */
  value: number;
  /** What one arrow key adds; Shift or Page Up/Down adds ten steps. */
  step: number;
  /** Where the value comes from: the source's short name, or "onze aanname". */
  basis: string;
  /** What one of a count is called ("like"), for "1 like" next to "2 likes" (`noun`). */
  one?: string;
}

/** Values per input id. */
export type ScenarioValues = Readonly<Record<string, number>>;

/** Which embedded calculator follows the example, and how the example's values fill its fields. */
export interface ScenarioCalculator {
  kind: CalculatorKind;
  /** The calculator's preset that is this scenario (same id on the lesson and on the calculator page). */
  preset: string;
  /** The calculator's raw field texts for these values (unambiguous, as a preset writes them). */
  fields(values: ScenarioValues): Record<string, string>;
}

/** A named worked example. */
export interface Scenario {
  id: string;
  /** The example's title, as the lesson shows it. */
  title: string;
  inputs: readonly ScenarioInput[];
  /** Every number and word the example shows, by key, formatted in Dutch. Never throws; never "NaN". */
  show(values: ScenarioValues): Readonly<Record<string, string>>;
  /** One short Dutch sentence of the results, read to screen readers after a change. */
  summary(values: ScenarioValues): string;
  calculator?: ScenarioCalculator;
}

/** The example's own values, by input id. */
export function defaultValues(scenario: Scenario): Record<string, number> {
  return Object.fromEntries(scenario.inputs.map((i) => [i.id, i.value]));
}

/** The input with this id; throws for an unknown id, so a typo in a lesson fails the build. */
export function inputOf(scenario: Scenario, id: string): ScenarioInput {
  const input = scenario.inputs.find((i) => i.id === id);
  if (!input) throw new Error(`scenario ${scenario.id} has no input "${id}"`);
  return input;
}

/**
 * Everything an example can show for these values: each input's own text (so a sentence can repeat an input
 * without a second control) and the scenario's results.
 */
export function shownTexts(scenario: Scenario, values: ScenarioValues): Readonly<Record<string, string>> {
  const echoes = Object.fromEntries(scenario.inputs.map((i) => [i.id, inputText(i, values[i.id] ?? i.value)]));
  return { ...echoes, ...scenario.show(values) };
}

/** The text an output shows for these values; throws for an unknown key (a typo fails the build). */
export function outputOf(scenario: Scenario, key: string, values: ScenarioValues = defaultValues(scenario)): string {
  const text = shownTexts(scenario, values)[key];
  if (text === undefined) throw new Error(`scenario ${scenario.id} shows no "${key}"`);
  return text;
}

/** Removes the binary noise of repeated steps (0,1 + 0,2), so 0,30000000000000004 is 0,3. */
function clean(n: number): number {
  return Number(n.toPrecision(12));
}

/** Keeps a value inside the input's range; NaN becomes the minimum. */
export function clampInput(input: ScenarioInput, value: number): number {
  if (!Number.isFinite(value)) return input.min;
  return Math.min(input.max, Math.max(input.min, value));
}

/**
 * The value after one key press: `direction` steps of `step` (×10 with `big`), snapped to the step grid
 * from the minimum so arrows never leave odd fractions, and kept in range.
 * @example stepInput(likesInput, 1000, 1, false) // 1100 when step is 100
 */
export function stepInput(input: ScenarioInput, value: number, direction: 1 | -1, big = false): number {
  const steps = big ? 10 : 1;
  const k = clean((clampInput(input, value) - input.min) / input.step);
  // Off the grid (a typed value), the first step lands on the next grid point in the direction pressed.
  const index = direction > 0 ? Math.floor(k) + steps : Math.ceil(k) - steps;
  return clean(clampInput(input, input.min + index * input.step));
}

/** The input's value as the sentence shows it and as `aria-valuetext` says it: "€ 50", "20 %", "2 uur". */
export function inputText(input: ScenarioInput, value: number): string {
  if (input.unit === 'euro') return euro(value);
  const n = formatNumber(value, 6);
  if (input.unit === 'percent') return `${n}\u00a0%`;
  if (input.unit === 'hours') return `${n} uur`;
  if (input.one !== undefined && value === 1) return `1 ${input.one}`;
  return input.noun ? `${n} ${input.noun}` : n;
}

/**
 * An amount in euros as an example writes it: whole euros without cents ("€ 1.220"), otherwise with cents
 * ("€ 0,40"), and a fraction of a cent with two significant digits ("€ 0,0025"). "–" when not finite.
 * @example euro(1220) // "€ 1.220"; euro(0.4) // "€ 0,40"; euro(-25) // "-€ 25"
 */
export function euro(amount: number): string {
  if (!Number.isFinite(amount)) return formatNumber(amount);
  const sign = amount < 0 ? '-' : '';
  const a = Math.abs(amount);
  const cents = Math.round(a * 100);
  if (cents === 0 && a > 0) {
    const digits = Math.min(8, 1 - Math.floor(Math.log10(a)));
    return `${sign}€\u00a0${formatNumber(a, digits)}`;
  }
  if (cents % 100 === 0) return `${cents === 0 ? '' : sign}€\u00a0${formatNumber(cents / 100)}`;
  const text = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
    cents / 100,
  );
  return `${sign}€\u00a0${text}`;
}

/**
 * A count with its noun in the right number: "1 klant", "2 klanten", "2,4 klanten" (expected values keep one
 * decimal below 10, as the calculators show them).
 * @example countWords(1, 'klant', 'klanten') // "1 klant"
 */
export function countWords(n: number, one: string, many: string): string {
  // The course's one count formatter decides the noun (src/lib/count-noun.ts); this only names the forms.
  return countNoun(n, { one, many }, formatCount);
}

/** A plain number with up to `decimals` decimals, "–" when not finite. */
export function num(n: number, decimals = 0): string {
  return formatNumber(n, decimals);
}

/** A fraction as a percentage with up to `decimals` decimals: 0.0625 → "6,25 %". */
export function pct(fraction: number, decimals = 2): string {
  if (!Number.isFinite(fraction)) return formatNumber(fraction);
  return `${formatNumber(Number((fraction * 100).toPrecision(12)), decimals)}\u00a0%`;
}

/**
 * Whether a value from elsewhere (the presenter's window) is a full set of values for this scenario: a number
 * in range for every input, nothing else.
 */
export function validValues(scenario: Scenario, value: unknown): value is Record<string, number> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  if (Object.keys(v).length !== scenario.inputs.length) return false;
  return scenario.inputs.every((i) => {
    const n = v[i.id];
    return typeof n === 'number' && Number.isFinite(n) && n >= i.min && n <= i.max;
  });
}
