import { describe, expect, it } from 'vitest';
import { checkQuestionSchema, objectiveCoverageProblems, sourceSchema } from '../../src/schemas/lesson';

describe('lesson schemas', () => {
  const option = (text: string, correct = false) => ({ text, correct, feedback: `Uitleg bij ${text}.` });
  const question = (options: ReturnType<typeof option>[], objective: unknown = 1) => ({ objective, question: 'Wat telt?', options });

  it('accepts a question with exactly one correct option and the objective it checks', () => {
    expect(checkQuestionSchema.safeParse(question([option('klanten', true), option('likes')])).success).toBe(true);
  });

  it('rejects questions with no or two correct options, or a single option', () => {
    expect(checkQuestionSchema.safeParse(question([option('a'), option('b')])).success).toBe(false);
    expect(checkQuestionSchema.safeParse(question([option('a', true), option('b', true)])).success).toBe(false);
    expect(checkQuestionSchema.safeParse(question([option('a', true)])).success).toBe(false);
  });

  it('requires every question to name its objective as a whole number from 1', () => {
    const options = [option('a', true), option('b')];
    expect(checkQuestionSchema.safeParse({ question: 'x', options }).success).toBe(false);
    for (const bad of [0, -1, 1.5, Number.NaN, '1', null]) {
      expect(checkQuestionSchema.safeParse(question(options, bad)).success, String(bad)).toBe(false);
    }
  });

  it('requires a title and a plausible year for a source', () => {
    expect(sourceSchema.safeParse({ title: 'Waarom likes een vergiftigd geschenk zijn', year: 2019 }).success).toBe(true);
    expect(sourceSchema.safeParse({ title: '' }).success).toBe(false);
    expect(sourceSchema.safeParse({ title: 'x', year: 19 }).success).toBe(false);
    expect(sourceSchema.safeParse({ title: 'x', url: 'geen url' }).success).toBe(false);
  });
});

describe('objectiveCoverageProblems', () => {
  it('is empty when every objective is checked', () => {
    expect(objectiveCoverageProblems(3, [{ objective: 2 }, { objective: 1 }, { objective: 3 }, { objective: 1 }])).toEqual([]);
  });

  it('names the objectives no question checks', () => {
    expect(objectiveCoverageProblems(3, [{ objective: 1 }, { objective: 1 }])).toEqual([
      'objective 2 is checked by no question',
      'objective 3 is checked by no question',
    ]);
    expect(objectiveCoverageProblems(2, [])).toHaveLength(2);
  });

  it('names questions that point at an objective the lesson does not have', () => {
    const problems = objectiveCoverageProblems(2, [{ objective: 1 }, { objective: 2 }, { objective: 3 }, { objective: Number.NaN }]);
    expect(problems).toEqual([
      'question 3 names objective 3, but the lesson has 2',
      'question 4 names objective NaN, but the lesson has 2',
    ]);
  });

  it('has nothing to cover for a lesson without objectives', () => {
    expect(objectiveCoverageProblems(0, [])).toEqual([]);
  });
});
