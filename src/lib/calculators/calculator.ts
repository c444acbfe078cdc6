/**
 * What every calculator is made of, so one store, one URL format and one set of form components serve all
 * three: its fields, its presets and a pure `compute` over the resolved values. Pure; no DOM.
 */
import type { Field } from './fields';

/** Which calculator: the names lessons use in `<Calculator name="…" />`. */
export type CalculatorKind = 'like-naar-euro' | 'engagement' | 'inspanning';

/**
 * The whole state of one calculator instance: a plain, serialisable object (JSON-safe, no Dates, no
 * functions). `values` holds the raw text per field exactly as typed (or the chosen option), so nothing the
 * reader typed is ever lost, and a second window can mirror it as is.
 */
export interface CalculatorState {
  /** The preset the values started from (its id), for the preset buttons and for short URLs. */
  preset: string;
  /** Raw text per field id. */
  values: Record<string, string>;
}

/**
 * Whether a value from elsewhere (another window) has the shape of a `CalculatorState`. Shape only: the
 * instance still checks the preset, the field ids and the text against its own calculator when it applies it.
 */
export function isCalculatorState(value: unknown): value is CalculatorState {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { preset, values } = value as Record<string, unknown>;
  if (typeof preset !== 'string' || typeof values !== 'object' || values === null || Array.isArray(values)) {
    return false;
  }
  return Object.values(values).every((v) => typeof v === 'string');
}

/** A named starting point with ready-made values (raw text, as a reader would type them). */
export interface Preset {
  id: string;
  /** Button label, e.g. "Kledingmerk". */
  label: string;
  /** One Dutch sentence: what this scenario is. */
  description: string;
  /** Where the numbers come from (source and year, or "aanname"). Shown with the preset. */
  basis: string;
  values: Readonly<Record<string, string>>;
}

/** One calculator: fields, presets and the math. */
export interface CalculatorDefinition<Result> {
  kind: CalculatorKind;
  fields: readonly Field[];
  presets: readonly Preset[];
  defaultPreset: string;
  /** Runs on resolved values (numbers per number field, option per choice field); must never throw. */
  compute: (values: Readonly<Record<string, number | null | string>>) => Result;
}

/** The preset with this id, or the definition's default preset for an unknown id. */
export function presetById<R>(def: CalculatorDefinition<R>, id: string | null | undefined): Preset {
  const found = def.presets.find((p) => p.id === id);
  if (found) return found;
  const fallback = def.presets.find((p) => p.id === def.defaultPreset) ?? def.presets[0];
  if (!fallback) throw new Error(`calculator ${def.kind} has no presets`);
  return fallback;
}

/**
 * Whether the state still holds exactly its preset's values. After any edit the numbers are the reader's
 * own: the picker then shows "eigen cijfers" and no longer cites the preset's source.
 */
export function isPresetUnchanged<R>(def: CalculatorDefinition<R>, state: CalculatorState): boolean {
  const preset = def.presets.find((p) => p.id === state.preset);
  if (!preset) return false;
  return def.fields.every((f) => (state.values[f.id] ?? '') === (preset.values[f.id] ?? ''));
}

/** A fresh state object for a preset: its values, copied. */
export function stateFromPreset<R>(def: CalculatorDefinition<R>, presetId?: string | null): CalculatorState {
  const preset = presetById(def, presetId);
  return { preset: preset.id, values: { ...preset.values } };
}
