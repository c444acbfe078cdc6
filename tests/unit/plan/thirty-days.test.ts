import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LESSON_SLUGS } from '../../../src/lib/lesson-slugs';
import { doItYourselfTasks } from '../../../src/lib/plan/lesson-tasks';
import { buildThirtyDays, taskIds, weakestDimensions, weekLessons } from '../../../src/lib/plan/thirty-days';
import { DIMENSION_IDS, DIMENSIONS, type DimensionId } from '../../../src/lib/selftest/dimensions';
import { scores } from '../selftest/arbitraries';

const TASKS = Object.fromEntries(
  LESSON_SLUGS.map((slug) => [slug, [`${slug} een`, `${slug} twee`, `${slug} drie`, `${slug} vier`]]),
);

describe('doItYourselfTasks', () => {
  it('takes the numbered items of every "Doe het zelf" box, as plain text', () => {
    const body = [
      '## Kop',
      '<Aside type="onthoud">1. Niet dit.</Aside>',
      '<Aside type="doe-het-zelf">',
      '',
      'Pak een A4 (tien minuten).',
      '',
      '1. **Wie is mijn klant?** Beschrijf één persoon.',
      '2. Heb je dezelfde tekst gebruikt',
      '   (mythe 9)?',
      '',
      'Daarna: kijk terug.',
      '</Aside>',
    ].join('\n');
    expect(doItYourselfTasks(body)).toEqual([
      'Wie is mijn klant? Beschrijf één persoon.',
      'Heb je dezelfde tekst gebruikt (mythe 9)?',
    ]);
  });

  it('gives nothing for a lesson without such a box, and never throws', () => {
    expect(doItYourselfTasks('Gewone tekst.')).toEqual([]);
    fc.assert(fc.property(fc.string(), (text) => void doItYourselfTasks(text)));
  });
});

describe('the 30-day list', () => {
  it('starts with the weakest dimensions, lessons from those dimensions first', () => {
    const weakest = weakestDimensions({ doelen: 83, meten: 17, gesprek: 58, inhoud: 42, middelen: 100, kanalen: 50 });
    expect(weakest).toEqual(['meten', 'inhoud']);
    const weeks = buildThirtyDays(weakest, TASKS);
    expect(weeks).toHaveLength(4);
    expect(weeks[0]?.tasks[0]?.lesson).toBe(DIMENSIONS.meten.lessons[0]);
    expect(weeks[1]?.tasks[0]?.lesson).toBe(DIMENSIONS.inhoud.lessons[0]);
    expect(weeks[0]?.theme).toMatch(/^Meten/);
    expect(weeks[3]?.theme).toBe('Meten en terugkijken');
    expect(weeks.map((w) => w.week)).toEqual([1, 2, 3, 4]);
  });

  it('follows the course order without a self-test', () => {
    const weeks = buildThirtyDays([], TASKS);
    expect(weeks.slice(0, 3).map((w) => w.tasks[0]?.lesson)).toEqual(LESSON_SLUGS.slice(0, 3));
  });

  it('still gives a list when no lesson has tasks (the closing week)', () => {
    const weeks = buildThirtyDays(['meten'], {});
    expect(weeks).toHaveLength(1);
    expect(weeks[0]?.week).toBe(1);
  });

  it('for any self-test: four weeks, at most three tasks each, unique ids, never the self-test lesson twice', () => {
    fc.assert(
      fc.property(scores, (s) => {
        const weakest = weakestDimensions(s);
        expect(weakest).toHaveLength(2);
        for (const id of DIMENSION_IDS)
          if (!weakest.includes(id)) expect(s[id]).toBeGreaterThanOrEqual(s[weakest[1] as DimensionId]);
        const weeks = buildThirtyDays(weakest, TASKS);
        expect(weeks).toHaveLength(4);
        for (const w of weeks) expect(w.tasks.length).toBeLessThanOrEqual(3);
        const ids = taskIds(weeks);
        expect(new Set(ids).size).toBe(ids.length);
        const lessons = weekLessons(weakest, LESSON_SLUGS);
        expect(new Set(lessons).size).toBe(lessons.length);
        expect(lessons).not.toContain('zelftest');
      }),
    );
  });

  it('is deterministic: the same inputs give the same list', () => {
    fc.assert(
      fc.property(fc.subarray([...DIMENSION_IDS], { maxLength: 2 }), (weakest) => {
        expect(buildThirtyDays(weakest, TASKS)).toEqual(buildThirtyDays(weakest, TASKS));
      }),
    );
  });
});
