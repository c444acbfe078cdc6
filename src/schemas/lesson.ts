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
    question: z.string().min(1),
    options: z.array(checkOptionSchema).min(2).max(5),
  })
  .refine((q) => q.options.filter((o) => o.correct).length === 1, {
    message: 'a knowledge-check question needs exactly one option with `correct: true`',
  });

