import { getCollection, type CollectionEntry } from 'astro:content';
import { sortByOrder } from './lesson-order';

/** All lessons in course order. Fails the build when two lessons claim the same position. */
export async function getLessons(): Promise<CollectionEntry<'lessons'>[]> {
  const lessons = sortByOrder(await getCollection('lessons'));
  for (let i = 1; i < lessons.length; i++) {
    const [a, b] = [lessons[i - 1]!, lessons[i]!];
    if (a.data.order === b.data.order) {
      throw new Error(`Lessons ${a.id} and ${b.id} both have order ${a.data.order}; give each its own position.`);
    }
  }
  return lessons;
}
