import fc from 'fast-check';
import { EMPTY_PLAN } from '../../../src/lib/plan/format';
import { describe, expect, it } from 'vitest';
import type { LessonEntry } from '../../../src/lib/progress/format';
import { mergeAttempts, mergeLesson, mergeLessons, mergeProgress } from '../../../src/lib/progress/merge';

const day = (d: number) => new Date(Date.UTC(2025, 0, d)).toISOString();

describe('mergeLesson', () => {
  it('keeps a lesson done if either side finished it, with the earliest date', () => {
    expect(mergeLesson({ done: true, doneAt: day(5) }, { done: true, doneAt: day(2) })).toEqual({
      done: true,
      doneAt: day(2),
    });
    expect(mergeLesson({ done: false }, { done: true, doneAt: day(3) })).toEqual({ done: true, doneAt: day(3) });
    expect(mergeLesson({ done: true }, { done: false })).toEqual({ done: true });
  });

  it('keeps the most recent knowledge check', () => {
    const old = { correct: 3, total: 3, at: day(1) };
    const recent = { correct: 1, total: 3, at: day(9) };
    expect(mergeLesson({ done: true, check: old }, { done: true, check: recent }).check).toEqual(recent);
    expect(mergeLesson({ done: true, check: recent }, { done: true, check: old }).check).toEqual(recent);
  });

  it('copies a lesson that only one side has', () => {
    expect(mergeLesson(undefined, { done: true })).toEqual({ done: true });
    expect(mergeLesson({ done: false }, undefined)).toEqual({ done: false });
  });
});

const entry: fc.Arbitrary<LessonEntry> = fc.record(
  {
    done: fc.boolean(),
    doneAt: fc.integer({ min: 1, max: 300 }).map(day),
    check: fc.record({ correct: fc.constant(1), total: fc.constant(2), at: fc.integer({ min: 1, max: 300 }).map(day) }),
  },
  { requiredKeys: ['done'] },
);
const lessons = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), entry);

describe('mergeLessons', () => {
  it('never loses a finished lesson', () => {
    fc.assert(
      fc.property(lessons, lessons, (a, b) => {
        const merged = mergeLessons(a, b);
        for (const [slug, e] of [...Object.entries(a), ...Object.entries(b)]) {
          expect(merged[slug]).toBeDefined();
          if (e.done) expect(merged[slug]!.done).toBe(true);
        }
      }),
    );
  });

  it('is the same either way round in what is done', () => {
    fc.assert(
      fc.property(lessons, lessons, (a, b) => {
        const ab = mergeLessons(a, b);
        const ba = mergeLessons(b, a);
        for (const slug of Object.keys(ab)) expect(ab[slug]!.done).toBe(ba[slug]!.done);
      }),
    );
  });
});

describe('mergeAttempts', () => {
  it('keeps both sides once, oldest first', () => {
    const a = [{ at: day(1), correct: 1, total: 2 }];
    const b = [
      { at: day(3), correct: 2, total: 2 },
      { at: day(1), correct: 1, total: 2 },
    ];
    expect(mergeAttempts(a, b)).toEqual([a[0], b[0]]);
  });

  it('is idempotent', () => {
    const a = [
      { at: day(1), correct: 1, total: 2 },
      { at: day(2), correct: 0, total: 2 },
    ];
    expect(mergeAttempts(a, a)).toEqual(a);
    expect(mergeAttempts([], [])).toEqual([]);
  });
});

describe('mergeProgress', () => {
  it('merging empty progress changes nothing', () => {
    const data = { lessons: { x: { done: true } }, mythQuiz: [], selfTest: [], plan: EMPTY_PLAN };
    expect(mergeProgress(data, { lessons: {}, mythQuiz: [], selfTest: [], plan: EMPTY_PLAN })).toEqual(data);
  });
});
