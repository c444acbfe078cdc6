import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  answerQuestion,
  canRetry,
  checkSummary,
  gradeAnswer,
  retryQuestion,
  tallyCheck,
  untried,
  type CheckQuestion,
} from '../../../src/lib/quiz/knowledge-check';

const question: CheckQuestion = {
  question: 'Wat zegt een like?',
  options: [
    { text: 'Alles', correct: false, feedback: 'Niet helemaal.' },
    { text: 'Iets', correct: true, feedback: 'Klopt.' },
  ],
};

describe('gradeAnswer', () => {
  it('grades right and wrong answers with the chosen option’s feedback', () => {
    expect(gradeAnswer(question, 1)).toEqual({ correct: true, feedback: 'Klopt.', correctIndex: 1 });
    expect(gradeAnswer(question, 0)).toEqual({ correct: false, feedback: 'Niet helemaal.', correctIndex: 1 });
  });

  it('returns null for a choice that is not an option', () => {
    for (const bad of [-1, 2, 0.5, Number.NaN, Number.POSITIVE_INFINITY, 1e12])
      expect(gradeAnswer(question, bad)).toBeNull();
  });
});

describe('tallyCheck', () => {
  it('counts answered and right, and finishes when all are answered', () => {
    expect(tallyCheck([true, null, false])).toEqual({ answered: 2, correct: 1, total: 3, finished: false });
    expect(tallyCheck([true, false])).toEqual({ answered: 2, correct: 1, total: 2, finished: true });
  });

  it('never calls an empty check finished', () => {
    expect(tallyCheck([])).toEqual({ answered: 0, correct: 0, total: 0, finished: false });
  });
});

describe('checkSummary', () => {
  it('says how many were right, in singular and plural', () => {
    expect(checkSummary(2, 3)).toContain('2 van de 3 vragen goed');
    expect(checkSummary(1, 1)).toContain('1 van de 1 vraag goed');
    expect(checkSummary(0, 0)).toContain('geen vragen');
  });
});

describe('tries on one question', () => {
  const wrong = gradeAnswer(question, 0)!;
  const right = gradeAnswer(question, 1)!;

  it('keeps the first answer for the score while the reader tries again', () => {
    const first = answerQuestion(untried, wrong);
    expect(first).toEqual({ first: wrong, latest: wrong });
    expect(canRetry(first)).toBe(true);
    const again = retryQuestion(first);
    expect(again).toEqual({ first: wrong, latest: null });
    expect(canRetry(again)).toBe(false);
    const second = answerQuestion(again, right);
    expect(second).toEqual({ first: wrong, latest: right });
    expect(canRetry(second)).toBe(false);
  });

  it('offers no retry after a right answer or before any answer, and retrying nothing changes nothing', () => {
    expect(canRetry(answerQuestion(untried, right))).toBe(false);
    expect(canRetry(untried)).toBe(false);
    expect(retryQuestion(untried)).toBe(untried);
  });

  it('never changes the first answer, whatever the sequence of tries', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant('retry' as const), fc.integer({ min: 0, max: 1 }))), (steps) => {
        let tries = untried;
        let firstSeen: typeof tries.first = null;
        for (const step of steps) {
          if (step === 'retry') tries = retryQuestion(tries);
          else if (!tries.latest) tries = answerQuestion(tries, gradeAnswer(question, step)!);
          firstSeen ??= tries.first;
          expect(tries.first).toBe(firstSeen);
        }
      }),
    );
  });
});
