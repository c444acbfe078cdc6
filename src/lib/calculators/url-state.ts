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
  if (!isValidInstanceId(instanceId)) return null;
  const params = new URLSearchParams(search);
  const prefix = `${instanceId}.`;
  let seen = false;
  let presetId: string | null = null;
  const overrides: Record<string, string> = {};
  for (const [key, rawValue] of params) {
    if (!key.startsWith(prefix)) continue;
    const name = key.slice(prefix.length);
    const value = sanitise(rawValue);
    if (name === 'preset') {
      if (def.presets.some((p) => p.id === value)) {
        presetId = value;
        seen = true;
      }
      continue;
    }
    const field = def.fields.find((f) => f.id === name);
    if (!field) continue;
    if (field.kind === 'choice' && !field.options.some((o) => o.value === value)) continue;
    overrides[name] = value;
    seen = true;
  }
  if (!seen) return null;
  const preset = presetById(def, presetId);
  return { preset: preset.id, values: { ...preset.values, ...overrides } };
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
