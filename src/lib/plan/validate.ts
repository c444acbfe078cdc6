/**
 * Validation of a stored or imported plan, field by field: a bad field falls back to its empty value and is
 * counted, the rest is kept (the same contract as the other progress parts, see
 * `src/lib/progress/validate.ts`). A value that is not even an object yields `null`.
 */
import { isCalculatorState } from '../calculators/calculator';
import { DIMENSION_IDS, isDimensionId } from '../selftest/dimensions';
import { worksheet } from '../../data/worksheet';
import {
  EMPTY_GOAL,
  MAX_LOG,
  MAX_METRICS,
  MAX_STORED_TEXT,
  SCENARIO_KINDS,
  type GoalInput,
  type LogEntry,
  type MonthPlan,
  type PlanData,
  type StoredScenario,
} from './format';
import { isLogMonth } from './log';
import { MAX_COUNT } from './count';
import { metricById } from './metrics';

/** A validated plan and how many fields or entries had to be dropped. */
export interface ValidatedPlan {
  value: PlanData;
  dropped: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
/** Dates may run a day ahead of this browser's clock (time zones, a slightly wrong clock elsewhere). */
const CLOCK_SLACK_MS = 24 * 60 * 60 * 1000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isShortText(value: unknown, max = MAX_STORED_TEXT): value is string {
  return typeof value === 'string' && value.length <= max;
}

/** True for a moment (ISO 8601, UTC) that is not in the future. */
export function isPastMoment(value: unknown, now: Date): value is string {
  if (typeof value !== 'string' || !ISO.test(value)) return false;
  const t = Date.parse(value);
  return Number.isFinite(t) && t <= now.getTime() + CLOCK_SLACK_MS;
}

function isPastDay(value: unknown, now: Date): value is string {
  return typeof value === 'string' && DAY.test(value) && isPastMoment(`${value}T00:00:00Z`, now);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= MAX_COUNT;
}

function validateGoal(raw: unknown): GoalInput | null {
  if (!isRecord(raw)) return null;
  const out: Record<string, string> = {};
  for (const key of Object.keys(EMPTY_GOAL) as (keyof GoalInput)[]) {
    const value = raw[key];
    if (!isShortText(value, 200)) return null;
    out[key] = value;
  }
  return out as unknown as GoalInput;
}

function validateMonth(raw: unknown, now: Date): MonthPlan | null {
  if (!isRecord(raw) || !isPastDay(raw['start'], now)) return null;
  const weakest = raw['weakest'];
  const done = raw['done'];
  if (!Array.isArray(weakest) || !weakest.every(isDimensionId) || weakest.length > DIMENSION_IDS.length) return null;
  if (!Array.isArray(done) || done.length > 100 || !done.every((d) => isShortText(d, 120))) return null;
  return { start: raw['start'], weakest: [...new Set(weakest)], done: [...new Set(done)] };
}

function validateLogEntry(raw: unknown, now: Date): LogEntry | null {
  if (!isRecord(raw) || !isLogMonth(raw['month'], now) || !isRecord(raw['values'])) return null;
  const values: Record<string, number> = {};
  for (const [id, v] of Object.entries(raw['values'])) {
    if (!metricById(id) || !isCount(v)) return null;
    values[id] = v;
  }
  const entry: LogEntry = { month: raw['month'], values };
  if ('likes' in raw) {
    if (!isCount(raw['likes'])) return null;
    entry.likes = raw['likes'];
  }
  return entry;
}

function validateScenario(raw: unknown, now: Date): StoredScenario | null {
  if (!isRecord(raw) || !isPastMoment(raw['at'], now) || !isCalculatorState(raw['state'])) return null;
  const { preset, values } = raw['state'];
  if (preset.length > 40 || Object.keys(values).length > 30) return null;
  if (Object.entries(values).some(([k, v]) => k.length > 30 || v.length > 40)) return null;
  return { state: { preset, values: { ...values } }, at: raw['at'] };
}

/**
 * Validates a plan. Missing fields are simply empty; present but invalid ones are dropped and counted.
 * @param now dates after this moment (plus a day) are impossible
 */
export function validatePlan(raw: unknown, now: Date = new Date()): ValidatedPlan | null {
  if (!isRecord(raw)) return null;
  let dropped = 0;
  const value: PlanData = { goal: EMPTY_GOAL, metrics: [], answers: {}, month: null, log: [], scenarios: {} };

  if ('updatedAt' in raw) {
    if (isPastMoment(raw['updatedAt'], now)) value.updatedAt = raw['updatedAt'];
    else dropped += 1;
  }
  if ('goal' in raw) {
    const goal = validateGoal(raw['goal']);
    if (goal) value.goal = goal;
    else dropped += 1;
  }
  if ('metrics' in raw) {
    const m = raw['metrics'];
    if (Array.isArray(m) && m.length <= MAX_METRICS && m.every((id) => typeof id === 'string' && metricById(id))) {
      value.metrics = [...new Set(m as string[])];
    } else dropped += 1;
  }
  if ('answers' in raw) {
    const a = raw['answers'];
    if (isRecord(a)) {
      for (const [id, text] of Object.entries(a)) {
        const known = worksheet.some((q) => q.id === id);
        if (known && isShortText(text)) value.answers[id as keyof PlanData['answers']] = text;
        else dropped += 1;
      }
    } else dropped += 1;
  }
  if ('month' in raw && raw['month'] !== null) {
    const month = validateMonth(raw['month'], now);
    if (month) value.month = month;
    else dropped += 1;
  }
  if ('log' in raw) {
    const log = raw['log'];
    if (Array.isArray(log)) {
      const seen = new Set<string>();
      for (const item of log) {
        const entry = validateLogEntry(item, now);
        if (entry && !seen.has(entry.month)) {
          seen.add(entry.month);
          value.log.push(entry);
        } else dropped += 1;
      }
      value.log.sort((a, b) => a.month.localeCompare(b.month));
      if (value.log.length > MAX_LOG) value.log = value.log.slice(-MAX_LOG);
    } else dropped += 1;
  }
  if ('scenarios' in raw) {
    const s = raw['scenarios'];
    if (isRecord(s)) {
      for (const [kind, item] of Object.entries(s)) {
        const scenario = (SCENARIO_KINDS as readonly string[]).includes(kind) ? validateScenario(item, now) : null;
        if (scenario) value.scenarios[kind as (typeof SCENARIO_KINDS)[number]] = scenario;
        else dropped += 1;
      }
    } else dropped += 1;
  }
  return { value, dropped };
}

/** True when the reader has put nothing in the plan yet. */
export function isPlanEmpty(plan: PlanData): boolean {
  const g = plan.goal;
  return (
    g.aantal.trim() === '' &&
    g.uitkomst === '' &&
    g.kanaal.trim() === '' &&
    plan.metrics.length === 0 &&
    Object.values(plan.answers).every((a) => !a?.trim()) &&
    plan.month === null &&
    plan.log.length === 0 &&
    Object.keys(plan.scenarios).length === 0
  );
}
