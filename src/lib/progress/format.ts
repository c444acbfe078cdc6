/**
 * The stored format of the reader's progress, kept in localStorage under three keys (one per concern, so
 * two tabs sync each concern on its own). Each key holds an envelope `{"v": <version>, "data": …}`.
 *
 * Version history (add a step to `migrate.ts` whenever a shape changes, never edit an old one):
 * - v1: `vdl:lessen` held a plain list of the slugs of finished lessons; the other keys as in v2.
 * - v2: `vdl:lessen` maps a slug to `{ done, doneAt?, check? }` so dates and check scores are kept.
 * - v3 (current): a fourth key, `vdl:plan`, holds the reader's plan ("Mijn plan", format in
 *   `src/lib/plan/format.ts`); the other three parts are unchanged, so their v2 → v3 step copies them as is.
 */
import type { PlanData } from '../plan/format';
import { EMPTY_PLAN } from '../plan/format';
import type { AnswerPattern } from '../selftest/profiles';
import type { DimensionScores } from '../selftest/scoring';

/** The current version of the stored format and of the export file. */
export const CURRENT_VERSION = 3;

/** The oldest version that can still be migrated. */
export const OLDEST_VERSION = 1;

/** The localStorage keys, one per concern. */
export const STORAGE_KEYS = {
  lessons: 'vdl:lessen',
  mythQuiz: 'vdl:mythequiz',
  selfTest: 'vdl:zelftest',
  plan: 'vdl:plan',
} as const;

/** One stored concern. */
export type Part = keyof typeof STORAGE_KEYS;

/** The parts in a fixed order (for messages and the export file). */
export const PARTS: readonly Part[] = ['lessons', 'mythQuiz', 'selfTest', 'plan'];

/** At most this many attempts are kept per list, the newest ones. */
export const MAX_ATTEMPTS = 50;

/** The outcome of a lesson's knowledge check. */
export interface CheckResult {
  correct: number;
  total: number;
  /** ISO 8601 date and time. */
  at: string;
}

/** Progress on one lesson. */
export interface LessonEntry {
  done: boolean;
  /** When the lesson was marked done (ISO 8601); absent when unknown or not done. */
  doneAt?: string;
  /** The last finished knowledge check. */
  check?: CheckResult;
}

/** Progress per lesson, keyed by slug. */
export type LessonProgress = Readonly<Record<string, LessonEntry>>;

/** One finished round of the myth quiz. */
export interface QuizAttempt {
  at: string;
  correct: number;
  total: number;
}

/** One finished self-test: the date and the scores (no answers: the scores are all a reader needs). */
export interface SelfTestAttempt {
  at: string;
  scores: DimensionScores;
  /** Set (since v3) when every answer went the same way, so the result shows a note instead of a profile. */
  pattern?: AnswerPattern;
}

/** The data of every part, in the current version. */
export interface ProgressData {
  lessons: LessonProgress;
  mythQuiz: readonly QuizAttempt[];
  selfTest: readonly SelfTestAttempt[];
  plan: PlanData;
}

/** The value each part has when nothing is stored. */
export const EMPTY: ProgressData = { lessons: {}, mythQuiz: [], selfTest: [], plan: EMPTY_PLAN };
