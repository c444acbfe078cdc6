/** The longest query we send to the index; longer input is cut, not rejected. */
export const MAX_QUERY_LENGTH = 200;

/**
 * Reads the search query from a URL's query string: trimmed, whitespace folded, length capped.
 * @example queryFromSearch('?q=%20geschenken%20') // 'geschenken'
 */
export function queryFromSearch(search: string): string {
  const raw = new URLSearchParams(search).get('q') ?? '';
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
}

/**
 * The Dutch status line for a number of results.
 * @example resultStatus('likes', 3) // '3 resultaten voor “likes”'
 */
export function resultStatus(query: string, count: number): string {
  if (query === '') return 'Typ een woord om te zoeken.';
  if (count === 0) return `Niets gevonden voor “${query}”. Probeer een ander of korter woord.`;
  return `${count} ${count === 1 ? 'resultaat' : 'resultaten'} voor “${query}”`;
}
