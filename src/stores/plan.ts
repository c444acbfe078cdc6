/**
 * `$plan`: the reader's plan ("Mijn plan"): goal, chosen metrics, worksheet answers, the 30-day list, the
 * monthly log and the calculators' last scenarios. Stored in localStorage as `vdl:plan`, an envelope
 * `{"v": 3, "data": PlanData}` (format: `src/lib/plan/format.ts`; versions and migration:
 * `src/lib/progress/format.ts`), validated on every read, set aside when corrupt (see `part-store.ts`),
 * kept in step across tabs, and saved in the same progress file as the rest of the progress.
 *
 * Every action stamps `updatedAt`, which decides which plan wins when a progress file is loaded.
 */
import type { CalculatorState } from '../lib/calculators/calculator';
import {
  EMPTY_PLAN,
  SCENARIO_KINDS,
  type GoalInput,
  type LogEntry,
  type PlanData,
  type ScenarioKind,
} from '../lib/plan/format';
import { putLogEntry, removeLogEntry } from '../lib/plan/log';
import { MAX_METRICS } from '../lib/plan/format';
import { metricById } from '../lib/plan/metrics';
import type { DimensionId } from '../lib/selftest/dimensions';
import type { WorksheetQuestion } from '../data/worksheet';
import { createPartStore } from './part-store';

/** The reader's plan. */
export const $plan = createPartStore('plan');

function change(update: (plan: PlanData) => PlanData, now: Date = new Date()): void {
  $plan.set({ ...update($plan.get()), updatedAt: now.toISOString() });
}

/** Stores one field of the goal sentence, as typed. */
export function setGoalField(field: keyof GoalInput, value: string): void {
  change((p) => ({ ...p, goal: { ...p.goal, [field]: String(value).slice(0, 200) } }));
}

/** Chooses or unchooses a metric (at most three; unknown ids are ignored). */
export function toggleMetric(id: string, on: boolean): void {
  if (!metricById(id)) return;
  change((p) => {
    const rest = p.metrics.filter((m) => m !== id);
    return { ...p, metrics: on && rest.length < MAX_METRICS ? [...rest, id] : rest };
  });
}

/** Stores a worksheet answer, as typed. */
export function setAnswer(id: WorksheetQuestion['id'], text: string): void {
  change((p) => ({ ...p, answers: { ...p.answers, [id]: String(text).slice(0, 4000) } }));
}

/** Starts (or restarts) the 30-day list from these dimensions, today; ticks are cleared. */
export function startMonth(weakest: readonly DimensionId[], now: Date = new Date()): void {
  const start = now.toISOString().slice(0, 10);
  change((p) => ({ ...p, month: { start, weakest: [...weakest], done: [] } }), now);
}

/** Ticks a task off, or unticks it. */
export function setTaskDone(id: string, done: boolean): void {
  change((p) => {
    if (!p.month) return p;
    const rest = p.month.done.filter((d) => d !== id);
    return { ...p, month: { ...p.month, done: done ? [...rest, id] : rest } };
  });
}

/** Adds or replaces a month in the log (the entry comes from `checkLogEntry`, so it is valid). */
export function saveLogEntry(entry: LogEntry): void {
  change((p) => ({ ...p, log: putLogEntry(p.log, entry) }));
}

/** Removes a month from the log. */
export function deleteLogEntry(month: string): void {
  change((p) => ({ ...p, log: removeLogEntry(p.log, month) }));
}

/**
 * Remembers a calculator's state as the reader's scenario (called by the calculators' URL binding after the
 * reader changes something). Only the funnel and effort calculators are kept.
 */
export function rememberScenario(kind: string, state: CalculatorState, now: Date = new Date()): void {
  if (!(SCENARIO_KINDS as readonly string[]).includes(kind)) return;
  const copy: CalculatorState = { preset: state.preset, values: { ...state.values } };
  change(
    (p) => ({ ...p, scenarios: { ...p.scenarios, [kind as ScenarioKind]: { state: copy, at: now.toISOString() } } }),
    now,
  );
}

/** Empties the whole plan (the page asks for confirmation first). */
export function resetPlan(): void {
  $plan.set(EMPTY_PLAN);
}
