/** Looks up figure data by id for the MDX components, failing the build with the valid ids on a typo. */

/** The item whose `id` matches, or an Error naming the component and the ids that exist. */
export function findById<T extends { id: string }>(items: readonly T[], id: string | undefined, usage: string): T {
  const found = items.find((item) => item.id === id);
  if (!found) throw new Error(`${usage}: unknown id "${id}"; use one of ${items.map((i) => i.id).join(', ')}`);
  return found;
}
