import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { lessonsLoader } from './loaders/lessons';
import { checkQuestionSchema, objectiveCoverageProblems, sourceSchema } from './schemas/lesson';

const lessons = defineCollection({
  // The file name is the lesson's slug and so its URL: /lessen/<file name>/. Keep it stable.
  // The loader adds `minutes` (reading time from the words, myth cards and myth quiz included); authors do not set it.
  loader: lessonsLoader({ pattern: '*.mdx', base: './src/content/lessons', mythsBase: './src/content/myths' }),
  schema: z
    .object({
      title: z.string().min(1),
      /** One line shown under the title, on the course home and in search results. */
      summary: z.string().min(10).max(200),
      /** Position in the course, 1-based; must be unique. */
      order: z.number().int().positive(),
      /** Reading time in minutes, computed by the loader from the words on the page (200 a minute). */
      minutes: z.number().int().min(1),
      objectives: z.array(z.string().min(1)).min(2).max(4),
      sources: z.array(sourceSchema).min(1),
      /** The knowledge check: 2–4 questions, each naming the objective it checks. Optional so a lesson in progress can build. */
      check: z.array(checkQuestionSchema).min(2).max(4).optional(),
      /** Minutes this lesson takes in a workshop, for the workshop planner. Defaults to `minutes`. */
      workshopMinutes: z.number().int().min(5).max(180).optional(),
    })
    .superRefine((lesson, ctx) => {
      // A knowledge check must test every objective the lesson promises, and nothing it does not promise.
      if (!lesson.check) return;
      for (const message of objectiveCoverageProblems(lesson.objectives.length, lesson.check)) {
        ctx.addIssue({ code: 'custom', path: ['check'], message });
      }
    }),
});

const glossary = defineCollection({
  // The file name is the term's anchor: /begrippen/#<file name>.
  loader: glob({ pattern: '*.md', base: './src/content/glossary' }),
  schema: z.object({
    term: z.string().min(1),
    /** One sentence, shown in the tooltip of a term link. Plain text. */
    short: z.string().min(10).max(240),
    related: z.array(reference('glossary')).default([]),
  }),
});

const myths = defineCollection({
  // One file per piece of bad advice, named `NN-<slug>.md` (NN = 01…20, the order of lesson 6).
  // The body is optional extra explanation; the card and the quiz use the front matter. A brief card (lesson 6) shows
  // title and gist; a full card (/mythes/) adds myth, why and instead.
  loader: glob({ pattern: '*.md', base: './src/content/myths' }),
  schema: z.object({
    number: z.number().int().min(1).max(20),
    /** Short card title, e.g. "Je klanten zitten er niet, dus jij ook niet". */
    title: z.string().min(1),
    /** The answer in one sentence, shown on every card (brief in lesson 6, full on /mythes/). */
    gist: z.string().min(10).max(160),
    /** The advice as a bad adviser would give it, in our words. */
    myth: z.string().min(1),
    /** Why it fails. */
    why: z.string().min(1),
    /** What to do instead. */
    instead: z.string().min(1),
    /**
     * A statement for the myth quiz ("fabel of feit?"). About half the statements are true, and hedged and
     * absolute wording occur on both sides, so neither "always fabel" nor the wording gives the answer away.
     */
    quiz: z.object({
      statement: z.string().min(1),
      verdict: z.enum(['fabel', 'feit']),
      explanation: z.string().min(1),
    }),
    source: sourceSchema,
  }),
});

export const collections = { lessons, glossary, myths };
