import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestRound, isRight, quizResultText, quizScore, type MythQuizItem } from '../../../src/lib/quiz/myth-quiz';

const items: MythQuizItem[] = [
  { number: 1, statement: 'A', verdict: 'fabel', explanation: 'a' },
  { number: 2, statement: 'B', verdict: 'feit', explanation: 'b' },
  { number: 3, statement: 'C', verdict: 'fabel', explanation: 'c' },
];

describe('myth quiz scoring', () => {
  it('judges answers against the verdict', () => {
    expect(isRight(items[0]!, 'fabel')).toBe(true);
    expect(isRight(items[1]!, 'fabel')).toBe(false);
  });

  it('counts right answers, unanswered as wrong', () => {
    expect(quizScore(items, ['fabel', 'feit', 'fabel'])).toEqual({ correct: 3, total: 3 });
    expect(quizScore(items, ['feit', null])).toEqual({ correct: 0, total: 3 });
    expect(quizScore([], [])).toEqual({ correct: 0, total: 0 });
  });

  it('never counts more right than there are statements', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('fabel', 'feit', null), { maxLength: 10 }), (answers) => {
        const { correct, total } = quizScore(items, answers as never);
        expect(correct).toBeGreaterThanOrEqual(0);
        expect(correct).toBeLessThanOrEqual(total);
      }),
    );
  });
});

describe('quizResultText', () => {
  it('names the score and changes tone with it', () => {
    const texts = [20, 16, 10, 0].map((c) => quizResultText(c, 20));
    for (const [i, t] of texts.entries()) expect(t).toContain(`${[20, 16, 10, 0][i]} van de 20`);
    expect(new Set(texts).size).toBe(4);
    expect(quizResultText(0, 0)).toContain('nog geen stellingen');
  });
});

describe('bestRound', () => {
  it('picks the highest share, the later one on a tie', () => {
    const rounds = [
      { at: '2025-01-01', correct: 10, total: 20 },
      { at: '2025-01-02', correct: 15, total: 20 },
      { at: '2025-01-03', correct: 15, total: 20 },
      { at: '2025-01-04', correct: 5, total: 20 },
    ];
    expect(bestRound(rounds)).toBe(rounds[2]);
    expect(bestRound([])).toBeNull();
  });
});
