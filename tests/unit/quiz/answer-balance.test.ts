import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ABSOLUTE,
  answerBalance,
  balanceProblems,
  correctIndex,
  correctIsLongest,
  correctIsShortest,
  cueScores,
  guessShare,
  HEDGE,
  lengthRatio,
  median,
  positionProblems,
  positionsByOptionCount,
  type BalanceQuestion,
  type VerdictItem,
} from '../../../src/lib/quiz/answer-balance';

const q = (texts: string[], correct: number): BalanceQuestion => ({
  options: texts.map((text, i) => ({ text, correct: i === correct })),
});

/** Any question of 2 to 5 options of at most `maxLength` characters, one of them correct. */
const arbitraryQuestion = (maxLength: number) =>
  fc
    .array(fc.string({ maxLength }), { minLength: 2, maxLength: 5 })
    .chain((texts) => fc.nat(texts.length - 1).map((c) => q(texts, c)));

describe('one question', () => {
  it('finds the correct option and compares its length with the others', () => {
    const question = q(['kort', 'een veel langer antwoord', 'middel lang'], 1);
    expect(correctIndex(question)).toBe(1);
    expect(correctIsLongest(question)).toBe(true);
    expect(correctIsShortest(question)).toBe(false);
    expect(correctIsShortest(q(['kort', 'een veel langer antwoord'], 0))).toBe(true);
  });

  it('counts a tie as neither longest nor shortest', () => {
    expect(correctIsLongest(q(['abcd', 'abcd'], 0))).toBe(false);
    expect(correctIsShortest(q(['abcd', 'abcd'], 0))).toBe(false);
  });

  it('handles questions without a correct option or with empty texts', () => {
    const none: BalanceQuestion = { options: [{ text: 'a' }, { text: 'b' }] };
    expect(correctIndex(none)).toBe(-1);
    expect(correctIsLongest(none)).toBe(false);
    expect(lengthRatio(none)).toBeNaN();
    expect(lengthRatio(q(['x', ''], 0))).toBeNaN();
    expect(lengthRatio(q(['ab', 'abcd'], 0))).toBe(0.5);
  });
});

describe('median', () => {
  it('ignores NaN and infinities, and is NaN for nothing', () => {
    expect(median([])).toBeNaN();
    expect(median([Number.NaN, 3, 1, Number.POSITIVE_INFINITY])).toBe(2);
    expect(median([5])).toBe(5);
  });
});

describe('answerBalance', () => {
  it('reports a course where the answer is always first and longest', () => {
    const course = Array.from({ length: 6 }, () => q(['het juiste en lange antwoord', 'fout', 'ook fout'], 0));
    const b = answerBalance(course);
    expect(b.longestShare).toBe(1);
    expect(b.positionShares[0]).toBe(1);
    expect(balanceProblems(b).length).toBeGreaterThanOrEqual(2);
  });

  it('accepts a course where length and position vary', () => {
    const course = [
      q(['antwoord a', 'antwoord bb', 'antwoord c'], 0),
      q(['antwoord a', 'antwoord b', 'antwoord c'], 1),
      q(['antwoord aa', 'antwoord b', 'antwoord c'], 2),
    ];
    expect(balanceProblems(answerBalance(course))).toEqual([]);
  });

  it('is empty and finite-safe for no questions', () => {
    const b = answerBalance([]);
    expect(b.total).toBe(0);
    expect(b.longestShare).toBe(0);
    expect(b.positionShares).toEqual([]);
  });

  it('gives shares between 0 and 1 that add up to 1 over the positions', () => {
    const arbQuestion = arbitraryQuestion(40);
    fc.assert(
      fc.property(fc.array(arbQuestion, { minLength: 1, maxLength: 30 }), (course) => {
        const b = answerBalance(course);
        for (const s of [b.longestShare, b.shortestShare, ...b.positionShares]) {
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(1);
        }
        expect(b.positionShares.reduce((a, s) => a + s, 0)).toBeCloseTo(1, 9);
        expect(b.longestShare + b.shortestShare).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('positionsByOptionCount and positionProblems', () => {
  /** `n` questions of `options` options each, with the correct option at the given positions in turn. */
  const many = (options: number, positions: number[]) =>
    positions.map((p) => q(Array.from({ length: options }, (_, i) => `optie ${i}`), p));

  it('counts positions apart per number of options, so one group cannot hide behind another', () => {
    // Overall the first position holds 4 of 12, but never among the four-option questions.
    const course = [...many(3, [0, 0, 0, 0, 1, 2]), ...many(4, [1, 2, 3, 1, 2, 3])];
    expect(positionsByOptionCount(course)).toEqual([
      { options: 3, total: 6, counts: [4, 1, 1] },
      { options: 4, total: 6, counts: [0, 2, 2, 2] },
    ]);
    expect(positionProblems(positionsByOptionCount(course))).toEqual([
      '3-option questions: the correct option is at position 1 in 4 of 6 (expected 1 to 3)',
      '4-option questions: the correct option is at position 1 in 0 of 6 (expected 1 to 2)',
    ]);
  });

  it('accepts an even spread, and leaves out questions without a correct option', () => {
    const none: BalanceQuestion = { options: [{ text: 'a' }, { text: 'b' }] };
    const course = [...many(3, [0, 1, 2, 0, 1, 2]), ...many(4, [0, 1, 2, 3]), none];
    expect(positionsByOptionCount(course).map((g) => g.total)).toEqual([6, 4]);
    expect(positionProblems(positionsByOptionCount(course))).toEqual([]);
  });

  it('is empty for no questions and ignores empty groups', () => {
    expect(positionsByOptionCount([])).toEqual([]);
    expect(positionProblems([])).toEqual([]);
    expect(positionProblems([{ options: 0, total: 0, counts: [] }])).toEqual([]);
  });

  it('counts every question once, at a position it has', () => {
    const arbQuestion = arbitraryQuestion(10);
    fc.assert(
      fc.property(fc.array(arbQuestion, { maxLength: 40 }), (course) => {
        const groups = positionsByOptionCount(course);
        expect(groups.reduce((sum, g) => sum + g.total, 0)).toBe(course.length);
        for (const g of groups) {
          expect(g.counts).toHaveLength(g.options);
          expect(g.counts.reduce((a, b) => a + b, 0)).toBe(g.total);
        }
        // A perfectly even group never reports a problem, whatever the spread.
        expect(positionProblems(groups.map((g) => ({ ...g, total: g.options * 3, counts: g.counts.map(() => 3) })))).toEqual([]);
      }),
    );
  });
});

describe('cueScores', () => {
  it('finds the gain of avoiding absolute words when only wrong options carry them', () => {
    const course = [
      q(['Dat werkt altijd.', 'Het hangt af van je klant.', 'Dat gaat vanzelf.'], 1),
      q(['Nooit doen.', 'Probeer het een maand.'], 1),
    ];
    const s = cueScores(course);
    expect(s.avoid).toBe(1);
    expect(s.seek).toBe(0);
    expect(s.chance).toBeCloseTo((1 / 3 + 1 / 2) / 2, 9);
  });

  it('gives no gain when the cue does not split the options, and a loss when it marks the correct one', () => {
    const course = [
      q(['een', 'twee', 'drie'], 0),
      q(['altijd a', 'nooit b'], 1),
      q(['altijd goed', 'soms fout', 'nooit fout', 'soms goed'], 0),
    ];
    const s = cueScores(course);
    expect(s.avoid).toBeCloseTo(s.chance - (1 / 4 - 0) / 3, 9);
    expect(cueScores([])).toEqual({ avoid: 0, seek: 0, chance: 0 });
  });

  it('stays between 0 and 1, and at chance for a cue that matches nothing', () => {
    const arbQuestion = arbitraryQuestion(20);
    fc.assert(
      fc.property(fc.array(arbQuestion, { minLength: 1, maxLength: 20 }), (course) => {
        const s = cueScores(course);
        for (const v of [s.avoid, s.seek, s.chance]) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
        }
        const blind = cueScores(course, /(?!)/);
        expect(blind.avoid).toBeCloseTo(blind.chance, 9);
        expect(blind.seek).toBeCloseTo(blind.chance, 9);
      }),
    );
  });
});

describe('guessShare', () => {
  const items = (verdicts: ('fabel' | 'feit')[], statements?: string[]): VerdictItem[] =>
    verdicts.map((verdict, i) => ({ verdict, statement: statements?.[i] ?? `stelling ${i}` }));

  it('scores "always one verdict" by the larger side', () => {
    expect(guessShare(items(['fabel', 'fabel', 'fabel', 'feit']))).toBe(0.75);
    expect(guessShare(items(['fabel', 'feit']))).toBe(0.5);
    expect(guessShare([])).toBe(0);
  });

  it('catches a quiz where hedged statements are true and absolute ones false', () => {
    const quiz = items(
      ['feit', 'feit', 'fabel', 'fabel'],
      ['Dat kan soms helpen.', 'Vaak werkt het.', 'Dit werkt altijd.', 'Elke ondernemer moet dit.'],
    );
    expect(guessShare(quiz, HEDGE)).toBe(1);
    expect(guessShare(quiz, ABSOLUTE)).toBe(1);
  });

  it('never scores below one half nor above one', () => {
    const arb = fc.array(
      fc.record({ statement: fc.string({ maxLength: 30 }), verdict: fc.constantFrom<'fabel' | 'feit'>('fabel', 'feit') }),
      { minLength: 1, maxLength: 40 },
    );
    fc.assert(
      fc.property(arb, (quiz) => {
        for (const cue of [undefined, HEDGE, ABSOLUTE]) {
          const s = guessShare(quiz, cue);
          expect(s).toBeGreaterThanOrEqual(0.5);
          expect(s).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});
