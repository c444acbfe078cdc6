import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LESSON_SLUGS } from '../../../src/lib/lesson-slugs';
import { DIMENSION_IDS, type DimensionId } from '../../../src/lib/selftest/dimensions';
import {
  answerPattern,
  buildProfile,
  LEVEL_IDS,
  LEVELS,
  lessonsFor,
  levelFor,
  MAX_FOCUS,
  MAX_LESSONS,
  STRONG_FROM,
} from '../../../src/lib/selftest/profiles';
import { scoreAnswers, totalScore, type DimensionScores } from '../../../src/lib/selftest/scoring';
import { STATEMENTS } from '../../../src/lib/selftest/statements';
import { allAnswers, bestAnswers, completeAnswers, scores as anyScores, worstAnswers } from './arbitraries';

function uniform(value: number): DimensionScores {
  return Object.fromEntries(DIMENSION_IDS.map((id) => [id, value])) as Record<DimensionId, number>;
}

describe('buildProfile at the extremes', () => {
  it('calls the best answers a strategist, with nothing to fix and lessons to go deeper', () => {
    const profile = buildProfile(scoreAnswers(bestAnswers())!);
    expect(profile.level).toBe('strateeg');
    expect(profile.total).toBe(100);
    expect(profile.focus).toEqual([]);
    expect(profile.strengths).toEqual([...DIMENSION_IDS]);
    expect(profile.nextLessons.length).toBeGreaterThan(0);
  });

  it('calls the worst answers a like hunter and starts with goals and measuring', () => {
    const profile = buildProfile(scoreAnswers(worstAnswers())!);
    expect(profile.level).toBe('likejager');
    expect(profile.total).toBe(0);
    expect(profile.focus.map((f) => f.dimension)).toEqual(['doelen', 'meten']);
    expect(profile.strengths).toEqual([]);
    expect(profile.nextLessons[0]).toBe('vergiftigd-geschenk');
  });

  it('calls all-neutral answers a searcher', () => {
    expect(buildProfile(scoreAnswers(allAnswers(3))!).level).toBe('zoeker');
  });

  it('focuses on the single weak spot of an otherwise strong reader', () => {
    const profile = buildProfile({ ...uniform(100), middelen: 10 });
    expect(profile.level).toBe('strateeg');
    expect(profile.focus.map((f) => f.dimension)).toEqual(['middelen']);
    expect(profile.nextLessons).toEqual(['inspanning-en-resultaat']);
  });

  it('gives "start here" advice below 40 and "next step" advice from 40', () => {
    const low = buildProfile({ ...uniform(100), doelen: 39 }).focus[0]!.advice;
    const mid = buildProfile({ ...uniform(100), doelen: 40 }).focus[0]!.advice;
    expect(low).not.toBe(mid);
  });
});

describe('buildProfile for every answer pattern', () => {
  it('always yields a known level, at most two weak dimensions with advice, and known lessons', () => {
    fc.assert(
      fc.property(completeAnswers, (answers) => {
        const scores = scoreAnswers(answers)!;
        const profile = buildProfile(scores);
        expect(LEVEL_IDS).toContain(profile.level);
        expect(profile.title.length).toBeGreaterThan(0);
        expect(profile.summary.length).toBeGreaterThan(0);
        expect(profile.focus.length).toBeLessThanOrEqual(MAX_FOCUS);
        for (const f of profile.focus) {
          expect(f.score).toBeLessThan(STRONG_FROM);
          expect(f.advice.length).toBeGreaterThan(20);
        }
        expect(profile.nextLessons.length).toBeGreaterThan(0);
        expect(profile.nextLessons.length).toBeLessThanOrEqual(MAX_LESSONS);
        expect(new Set(profile.nextLessons).size).toBe(profile.nextLessons.length);
        for (const slug of profile.nextLessons) {
          expect(LESSON_SLUGS).toContain(slug);
          expect(slug).not.toBe('zelftest');
        }
      }),
    );
  });

  it('picks the weakest dimensions, and every strength scores at least STRONG_FROM', () => {
    fc.assert(
      fc.property(anyScores, (scores) => {
        const profile = buildProfile(scores);
        const focusIds = profile.focus.map((f) => f.dimension);
        const weakest = Math.min(...DIMENSION_IDS.map((id) => scores[id]));
        if (weakest < STRONG_FROM) expect(profile.focus[0]!.score).toBe(weakest);
        else expect(focusIds).toEqual([]);
        for (const id of profile.strengths) expect(scores[id]).toBeGreaterThanOrEqual(STRONG_FROM);
        for (const id of DIMENSION_IDS) {
          if (!focusIds.includes(id) && scores[id] < STRONG_FROM) {
            // A weak dimension left out of the focus is never weaker than the ones in it.
            for (const f of profile.focus) expect(scores[id]).toBeGreaterThanOrEqual(f.score);
          }
        }
        expect(profile.total).toBe(totalScore(scores));
      }),
    );
  });

  it('never lowers the level when every score goes up', () => {
    fc.assert(
      fc.property(anyScores, fc.integer({ min: 0, max: 100 }), (scores, bump) => {
        const higher = Object.fromEntries(
          DIMENSION_IDS.map((id) => [id, Math.min(100, scores[id] + bump)]),
        ) as DimensionScores;
        const rank = (s: DimensionScores) => LEVEL_IDS.indexOf(buildProfile(s).level);
        expect(rank(higher)).toBeGreaterThanOrEqual(rank(scores));
      }),
    );
  });
});

describe('levelFor', () => {
  it('starts each level at its threshold', () => {
    for (const level of LEVELS) expect(levelFor(level.from).id).toBe(level.id);
    expect(levelFor(100).id).toBe('strateeg');
  });

  it('treats 0, negative numbers and NaN as the lowest level', () => {
    expect(levelFor(0).id).toBe('likejager');
    expect(levelFor(-5).id).toBe('likejager');
    expect(levelFor(Number.NaN).id).toBe('likejager');
  });
});

describe('lessonsFor', () => {
  it('suggests deeper lessons when nothing is weak', () => {
    expect(lessonsFor([]).length).toBeGreaterThan(0);
  });

  it('takes each weak dimension’s first lesson before any second one, without repeats', () => {
    expect(lessonsFor(['meten', 'middelen'])).toEqual([
      'van-like-naar-euro',
      'inspanning-en-resultaat',
      'engagement-per-volgersniveau',
    ]);
    expect(lessonsFor(['doelen', 'inhoud'])).toEqual(['vergiftigd-geschenk', 'strategie-of-schijnbeweging']);
  });
});

describe('answer patterns (issue 10, item 7)', () => {
  it('every dimension has a reversed statement', () => {
    for (const id of DIMENSION_IDS)
      expect(
        STATEMENTS.some((s) => s.dimension === id && s.reversed),
        id,
      ).toBe(true);
  });

  it('all-agree, all-disagree and all-neutral get a gentle note, not a confident profile', () => {
    const cases = [
      [5, 'alles-eens'],
      [4, 'alles-eens'],
      [1, 'alles-oneens'],
      [2, 'alles-oneens'],
      [3, 'alles-neutraal'],
    ] as const;
    for (const [value, pattern] of cases) {
      const answers = allAnswers(value);
      expect(answerPattern(answers)).toBe(pattern);
      const profile = buildProfile(scoreAnswers(answers)!, answerPattern(answers));
      expect(profile.title).toBe('Nog geen duidelijk beeld');
      expect(profile.focus).toEqual([]);
      expect(profile.pattern).toBe(pattern);
    }
  });

  it('any answers that go both ways get a normal profile', () => {
    fc.assert(
      fc.property(completeAnswers, (answers) => {
        const values = Object.values(answers) as number[];
        const oneWay = values.every((v) => v >= 4) || values.every((v) => v <= 2) || values.every((v) => v === 3);
        expect(answerPattern(answers) !== null).toBe(oneWay);
      }),
    );
    expect(answerPattern(bestAnswers())).toBeNull();
  });
});
