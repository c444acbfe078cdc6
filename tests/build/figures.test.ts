/**
 * Every figure on a built page names its source: a page that shows a percentage or a count in millions inside
 * a big number, a table or a worked example must also show a "Bron" line. Reads `dist/` after `astro build`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, requireBuild } from './dist';

// A percentage ("8 %", "2,4%") or a count in millions ("10,1 mln"); \s also matches the no-break space.
const FIGURE = /\d\s?%|\d\s?mln\b/;
// "Bron" as a word of its own ("Bron:", "(Bron: …)"), not the "Bronnen" list at the foot of a lesson.
const SOURCE = /\bBron(?![a-z])/;
const BROKEN = /\bNaN\b|\bundefined\b|Infinity/;
const FIGURE_HOLDERS = '.big-number, table, .example';

/** Parses a page and returns its text content, collapsed to single spaces. */
function parse(html: string) {
  const window = new Window();
  const document = new window.DOMParser().parseFromString(html, 'text/html');
  const text = (el: { textContent: string | null } | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return { document, text, close: () => window.close() };
}

// Collected up front so that each page is its own test; without a build the first test fails loudly.
const pages = existsSync(join(DIST, 'index.html')) ? builtPages() : [];

describe('figures on built pages', () => {
  it('finds a built site in dist/', () => {
    requireBuild();
    expect(pages.length).toBeGreaterThan(0);
  });

  for (const { path: page, html } of pages) {
    it(`${page}: every figure comes with its source`, () => {
      const { document, text, close } = parse(html);
      try {
        const holders = [...document.querySelectorAll(FIGURE_HOLDERS)];
        const withFigures = holders.filter((el) => FIGURE.test(text(el)));
        for (const el of holders) expect(text(el), `${page}: a figure shows a broken value`).not.toMatch(BROKEN);
        if (withFigures.length === 0) return;

        // The page names a source somewhere…
        expect(
          text(document.body),
          `${page} shows figures (e.g. "${text(withFigures[0]!).slice(0, 80)}") but no "Bron"`,
        ).toMatch(SOURCE);
        // …and a big number carries its own source line, because on a slide it stands alone.
        for (const big of withFigures.filter((el) => el.matches('.big-number'))) {
          expect(text(big), `${page}: big number without its source`).toMatch(SOURCE);
        }
      } finally {
        close();
      }
    });
  }
});
