/**
 * `$selfTestAttempts`: the reader's finished self-tests (date and score per dimension), oldest first, at
 * most 50, so they can see change over time. Stored in localStorage as `vdl:zelftest`, kept in step across
 * tabs. Answers themselves are not kept.
 */
import { newest } from '../lib/progress/validate';
import { parseScores, type DimensionScores } from '../lib/selftest/scoring';
import { createPartStore } from './part-store';

/** Finished self-tests with their date and scores. */
export const $selfTestAttempts = createPartStore('selfTest');

/** Keeps a finished self-test. Ignores invalid scores. */
export function addAttempt(scores: DimensionScores, now: Date = new Date()): void {
  const clean = parseScores(scores);
  if (!clean) return;
  $selfTestAttempts.set(newest([...$selfTestAttempts.get(), { at: now.toISOString(), scores: clean }]));
}

/** Forgets every self-test attempt. */
export function clearAttempts(): void {
  $selfTestAttempts.set([]);
}
