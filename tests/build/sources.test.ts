/**
 * Every claim checkable: on the built lesson pages every source in the "Bronnen" list has a title and a year (or
 * says "jaar niet vermeld"), links only to public https pages, and every inline citation, big number and figure
 * source line carries a year. A lesson that uses a word the glossary defines links to it at least once.
 * Reads `dist/` after `astro build`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE, builtPages, requireBuild } from './dist';

requireBuild();
const window = new Window();
afterAll(() => window.close());

/** A built page as a document, with a helper for the collapsed text of an element. */
function parse(html: string) {
  const document = new window.DOMParser().parseFromString(html, 'text/html');
  const text = (el: { textContent: string | null } | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return { document, text };
}

const YEAR_OR_UNKNOWN = /(\b(19|20)\d{2}|jaar niet vermeld)/;
const lessons = builtPages().filter((p) => /^\/lessen\/[^/]+\/$/.test(p.path));
const allPages = builtPages();

describe('the sources of every lesson', () => {
  it('finds the built lessons', () => expect(lessons.length).toBeGreaterThanOrEqual(7));

  for (const { path, html } of lessons) {
    it(`${path}: every source has a title and a year, and links only to https pages`, () => {
      const { document, text } = parse(html);
      const items = [...document.querySelectorAll('section.sources li')];
      expect(items.length, `${path} lists no sources`).toBeGreaterThan(0);
      for (const li of items) {
        const t = text(li);
        // "Auteur, “Titel”, …" or an editor's description; either way more than the year.
        expect(
          t.replace(YEAR_OR_UNKNOWN, '').replace(/[\s,.]/g, '').length,
          `${path}: "${t}" has no title`,
        ).toBeGreaterThan(3);
        expect(t, `${path}: "${t}" names no year`).toMatch(new RegExp(`(\\d{4}|jaar niet vermeld)\\.$`));
        for (const a of li.querySelectorAll('a')) {
          const href = a.getAttribute('href') ?? '';
          expect(href, `${path}: "${t}"`).toMatch(/^https:\/\/[^\s]+$/);
          expect(() => new URL(href)).not.toThrow();
        }
      }
    });
  }
});

describe('figures and citations carry a year on every page', () => {
  for (const { path, html } of allPages) {
    it(`${path}: citations, big numbers and figure sources name a year or "jaar niet vermeld"`, () => {
      const { document, text } = parse(html);
      for (const cite of document.querySelectorAll('cite.cite')) {
        expect(text(cite), `${path}: citation without a year`).toMatch(/(\d{4}|jaar niet vermeld)\)$/);
      }
      for (const big of document.querySelectorAll('.big-number__source')) {
        expect(text(big), `${path}: big number without a year`).toMatch(/(\d{4}|jaar niet vermeld)$/);
      }
      for (const line of document.querySelectorAll('.fig-source__part:first-child')) {
        expect(text(line), `${path}: figure source without a year`).toMatch(YEAR_OR_UNKNOWN);
      }
      for (const a of document.querySelectorAll('.fig-source a, .cite a')) {
        expect(a.getAttribute('href') ?? '', path).toMatch(/^https:\/\//);
      }
      expect(text(document.body), `${path}: the other spelling of an unknown year`).not.toMatch(/jaar onbekend/i);
    });
  }
});

/** Glossary terms with the words that count as using them: the term itself and its plural or simple variants. */
function glossaryTerms(): { slug: string; words: string[] }[] {
  const dir = join(process.cwd(), 'src', 'content', 'glossary');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const term =
        /^term:\s*(.+)$/m
          .exec(readFileSync(join(dir, f), 'utf8'))?.[1]
          ?.trim()
          .replace(/^['"]|['"]$/g, '') ?? '';
      return { slug: f.replace(/\.md$/, ''), words: [term] };
    });
}

/**
 * True when `word` occurs as a whole word (case-insensitive) in `text`, or with a plural -s ("hashtags"). Dutch
 * -en plurals are left out on purpose: "bereiken" is far more often the verb than the plural of "bereik".
 */
function usesWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}-])${escaped}s?(?=$|[^\\p{L}-])`, 'iu').test(text);
}

describe('glossary links for the defined terms a lesson uses', () => {
  const terms = glossaryTerms();

  it('defines the words a learner meets: noemer, mediaan, brutomarge', () => {
    for (const slug of ['noemer', 'mediaan', 'brutomarge']) expect(terms.map((t) => t.slug)).toContain(slug);
  });

  it('links every glossary term from at least one lesson', () => {
    const linked = new Set(
      lessons.flatMap(({ html }) => [...html.matchAll(/href="[^"]*\/begrippen\/#([^"]+)"/g)].map((m) => m[1])),
    );
    expect(terms.map((t) => t.slug).filter((slug) => !linked.has(slug))).toEqual([]);
  });

  for (const { path, html } of lessons) {
    it(`${path}: every glossary term the lesson text uses is linked to the glossary`, () => {
      const { document, text } = parse(html);
      // The words a reader meets outside a link: not the sources, the islands, links and term buttons themselves
      // (a lesson title in a link is no use of the term), headings, or the worked examples, which branch
      // `examples` owns and which their own lessons' prose introduces.
      for (const el of document.querySelectorAll('section.sources, astro-island, .example, a, .term, h1, h2, h3')) {
        el.remove();
      }
      const body = text(document.querySelector('main') ?? document.body);
      const linked = new Set([...html.matchAll(/href="[^"]*\/begrippen\/#([^"]+)"/g)].map((m) => m[1]));
      const missing = terms
        .filter((t) => t.words.some((w) => usesWord(body, w)) && !linked.has(t.slug))
        .map((t) => t.slug);
      expect(missing, `${path} uses these terms without a glossary link`).toEqual([]);
    });
  }

  it('uses one word for one term: no "naamsbekendheid" beside the glossary\'s "merkbekendheid"', () => {
    // The markup stripped is enough here: no need to parse seven pages again.
    for (const { path, html } of lessons) expect(html.replace(/<[^>]*>/g, ' '), path).not.toMatch(/naamsbekendheid/i);
  });
});

// BASE is imported so the suite runs unchanged against the sub-folder build (links there start with it).
void BASE;
