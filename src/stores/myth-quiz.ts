/**
 * `$mythQuizRounds`: the finished rounds of the myth quiz ("fabel of feit?"), oldest first, at most 50.
 * Stored in localStorage as `vdl:mythequiz`, kept in step across tabs.
 */
import { newest } from '../lib/progress/validate';
import { createPartStore } from './part-store';

/** Finished quiz rounds with their date and score. */
export const $mythQuizRounds = createPartStore('mythQuiz');

/** Adds a finished round. Ignores impossible scores. */
export function recordRound(correct: number, total: number, now: Date = new Date()): void {
  if (!Number.isInteger(correct) || !Number.isInteger(total) || total < 1 || correct < 0 || correct > total) return;
  $mythQuizRounds.set(newest([...$mythQuizRounds.get(), { at: now.toISOString(), correct, total }]));
}
