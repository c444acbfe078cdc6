import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { freshRound, isQuizRound } from '../../../src/lib/quiz/myth-quiz';

describe('freshRound and isQuizRound', () => {
  it('starts with no answers at the first statement', () => {
    expect(freshRound(3)).toEqual({ answers: [null, null, null], index: 0, finished: false });
    expect(freshRound(0)).toEqual({ answers: [], index: 0, finished: false });
    expect(freshRound(-2)).toEqual({ answers: [], index: 0, finished: false });
    expect(isQuizRound(freshRound(3), 3)).toBe(true);
  });
  it('accepts a round in progress or finished', () => {
    expect(isQuizRound({ answers: ['fabel', null, 'feit'], index: 2, finished: true }, 3)).toBe(true);
  });
  it('rejects anything that does not fit the quiz', () => {
    const bad = [
      null,
      'x',
      {},
      { answers: [null, null], index: 0, finished: false },
      { answers: [null, null, 'misschien'], index: 0, finished: false },
      { answers: [null, null, null], index: 3, finished: false },
      { answers: [null, null, null], index: -1, finished: false },
      { answers: [null, null, null], index: 1.5, finished: false },
      { answers: [null, null, null], index: 0, finished: 'no' },
    ];
    for (const value of bad) expect(isQuizRound(value, 3)).toBe(false);
  });
  it('property: a fresh round is always valid for its own size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), (n) => {
        expect(isQuizRound(freshRound(n), n)).toBe(true);
      }),
    );
  });
});
