/**
 * Merging progress from two devices (an imported file into what this browser has). Nothing is lost: a lesson
 * done on either side stays done, attempts from both sides are kept (duplicates once), newest last.
 */
import { mergePlans } from '../plan/merge';
import type { LessonEntry, LessonProgress, ProgressData, QuizAttempt, SelfTestAttempt } from './format';
import { newest } from './validate';

function earlier(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Date.parse(a) <= Date.parse(b) ? a : b;
}

/** Merges one lesson: done if done anywhere (first date wins), the most recent knowledge check. */
export function mergeLesson(a: LessonEntry | undefined, b: LessonEntry | undefined): LessonEntry {
  if (!a) return { ...(b as LessonEntry) };
  if (!b) return { ...a };
  const done = a.done || b.done;
  const out: LessonEntry = { done };
  const doneAt = done ? earlier(a.done ? a.doneAt : undefined, b.done ? b.doneAt : undefined) : undefined;
  if (doneAt !== undefined) out.doneAt = doneAt;
  const check = !a.check
    ? b.check
    : !b.check
      ? a.check
      : Date.parse(b.check.at) > Date.parse(a.check.at)
        ? b.check
        : a.check;
  if (check) out.check = { ...check };
  return out;
}

/** Merges two lesson maps. */
export function mergeLessons(a: LessonProgress, b: LessonProgress): LessonProgress {
  const out: Record<string, LessonEntry> = {};
  for (const slug of new Set([...Object.keys(a), ...Object.keys(b)])) out[slug] = mergeLesson(a[slug], b[slug]);
  return out;
}

/** Merges two attempt lists: union without duplicates (same date and same content), oldest first. */
export function mergeAttempts<T extends QuizAttempt | SelfTestAttempt>(a: readonly T[], b: readonly T[]): T[] {
  const seen = new Map<string, T>();
  for (const item of [...a, ...b]) seen.set(JSON.stringify(item), item);
  return newest([...seen.values()]);
}

/** Merges all progress. */
export function mergeProgress(a: ProgressData, b: ProgressData): ProgressData {
  return {
    lessons: mergeLessons(a.lessons, b.lessons),
    mythQuiz: mergeAttempts(a.mythQuiz, b.mythQuiz),
    selfTest: mergeAttempts(a.selfTest, b.selfTest),
    plan: mergePlans(a.plan, b.plan),
  };
}
