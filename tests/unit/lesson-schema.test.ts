import { describe, expect, it } from 'vitest';
import { checkQuestionSchema, sourceSchema } from '../../src/schemas/lesson';

describe('lesson schemas', () => {
  const option = (text: string, correct = false) => ({ text, correct, feedback: `Uitleg bij ${text}.` });

  it('accepts a question with exactly one correct option', () => {
    expect(checkQuestionSchema.safeParse({ question: 'Wat telt?', options: [option('klanten', true), option('likes')] }).success).toBe(true);
  });

  it('rejects questions with no or two correct options, or a single option', () => {
    expect(checkQuestionSchema.safeParse({ question: 'x', options: [option('a'), option('b')] }).success).toBe(false);
    expect(checkQuestionSchema.safeParse({ question: 'x', options: [option('a', true), option('b', true)] }).success).toBe(false);
    expect(checkQuestionSchema.safeParse({ question: 'x', options: [option('a', true)] }).success).toBe(false);
  });

  it('requires a title and a plausible year for a source', () => {
    expect(sourceSchema.safeParse({ title: 'Waarom likes een vergiftigd geschenk zijn', year: 2019 }).success).toBe(true);
    expect(sourceSchema.safeParse({ title: '' }).success).toBe(false);
    expect(sourceSchema.safeParse({ title: 'x', year: 19 }).success).toBe(false);
    expect(sourceSchema.safeParse({ title: 'x', url: 'geen url' }).success).toBe(false);
  });
});
