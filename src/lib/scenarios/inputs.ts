/**
 * Builders for a scenario's inputs, so each reads as one line: what it is, its value, its step and its
 * source; the unit decides the range and the checks (the calculators' field rules). Pure; no DOM.
 */
import type { ScenarioInput } from './scenario';

/** What every input states itself. */
type Basics = Pick<ScenarioInput, 'id' | 'label' | 'value' | 'step' | 'basis'>;

/** An amount in euros, from € 0. */
export function euroInput(b: Basics, max = 1e6): ScenarioInput {
  return { kind: 'number', unit: 'euro', min: 0, max, ...b };
}

/** A percentage, 0–100 (20 means 20 %). */
export function percentInput(b: Basics): ScenarioInput {
  return { kind: 'number', unit: 'percent', min: 0, max: 100, ...b };
}

/** A whole count of people or things, with its noun ("likes") and, for 1, its singular ("like"). */
export function countInput(b: Basics & Partial<Pick<ScenarioInput, 'noun' | 'one' | 'min' | 'max'>>): ScenarioInput {
  return { kind: 'number', unit: 'count', min: 0, max: 1e9, ...b };
}

/** Hours. */
export function hoursInput(b: Basics, max: number): ScenarioInput {
  return { kind: 'number', unit: 'hours', min: 0, max, ...b };
}

/** What an hour of the reader's time is worth: the same input in every example that counts time. */
export function hourlyRate(value: number, basis: string): ScenarioInput {
  return euroInput({ id: 'tarief', label: 'Uurtarief', value, step: 5, basis }, 10_000);
}

/** Hours a week spent on social media, by half hours: the same input in every example that counts a week. */
export function weeklyHours(value: number, basis: string): ScenarioInput {
  return hoursInput({ id: 'uren', label: 'Uren per week aan social media', value, step: 0.5, basis }, 168);
}
