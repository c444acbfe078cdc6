/**
 * Search as you type, shared by the search page and the header's search dialog: asks Pagefind (loaded from the
 * site's own /pagefind/ folder on first use), drops results that only match a stray letter, and renders each
 * result with its kind (les, rekenhulp, begrip, mythe, zelftest) and the sections that matched, each linking to
 * its heading. Nothing from the index is inserted as HTML: only Pagefind's <mark> tags become elements.
 */
import {
  cleanExcerpt,
  markedWords,
  matchesQuery,
  resultKind,
  resultStatus,
  type ResultKind,
} from '../../lib/search-query';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}
interface Pagefind {
  options(o: { baseUrl: string; excerptLength?: number }): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

/** One entry as we show it: a page, or one glossary term of the glossary page. */
interface Entry {
  kind: ResultKind;
  title: string;
  url: string;
  excerpt: string;
  sections: PagefindSubResult[];
}

const MAX_PAGES = 20;
const MAX_SECTIONS = 3;
const MAX_ENTRIES = 30;
const DEBOUNCE_MS = 180;

let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind once per page. */
function loadPagefind(base: string): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await module.options({ baseUrl: base, excerptLength: 22 });
    return module;
  })();
  return pagefind;
}

/** Turns Pagefind's results into our entries: the glossary page splits into its terms, nonsense drops out. */
function toEntries(query: string, results: PagefindResultData[], base: string): Entry[] {
  const entries: Entry[] = [];
  for (const r of results) {
    const kind = resultKind(r.url, base);
    const subs = (r.sub_results ?? []).filter((s) => matchesQuery(query, markedWords(s.excerpt)));
    if (kind === 'Begrip') {
      // One entry per matching term, linking to its heading; the page's own title ("Begrippen") says nothing.
      for (const s of subs)
        if (s.url.includes('#')) entries.push({ kind, title: s.title, url: s.url, excerpt: s.excerpt, sections: [] });
      continue;
    }
    const title = r.meta.title ?? r.url;
    const relevant = matchesQuery(query, markedWords(r.excerpt)) || subs.length > 0 || matchesQuery(query, [title]);
    if (!relevant) continue;
    const sections = subs.filter((s) => s.url.includes('#') && s.title !== title).slice(0, MAX_SECTIONS);
    entries.push({ kind, title, url: r.url, excerpt: r.excerpt, sections });
  }
  // A result whose own title answers the query (the term "ROI" for "roi") goes first; otherwise Pagefind's order.
  const titled = (e: Entry) => matchesQuery(query, e.title.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  return [...entries.filter(titled), ...entries.filter((e) => !titled(e))].slice(0, MAX_ENTRIES);
}

/** Renders an excerpt by keeping only Pagefind's <mark> tags: every other character becomes text. */
function appendExcerpt(target: HTMLElement, excerpt: string): void {
  let marked = false;
  for (const part of cleanExcerpt(excerpt).split(/(<mark>|<\/mark>)/)) {
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

function renderEntry(entry: Entry, headingLevel: 'h2' | 'h3'): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  item.dataset['kind'] = entry.kind;
  const heading = document.createElement(headingLevel);
  heading.className = 'search-result__title';
  const kind = document.createElement('span');
  kind.className = 'search-result__kind';
  kind.textContent = entry.kind;
  const link = document.createElement('a');
  link.href = entry.url;
  link.textContent = entry.title;
  // The kind is read before the title ("Les: Van like naar euro"), so two equal titles are told apart.
  const sep = document.createElement('span');
  sep.className = 'visually-hidden';
  sep.textContent = ': ';
  heading.append(kind, sep, link);
  item.append(heading);
  // With matching sections, their excerpts say it all (the page's excerpt is the first section's again).
  if (entry.sections.length === 0) {
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result__excerpt';
    appendExcerpt(excerpt, entry.excerpt);
    item.append(excerpt);
  } else {
    const list = document.createElement('ul');
    list.className = 'search-result__sections';
    for (const s of entry.sections) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = s.url;
      a.textContent = s.title;
      const p = document.createElement('span');
      p.className = 'search-result__section-excerpt';
      appendExcerpt(p, s.excerpt);
      li.append(a, document.createTextNode(' — '), p);
      list.append(li);
    }
    item.append(list);
  }
  return item;
}

/** The elements one search box works with. */
export interface SearchParts {
  input: HTMLInputElement;
  status: HTMLElement;
  list: HTMLElement;
  /** The site's base path, ending in '/'. */
  base: string;
  /** Heading level of each result's title in this context. */
  headingLevel: 'h2' | 'h3';
  /** Called with the cleaned query after each search (the page keeps ?q= in the address). */
  onQuery?: (query: string) => void;
}

/** Wires a search box: searches as the reader types (debounced); returns `run` for an explicit search. */
export function searchAsYouType(parts: SearchParts): (query: string) => Promise<void> {
  const { input, status, list, base, headingLevel, onQuery } = parts;
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = async (raw: string) => {
    const query = raw
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, input.maxLength > 0 ? input.maxLength : 200);
    const ticket = ++latest;
    onQuery?.(query);
    if (query === '') {
      list.replaceChildren();
      status.textContent = resultStatus('', 0);
      return;
    }
    status.textContent = 'Even zoeken…';
    try {
      const found = await (await loadPagefind(base)).search(query);
      const data = await Promise.all((found?.results ?? []).slice(0, MAX_PAGES).map((r) => r.data()));
      if (ticket !== latest) return; // a newer search started meanwhile
      const entries = toEntries(query, data, base);
      list.replaceChildren(...entries.map((e) => renderEntry(e, headingLevel)));
      status.textContent = resultStatus(query, entries.length);
    } catch {
      if (ticket === latest)
        status.textContent = 'Zoeken lukt nu niet. Laad de pagina opnieuw en probeer het nog eens.';
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), DEBOUNCE_MS);
  });
  return (query) => {
    clearTimeout(timer);
    return run(query);
  };
}
