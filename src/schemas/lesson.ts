import { z } from 'astro/zod';

/** A source a lesson rests on: an article, a study or a report. */
export const sourceSchema = z.object({
  title: z.string().min(1),
  author: z.string().optional(),
  publication: z.string().optional(),
  year: z.number().int().min(1990).max(2100).optional(),
  url: z.url().optional(),
});

/** One answer option of a knowledge-check question. Exactly one option per question is correct. */
export const checkOptionSchema = z.object({
  text: z.string().min(1),
  correct: z.boolean().default(false),
  feedback: z.string().min(1),
});

/** A multiple-choice question at the end of a lesson (rendered as real HTML, scored in the browser). */
export const checkQuestionSchema = z
  .object({
    /** The learning objective this question checks: 1 = the lesson's first objective. */
    objective: z.number().int().min(1),
    question: z.string().min(1),
    options: z.array(checkOptionSchema).min(2).max(5),
  })
  .refine((q) => q.options.filter((o) => o.correct).length === 1, {
    message: 'a knowledge-check question needs exactly one option with `correct: true`',
  });

/**
 * What is wrong with how a lesson's questions cover its objectives: a question that names an objective the
 * lesson does not have, or an objective no question checks. Empty when every objective is checked.
 * @example objectiveCoverageProblems(2, [{ objective: 1 }]) // ['objective 2 is checked by no question']
 */
export function objectiveCoverageProblems(objectiveCount: number, questions: readonly { objective: number }[]): string[] {
  const problems: string[] = [];
  questions.forEach((q, i) => {
    if (!Number.isInteger(q.objective) || q.objective < 1 || q.objective > objectiveCount) {
      problems.push(`question ${i + 1} names objective ${q.objective}, but the lesson has ${objectiveCount}`);
    }
  });
  for (let n = 1; n <= objectiveCount; n++) {
    if (!questions.some((q) => q.objective === n)) problems.push(`objective ${n} is checked by no question`);
  }
  return problems;
}
