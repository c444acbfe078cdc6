/**
 * Ordering of lessons and the previous/next links between them. Pure: takes any items with an `order`.
 */

/** Sorts by `data.order`, ascending, without changing the input. */
export function sortByOrder<T extends { data: { order: number } }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.data.order - b.data.order);
}

/**
 * The items before and after the one with the given id in an ordered list.
 * @example neighbours(sorted, 'van-like-naar-euro') // { previous: lesson 3, next: lesson 5 }
 */
export function neighbours<T extends { id: string }>(ordered: readonly T[], id: string): { previous?: T; next?: T } {
  const i = ordered.findIndex((item) => item.id === id);
  if (i < 0) return {};
  const result: { previous?: T; next?: T } = {};
  const previous = ordered[i - 1];
  const next = ordered[i + 1];
  if (previous) result.previous = previous;
  if (next) result.next = next;
  return result;
}
