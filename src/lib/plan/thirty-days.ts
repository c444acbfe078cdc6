/**
 * The four-week list ("30 dagen"): built from the reader's weakest self-test dimensions and the lessons'
 * "Doe het zelf" tasks. Week 1 works on the weakest dimension, week 2 on the next, week 3 on a lesson not
 * covered yet, and week 4 measures and looks back. Deterministic: the same inputs always give the same list,
 * so the plan only stores the dimensions it was built from and the ids ticked off.
 */
import { LESSON_SLUGS, type LessonSlug } from '../lesson-slugs';
import { DIMENSION_IDS, DIMENSIONS, type DimensionId } from '../selftest/dimensions';
import type { DimensionScores } from '../selftest/scoring';

/** Tasks taken from one lesson for one week. */
export const TASKS_PER_WEEK = 3;

/** How many of the weakest dimensions steer the list. */
export const WEAKEST_COUNT = 2;

/** One task on the list. */
export interface PlanTask {
  /** Stable within a list: `<lesson slug>-<n>` or `meten-<n>`. */
  id: string;
  text: string;
  /** The lesson it comes from, if any. */
  lesson?: LessonSlug;
}

/** One week of the list. */
export interface PlanWeek {
  week: 1 | 2 | 3 | 4;
  /** Why this week: the dimension or "meten en terugkijken". */
  theme: string;
  tasks: PlanTask[];
}

/** The closing week: the same for everyone, because measuring is the point of the course. */
const REVIEW_TASKS: readonly PlanTask[] = [
  { id: 'meten-1', text: 'Zoek je gekozen cijfers van deze maand op en zet ze in je logboek hieronder.' },
  {
    id: 'meten-2',
    text: 'Leg ze naast je doel: lig je op koers? Schrijf in één zin wat je volgende maand anders doet.',
  },
  { id: 'meten-3', text: 'Doe de zelftest opnieuw en vergelijk je twee uitslagen.' },
];

/**
 * The weakest dimensions of a self-test result, weakest first (ties in dimension order), at most `count`.
 * @example weakestDimensions({ doelen: 80, meten: 20, gesprek: 60, inhoud: 40, middelen: 100, kanalen: 50 }) // ['meten', 'inhoud']
 */
export function weakestDimensions(scores: DimensionScores, count = WEAKEST_COUNT): DimensionId[] {
  return [...DIMENSION_IDS].sort((a, b) => scores[a] - scores[b]).slice(0, Math.max(0, count));
}

/** The lessons for weeks 1–3: each weak dimension's first lesson not used yet, then course order. */
export function weekLessons(weakest: readonly DimensionId[], available: readonly LessonSlug[]): LessonSlug[] {
  const out: LessonSlug[] = [];
  const usable = (slug: LessonSlug) => available.includes(slug) && !out.includes(slug) && slug !== 'zelftest';
  for (const id of weakest) {
    const slug = DIMENSIONS[id]?.lessons.find(usable);
    if (slug && out.length < 3) out.push(slug);
  }
  for (const slug of LESSON_SLUGS) if (out.length < 3 && usable(slug)) out.push(slug);
  return out;
}

/**
 * Builds the four weeks.
 * @param weakest the weakest dimensions, weakest first (empty when the reader has no self-test yet)
 * @param tasksByLesson the "Doe het zelf" tasks per lesson slug (see lesson-tasks.ts)
 * @param titles lesson titles per slug, for the week's theme
 */
export function buildThirtyDays(
  weakest: readonly DimensionId[],
  tasksByLesson: Readonly<Partial<Record<string, readonly string[]>>>,
  titles: Readonly<Partial<Record<string, string>>> = {},
): PlanWeek[] {
  const available = LESSON_SLUGS.filter((slug) => (tasksByLesson[slug]?.length ?? 0) > 0);
  const lessons = weekLessons(weakest, available);
  const weeks: PlanWeek[] = lessons.map((slug, i) => {
    const dimension = weakest[i];
    const title = titles[slug] ?? slug;
    const theme = dimension ? `${DIMENSIONS[dimension].label}: uit de les “${title}”` : `Uit de les “${title}”`;
    const tasks = (tasksByLesson[slug] ?? [])
      .slice(0, TASKS_PER_WEEK)
      .map((text, n) => ({ id: `${slug}-${n + 1}`, text, lesson: slug }));
    return { week: (i + 1) as 1 | 2 | 3, theme, tasks };
  });
  weeks.push({ week: 4, theme: 'Meten en terugkijken', tasks: [...REVIEW_TASKS] });
  // Fewer than three lessons with tasks: renumber so the weeks stay consecutive.
  return weeks.map((w, i) => ({ ...w, week: (i + 1) as PlanWeek['week'] }));
}

/** All task ids of a list (to drop ticks that no longer belong to it). */
export function taskIds(weeks: readonly PlanWeek[]): string[] {
  return weeks.flatMap((w) => w.tasks.map((t) => t.id));
}
