/**
 * Saving all progress to a file and loading it on another device (actions over the four progress stores;
 * this file holds no store of its own). Loading merges: nothing already in this browser is lost.
 */
import type { ProgressData } from '../lib/progress/format';
import { mergeProgress } from '../lib/progress/merge';
import { exportFileName, exportProgress, importProgress, type ImportResult } from '../lib/progress/transfer';
import { $lessonProgress } from './lesson-progress';
import { $mythQuizRounds } from './myth-quiz';
import { $plan } from './plan';
import { $selfTestAttempts } from './selftest';

/** Everything the three stores hold now. */
export function currentProgress(): ProgressData {
  return {
    lessons: $lessonProgress.get(),
    mythQuiz: $mythQuizRounds.get(),
    selfTest: $selfTestAttempts.get(),
    plan: $plan.get(),
  };
}

/** The progress file's name and text. */
export function progressFile(now: Date = new Date()): { name: string; text: string } {
  return { name: exportFileName(now), text: exportProgress(currentProgress(), now) };
}

/** Reads a progress file and, when it is valid, merges it into the stores. */
export function loadProgressFile(text: string): ImportResult {
  const result = importProgress(text);
  if (!result.ok) return result;
  const merged = mergeProgress(currentProgress(), result.data);
  $lessonProgress.set(merged.lessons);
  $mythQuizRounds.set(merged.mythQuiz);
  $selfTestAttempts.set(merged.selfTest);
  $plan.set(merged.plan);
  return result;
}
