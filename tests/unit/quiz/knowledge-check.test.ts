import { describe, expect, it } from 'vitest';
import { checkSummary, gradeAnswer, tallyCheck, type CheckQuestion } from '../../../src/lib/quiz/knowledge-check';

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
