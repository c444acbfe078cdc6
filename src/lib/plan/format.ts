/**
 * The stored format of "Mijn plan" (localStorage key `vdl:plan`, part `plan` of the progress format, see
 * `src/lib/progress/format.ts`; it travels in the same export file). Everything is plain JSON:
 *
 *     {
 *       "updatedAt": "2026-11-30T10:00:00.000Z",          // last change, decides which plan wins a merge
 *       "goal": { "periode": "3", "aantal": "12", "uitkomst": "klanten", "kanaal": "Instagram" },
 *       "metrics": ["aanvragen", "bezoek-social"],           // 0–3 ids from METRICS (metrics.ts)
 *       "answers": { "doel": "…", "klant": "…" },            // worksheet id → text as typed
 *       "month": { "start": "2026-11-30", "weakest": ["meten", "doelen"], "done": ["van-like-naar-euro-1"] },
 *       "log": [{ "month": "2026-11", "values": { "aanvragen": 4 }, "likes": 310 }],
 *       "scenarios": { "like-naar-euro": { "state": { "preset": "…", "values": { … } }, "at": "…" } }
 *     }
 *
 * Goal fields and worksheet answers keep the raw text as typed (nothing a reader types is lost; validation
 * only adds messages). Logged numbers are stored as numbers, because they are only saved once valid.
 */
import type { CalculatorState } from '../calculators/calculator';
import type { DimensionId } from '../selftest/dimensions';
import type { WorksheetQuestion } from '../../data/worksheet';

/** The goal sentence's fields, as typed or chosen. */
export interface GoalInput {
  /** Months: one of GOAL_PERIODS. */
  periode: string;
  /** How many, as typed. */
  aantal: string;
  /** What is counted: an id of GOAL_OUTCOMES. */
  uitkomst: string;
  /** Where: a channel name, as typed or chosen. */
  kanaal: string;
}

/** The generated four-week list: when it started, from which dimensions, and what is ticked off. */
export interface MonthPlan {
  /** The first day, `YYYY-MM-DD`. */
  start: string;
  /** The weakest self-test dimensions the list was built from (empty: no self-test yet). */
  weakest: DimensionId[];
  /** Ids of tasks ticked off. */
  done: string[];
}

/** One month's numbers in the log. */
export interface LogEntry {
  /** `YYYY-MM`. */
  month: string;
  /** Metric id → the count for that month. */
  values: Partial<Record<string, number>>;
  /** The month's likes, when the reader wants to compare. */
  likes?: number;
}

/** The calculators whose state the plan keeps. */
export const SCENARIO_KINDS = ['like-naar-euro', 'inspanning'] as const;

/** One of those calculators. */
export type ScenarioKind = (typeof SCENARIO_KINDS)[number];

/** A calculator's state as the reader last left it, and when. */
export interface StoredScenario {
  state: CalculatorState;
  at: string;
}

/** The whole plan. */
export interface PlanData {
  updatedAt?: string;
  goal: GoalInput;
  metrics: string[];
  answers: Partial<Record<WorksheetQuestion['id'], string>>;
  month: MonthPlan | null;
  log: LogEntry[];
  scenarios: Partial<Record<ScenarioKind, StoredScenario>>;
}

/** An empty goal. */
export const EMPTY_GOAL: GoalInput = { periode: '3', aantal: '', uitkomst: '', kanaal: '' };

/** The plan before the reader has done anything. */
export const EMPTY_PLAN: PlanData = {
  goal: EMPTY_GOAL,
  metrics: [],
  answers: {},
  month: null,
  log: [],
  scenarios: {},
};

/** At most this many months are logged (three years). */
export const MAX_LOG = 36;
/** At most this many metrics are chosen. */
export const MAX_METRICS = 3;
/** A worksheet answer longer than this no longer fits the one-page print. */
export const MAX_ANSWER = 300;
/** Stored text longer than this is cut when read back (a safety net far above MAX_ANSWER). */
export const MAX_STORED_TEXT = 4000;
