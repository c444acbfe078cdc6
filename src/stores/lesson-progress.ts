/**
 * `$lessonProgress`: which lessons the reader has finished, and their knowledge-check scores.
 * Stored in localStorage as `vdl:lessen` (format and migration: `src/lib/progress/format.ts`), kept in step
 * across tabs. A lesson counts as done when the reader marks it, or when they finish its knowledge check.
 */
import { isSlug } from '../lib/lesson-slugs';
import type { LessonEntry } from '../lib/progress/format';
import { createPartStore } from './part-store';

/** Progress per lesson slug. */
export const $lessonProgress = createPartStore('lessons');

function update(slug: string, change: (entry: LessonEntry) => LessonEntry): void {
  if (!isSlug(slug)) return;
  const current = $lessonProgress.get();
  $lessonProgress.set({ ...current, [slug]: change(current[slug] ?? { done: false }) });
}

/** Marks a lesson done (with today's date) or not done. */
export function setLessonDone(slug: string, done: boolean, now: Date = new Date()): void {
  update(slug, (entry) => {
    if (!done) {
      const { doneAt: _dropped, ...rest } = entry;
      return { ...rest, done: false };
    }
    return entry.done ? entry : { ...entry, done: true, doneAt: now.toISOString() };
  });
}

/** Records a finished knowledge check and marks the lesson done. Ignores impossible scores. */
export function recordCheck(slug: string, correct: number, total: number, now: Date = new Date()): void {
  if (!Number.isInteger(correct) || !Number.isInteger(total) || total < 1 || correct < 0 || correct > total) return;
  const at = now.toISOString();
  update(slug, (entry) => ({
    ...entry,
    done: true,
    doneAt: entry.done && entry.doneAt ? entry.doneAt : at,
    check: { correct, total, at },
  }));
}
