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

/** What a search result is, shown as a label beside its title. */
export type ResultKind = 'Les' | 'Rekenhulp' | 'Begrip' | 'Mythe' | 'Zelftest' | 'Pagina';

/**
 * The kind of a result from its address (the site's own folders say what a page is) and, for a sub-result,
 * its anchor: a myth card inside a lesson is a myth, an entry on the glossary page is a term.
 * @example resultKind('/cursus/lessen/likes/#mythe-2-titel', '/cursus/') // 'Mythe'
 */
export function resultKind(url: string, base: string): ResultKind {
  const [pathPart = '', anchor = ''] = url.split('#');
  const root = base.endsWith('/') ? base : `${base}/`;
  const path = pathPart.startsWith(root) ? pathPart.slice(root.length) : pathPart.replace(/^\//, '');
  if (path.startsWith('begrippen/')) return 'Begrip';
  if (path.startsWith('lessen/')) return anchor.startsWith('mythe-') ? 'Mythe' : 'Les';
  if (path.startsWith('rekenhulpen/')) return 'Rekenhulp';
  if (path.startsWith('zelftest/')) return 'Zelftest';
  return 'Pagina';
}

/** The highlighted words of a Pagefind excerpt (the text inside its <mark> tags), lower case. */
export function markedWords(excerpt: string): string[] {
  return [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => (m[1] ?? '').trim().toLowerCase()).filter(Boolean);
}

/** The query's words, lower case, letters and digits only. */
function queryWords(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Whether a highlighted word really answers one of the query's words: one is a prefix of the other (Dutch
 * stemming: "geschenken" marks "geschenk"), and the highlight is not a stray letter or two of a longer word.
 * @example matchesQuery('geschenken', ['geschenk']) // true
 * @example matchesQuery('xyzzyq', ['x']) // false
 */
export function matchesQuery(query: string, marked: readonly string[]): boolean {
  const words = queryWords(query);
  return marked.some((m) => {
    const mark = m.toLowerCase();
    return words.some((w) => {
      if (mark.length < Math.min(3, w.length)) return false;
      if (w.startsWith(mark) || mark.startsWith(w)) return true;
      // Same stem, different endings ("geschenkje" for "geschenken"): a shared start of at least four letters.
      let shared = 0;
      while (shared < Math.min(w.length, mark.length) && w[shared] === mark[shared]) shared += 1;
      return shared >= 4;
    });
  });
}

/**
 * Cleans Pagefind excerpt text for reading: folds whitespace and removes a word repeated right after itself
 * (a heading's text indexed twice).
 * @example cleanExcerpt('Engagement  Engagement is') // 'Engagement is'
 */
export function cleanExcerpt(excerpt: string): string {
  return excerpt
    .replace(/\s+/g, ' ')
    .replace(/(^|\s)((?:<mark>)?[\p{L}\p{N}-]+(?:<\/mark>)?) \2(?=\s|$|[.,;:!?])/gu, '$1$2')
    .trim();
}
