/**
 * What a reader types into an example's input, and an input's value as a calculator field's text: both go
 * through the calculators' own parsing and checks (`../calculators/fields.ts`). Kept apart from
 * `./scenario.ts` so a page loads the parser only when a reader starts typing. Pure; no DOM.
 */
import { checkField } from '../calculators/fields';
import { unambiguousText } from '../calculators/parse-number';
import type { ScenarioInput } from './scenario';

/** What a reader typed, checked as the calculators check a field: the value, or the Dutch message. */
export function readTyped(input: ScenarioInput, raw: string): { value: number } | { message: string } {
  const check = checkField(raw, input);
  if (check.status === 'ok' && check.value !== null) return { value: check.value };
  if (check.status === 'empty') return { message: 'Vul een getal in.' };
  if (check.status === 'error' || check.status === 'ambiguous') return { message: check.message };
  return { message: 'Vul een getal in.' };
}

/** The value as a calculator field's text (unambiguous: whole euros without a lone thousands dot). */
export function fieldTextOf(input: ScenarioInput, value: number): string {
  return unambiguousText(value, { money: input.unit === 'euro' });
}
