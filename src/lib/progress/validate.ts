/**
 * Validation of stored and imported progress, entry by entry: a bad entry is dropped (and counted), the
 * good ones are kept. A value that is not even the right kind of container yields `null`.
 */
import { isSlug } from '../lesson-slugs';
import { ANSWER_PATTERNS, type AnswerPattern } from '../selftest/profiles';
import { parseScores } from '../selftest/scoring';
import {
  MAX_ATTEMPTS,
  type CheckResult,
  type LessonEntry,
  type LessonProgress,
  type QuizAttempt,
  type SelfTestAttempt,
} from './format';

/** A validated value and how many entries (or fields) had to be dropped. */
export interface Validated<T> {
  value: T;
  dropped: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** True for an ISO 8601 date (optionally with time) that parses to a real moment. */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE.test(value) && Number.isFinite(Date.parse(value));
}

/** How far a date may lie ahead of this browser's clock: time zones, or another device's clock a bit ahead. */
export const CLOCK_SLACK_MS = 24 * 60 * 60 * 1000;

/** True for an ISO date that is not in the future (a round played in 2999 did not happen). */
export function isPastDate(value: unknown, now: Date = new Date()): value is string {
  return isIsoDate(value) && Date.parse(value) <= now.getTime() + CLOCK_SLACK_MS;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
}

/** A score: whole numbers, 0 ≤ correct ≤ total, 1 ≤ total ≤ 100, and a valid date. */
function parseAttempt(raw: unknown, now: Date): QuizAttempt | null {
  if (!isRecord(raw)) return null;
  const { at, correct, total } = raw;
  if (!isPastDate(at, now) || !isCount(total, 100) || total < 1 || !isCount(correct, total)) return null;
  return { at, correct, total };
}

/** Validates the per-lesson map. Unknown fields are ignored; a bad `doneAt` or `check` is dropped on its own. */
export function validateLessons(raw: unknown, now: Date = new Date()): Validated<LessonProgress> | null {
  if (!isRecord(raw)) return null;
  const value: Record<string, LessonEntry> = {};
  let dropped = 0;
  for (const [slug, entry] of Object.entries(raw)) {
    if (!isSlug(slug) || !isRecord(entry) || typeof entry['done'] !== 'boolean') {
      dropped += 1;
      continue;
    }
    const clean: LessonEntry = { done: entry['done'] };
    if ('doneAt' in entry) {
      if (isPastDate(entry['doneAt'], now) && clean.done) clean.doneAt = entry['doneAt'];
      else if (clean.done) dropped += 1;
    }
    if ('check' in entry) {
      const check: CheckResult | null = parseAttempt(entry['check'], now);
      if (check) clean.check = check;
      else dropped += 1;
    }
    value[slug] = clean;
  }
  return { value, dropped };
}

/** Validates the list of myth-quiz rounds; keeps the newest {@link MAX_ATTEMPTS}. */
export function validateQuizAttempts(raw: unknown, now: Date = new Date()): Validated<QuizAttempt[]> | null {
  if (!Array.isArray(raw)) return null;
  const value: QuizAttempt[] = [];
  let dropped = 0;
  for (const item of raw) {
    const attempt = parseAttempt(item, now);
    if (attempt) value.push(attempt);
    else dropped += 1;
  }
  return { value: newest(value), dropped };
}

/** Validates the list of self-test attempts; keeps the newest {@link MAX_ATTEMPTS}. */
export function validateSelfTest(raw: unknown, now: Date = new Date()): Validated<SelfTestAttempt[]> | null {
  if (!Array.isArray(raw)) return null;
  const value: SelfTestAttempt[] = [];
  let dropped = 0;
  for (const item of raw) {
    const scores = isRecord(item) ? parseScores(item['scores']) : null;
    const pattern = isRecord(item) ? item['pattern'] : undefined;
    const patternOk = pattern === undefined || (ANSWER_PATTERNS as readonly unknown[]).includes(pattern);
    if (isRecord(item) && isPastDate(item['at'], now) && scores && patternOk) {
      value.push(
        pattern === undefined
          ? { at: item['at'], scores }
          : { at: item['at'], scores, pattern: pattern as AnswerPattern },
      );
    } else dropped += 1;
  }
  return { value: newest(value), dropped };
}

/** Sorts by date, oldest first, and keeps the newest {@link MAX_ATTEMPTS}. */
export function newest<T extends { at: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).slice(-MAX_ATTEMPTS);
}
