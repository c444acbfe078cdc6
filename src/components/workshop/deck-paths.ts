/** The static paths of the workshop pages: one per lesson, each with the course's lesson list for the planner. */
import type { GetStaticPaths } from 'astro';
import { getLessons } from '../../lib/lessons';

/** What a deck knows about every lesson (to continue a workshop with the next planned one). */
export type DeckLessonIndex = { id: string; title: string; minutes: number }[];

export const deckStaticPaths = (async () => {
  const lessons = await getLessons();
  const index: DeckLessonIndex = lessons.map((l) => ({
    id: l.id,
    title: l.data.title,
    minutes: l.data.workshopMinutes ?? l.data.minutes,
  }));
  return lessons.map((lesson) => ({ params: { slug: lesson.id }, props: { lesson, index } }));
}) satisfies GetStaticPaths;
