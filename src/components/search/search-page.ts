/**
 * The search page's behaviour: searches as the reader types (search-ui.ts), keeps the query in ?q= so a
 * search can be shared, and runs the search in the address on load. The form stays a plain GET form.
 */
import { MAX_QUERY_LENGTH, queryFromSearch } from '../../lib/search-query';
import { searchAsYouType } from './search-ui';

/** Wires the search form and renders results for the current ?q=. */
export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('.search-page');
  const input = root?.querySelector<HTMLInputElement>('#zoekterm');
  const form = root?.querySelector('form');
  const status = root?.querySelector<HTMLElement>('[data-search-status]');
  const list = root?.querySelector<HTMLOListElement>('[data-search-results]');
  if (!root || !input || !form || !status || !list) return;
  input.maxLength = MAX_QUERY_LENGTH;
  const run = searchAsYouType({
    input,
    status,
    list,
    base: root.dataset['base'] ?? '/',
    headingLevel: 'h2',
    onQuery: (query) => history.replaceState(null, '', query ? `?q=${encodeURIComponent(query)}` : location.pathname),
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  const initial = queryFromSearch(location.search);
  input.value = initial;
  if (initial) void run(initial);
  else input.focus();
}
