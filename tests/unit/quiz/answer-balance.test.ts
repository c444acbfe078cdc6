import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ABSOLUTE,
  answerBalance,
  balanceProblems,
  correctIndex,
  correctIsLongest,
  correctIsShortest,
  guessShare,
  HEDGE,
  lengthRatio,
  median,
  type BalanceQuestion,
  type VerdictItem,
} from '../../../src/lib/quiz/answer-balance';

const q = (texts: string[], correct: number): BalanceQuestion => ({
  options: texts.map((text, i) => ({ text, correct: i === correct })),
});

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
    const arbQuestion = fc
      .array(fc.string({ maxLength: 40 }), { minLength: 2, maxLength: 5 })
      .chain((texts) => fc.nat(texts.length - 1).map((c) => q(texts, c)));
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
