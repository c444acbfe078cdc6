/**
 * Calculator state in the page URL, so a calculation can be shared as a link and survives a reload.
 * Each instance on a page owns the query parameters prefixed with its id: `?a.preset=kledingmerk&a.likes=2.000`.
 * Only values that differ from the preset are written, to keep links short. Everything read from a URL is
 * validated: unknown keys and presets are ignored, text is trimmed to a short length and stripped of control
 * characters, and choices must be one of the options. Values are only ever shown as input text, never as HTML.
 */
import { presetById, type CalculatorDefinition, type CalculatorState } from './calculator';

/** Longest raw value accepted from a URL: longer than anything a reader types into a number field. */
export const MAX_VALUE_LENGTH = 40;

/** Instance ids are short and URL-safe: "a", "b", "funnel-2". */
const INSTANCE_ID = /^[a-z][a-z0-9-]{0,23}$/;

/** Whether an instance id can be used as a URL prefix. */
export function isValidInstanceId(id: string): boolean {
  return INSTANCE_ID.test(id);
}

/**
 * Removes control characters and trims to `MAX_VALUE_LENGTH`: what a link carries. The number parser ignores
 * control characters and the store caps typed text at the same length, so a link reproduces the result.
 */
function sanitise(text: string): string {
  // Control characters are exactly what we strip.
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').slice(0, MAX_VALUE_LENGTH);
}

/** The field's label for a message, or the name itself for an unknown one. */
function labelOf<R>(def: CalculatorDefinition<R>, name: string): string {
  return def.fields.find((f) => f.id === name)?.label ?? name;
}

/**
 * One Dutch line saying which parts of a link the page did not take, or null when it took them all.
 * @example linkNotice([{ kind: 'duplicate', name: 'likes' }], funnelCalculator)
 *   // 'Niet alles uit de link is gebruikt: ‘Likes’ stond er twee keer in (we namen de eerste).'
 */
export function linkNotice<R>(problems: readonly LinkProblem[], def: CalculatorDefinition<R>): string | null {
  if (problems.length === 0) return null;
  const parts = problems.map((p) => {
    switch (p.kind) {
      case 'duplicate':
        return `‘${labelOf(def, p.name)}’ stond er twee keer in (we namen de eerste)`;
      case 'unknown-preset':
        return `het voorbeeld ‘${p.value}’ bestaat niet (we namen ‘${presetById(def, p.used).label}’)`;
      case 'too-long':
        return `de waarde van ‘${labelOf(def, p.name)}’ was langer dan ${MAX_VALUE_LENGTH} tekens (niet gebruikt)`;
      case 'unknown-field':
        return `‘${p.name}’ kent deze rekenhulp niet`;
      case 'unknown-option':
        return `‘${p.value}’ is geen keuze bij ‘${labelOf(def, p.name)}’`;
    }
  });
  return `Niet alles uit de link is gebruikt: ${parts.join('; ')}.`;
}

/** A part of a link the page did not take as written, and why. Values are only ever shown as text. */
export type LinkProblem =
  | { kind: 'duplicate'; name: string }
  | { kind: 'unknown-preset'; value: string; used: string }
  | { kind: 'too-long'; name: string }
  | { kind: 'unknown-field'; name: string }
  | { kind: 'unknown-option'; name: string; value: string };

/** What a link says about one instance: its state (null when it says nothing) and what it did not take. */
export interface LinkReading {
  state: CalculatorState | null;
  problems: LinkProblem[];
}

/**
 * Reads one instance's state from a query string, and every part it did not take as written: a parameter
 * given twice (the first counts), an unknown preset (the default stands), a value longer than a field holds
 * (not taken: a cut number would be another number), an unknown field or option.
 * @example readInstanceLink('?a.likes=1&a.likes=2', 'a', funnelCalculator).problems // [{ kind: 'duplicate', name: 'likes' }]
 */
export function readInstanceLink<R>(search: string, instanceId: string, def: CalculatorDefinition<R>): LinkReading {
  if (!isValidInstanceId(instanceId)) return { state: null, problems: [] };
  const params = new URLSearchParams(search);
  const prefix = `${instanceId}.`;
  let seen = false;
  let presetId: string | null = null;
  const overrides: Record<string, string> = {};
  const problems: LinkProblem[] = [];
  const taken = new Set<string>();
  for (const [key, rawValue] of params) {
    if (!key.startsWith(prefix)) continue;
    const name = key.slice(prefix.length);
    if (taken.has(name)) {
      if (!problems.some((p) => p.kind === 'duplicate' && p.name === name)) problems.push({ kind: 'duplicate', name });
      continue;
    }
    taken.add(name);
    const clean = rawValue.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
    const value = sanitise(rawValue);
    if (name === 'preset') {
      if (def.presets.some((p) => p.id === value)) {
        presetId = value;
        seen = true;
      } else {
        problems.push({ kind: 'unknown-preset', value, used: presetById(def, null).id });
      }
      continue;
    }
    const field = def.fields.find((f) => f.id === name);
    if (!field) {
      problems.push({ kind: 'unknown-field', name: sanitise(name) });
      continue;
    }
    if (clean.length > MAX_VALUE_LENGTH) {
      problems.push({ kind: 'too-long', name });
      continue;
    }
    if (field.kind === 'choice' && !field.options.some((o) => o.value === value)) {
      problems.push({ kind: 'unknown-option', name, value });
      continue;
    }
    overrides[name] = value;
    seen = true;
  }
  if (!seen) return { state: null, problems };
  const preset = presetById(def, presetId);
  return { state: { preset: preset.id, values: { ...preset.values, ...overrides } }, problems };
}

/**
 * Reads one instance's state from a query string. Returns null when the URL says nothing about this instance.
 * @example readInstanceState('?a.preset=niche-expert&a.likes=3.000', 'a', funnelCalculator)
 *   // { preset: 'niche-expert', values: { …niche-expert's values, likes: '3.000' } }
 */
export function readInstanceState<R>(
  search: string,
  instanceId: string,
  def: CalculatorDefinition<R>,
): CalculatorState | null {
  return readInstanceLink(search, instanceId, def).state;
}

/**
 * Writes one instance's state into a query string, leaving every other parameter as it was.
 * @example writeInstanceState('?q=x', 'a', { preset: 'kledingmerk', values: { …, likes: '2.000' } }, funnelCalculator)
 *   // '?q=x&a.preset=kledingmerk&a.likes=2.000' (URL-encoded)
 */
export function writeInstanceState<R>(
  search: string,
  instanceId: string,
  state: CalculatorState,
  def: CalculatorDefinition<R>,
): string {
  if (!isValidInstanceId(instanceId)) return search;
  const params = new URLSearchParams(search);
  const prefix = `${instanceId}.`;
  for (const key of [...params.keys()]) if (key.startsWith(prefix)) params.delete(key);
  const preset = presetById(def, state.preset);
  params.set(`${prefix}preset`, preset.id);
  for (const field of def.fields) {
    const value = state.values[field.id];
    if (typeof value !== 'string' || value === (preset.values[field.id] ?? '')) continue;
    params.set(`${prefix}${field.id}`, sanitise(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Validates any value as a state for this calculator (for URL data and for state that arrives from another
 * window): keeps known fields with string values, fills the rest from the preset. Never throws.
 */
export function sanitiseState<R>(input: unknown, def: CalculatorDefinition<R>): CalculatorState {
  const obj = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const preset = presetById(def, typeof obj['preset'] === 'string' ? obj['preset'] : null);
  const given =
    typeof obj['values'] === 'object' && obj['values'] !== null ? (obj['values'] as Record<string, unknown>) : {};
  const values: Record<string, string> = { ...preset.values };
  for (const field of def.fields) {
    const v = given[field.id];
    if (typeof v !== 'string') continue;
    const clean = sanitise(v);
    if (field.kind === 'choice' && !field.options.some((o) => o.value === clean)) continue;
    values[field.id] = clean;
  }
  return { preset: preset.id, values };
}
