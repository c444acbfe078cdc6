/**
 * The search page's behaviour: reads ?q=, asks Pagefind, renders title + excerpt per result.
 * Pagefind is loaded with a dynamic import from the site's own /pagefind/ folder on first use.
 */
import { MAX_QUERY_LENGTH, queryFromSearch, resultStatus } from '../../lib/search-query';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(o: { baseUrl: string; excerptLength?: number }): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 20;

/** Wires the search form and renders results for the current ?q=. */
export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('.search-page');
  const input = document.querySelector<HTMLInputElement>('#zoekterm');
  const form = root?.querySelector('form');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (!root || !input || !form || !status || !list) return;
  input.maxLength = MAX_QUERY_LENGTH;
  const base = root.dataset['base'] ?? '/';
  let pagefind: Promise<Pagefind> | undefined;
  let latest = 0;

  const load = (): Promise<Pagefind> => {
    pagefind ??= (async () => {
      const url = `${base}pagefind/pagefind.js`;
      const module = (await import(/* @vite-ignore */ url)) as Pagefind;
      await module.options({ baseUrl: base, excerptLength: 24 });
      return module;
    })();
    return pagefind;
  };

  const run = async (query: string) => {
    const ticket = ++latest;
    list.replaceChildren();
    if (query === '') {
      status.textContent = resultStatus('', 0);
      return;
    }
    status.textContent = 'Even zoeken…';
    try {
      const found = await (await load()).search(query);
      const data = await Promise.all((found?.results ?? []).slice(0, MAX_RESULTS).map((r) => r.data()));
      if (ticket !== latest) return; // a newer search started meanwhile
      list.replaceChildren(...data.map(renderResult));
      status.textContent = resultStatus(query, found?.results.length ?? 0);
    } catch {
      if (ticket === latest) status.textContent = 'Zoeken lukt nu niet. Laad de pagina opnieuw en probeer het nog eens.';
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = queryFromSearch(`?q=${encodeURIComponent(input.value)}`);
    history.replaceState(null, '', query ? `?q=${encodeURIComponent(query)}` : location.pathname);
    void run(query);
  });

  const initial = queryFromSearch(location.search);
  input.value = initial;
  if (initial) void run(initial);
  else input.focus();
}

/** One result: the title as a link and Pagefind's excerpt (our own indexed text, with <mark> around matches). */
function renderResult(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  appendExcerpt(excerpt, result.excerpt);
  item.append(heading, excerpt);
  return item;
}

/** Renders an excerpt by keeping only Pagefind's <mark> tags: every other character becomes text. */
function appendExcerpt(target: HTMLElement, excerpt: string): void {
  const parts = excerpt.split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      const text = document.createTextNode(decodeEntities(part));
      if (marked) {
        const mark = document.createElement('mark');
        mark.append(text);
        target.append(mark);
      } else target.append(text);
    }
  }
}

function decodeEntities(text: string): string {
  const area = document.createElement('textarea');
  area.innerHTML = text; // a <textarea> parses entities but never creates elements or runs scripts
  return area.value;
}
