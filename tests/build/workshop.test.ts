/** The workshop pages in the build: a deck and a presenter page per lesson, the deck's JS within budget. */
import { describe, expect, it } from 'vitest';
import { deckOwnJs } from '../../scripts/deck-js.mjs';
import { BASE, DIST, builtPages, lessonSlugs } from './dist';

const BUDGET = 10 * 1024;
const pages = builtPages();
const deckPages = pages.filter((p) => /^\/workshop\/[^/]+\/$/.test(p.path));

describe('workshop decks in the build', () => {
  it('has a deck and a presenter page for every lesson, and the planner', () => {
    const slugs = lessonSlugs().sort();
    expect(deckPages.map((p) => p.path.split('/')[2]).sort()).toEqual(slugs);
    for (const slug of slugs) expect(pages.some((p) => p.path === `/workshop/${slug}/presentator/`)).toBe(true);
    expect(pages.some((p) => p.path === '/workshop/')).toBe(true);
  });

  it('some deck has a slide of a few short points, set in larger type (the browser tests measure it)', () => {
    // Without one, the browser tests' "a sparse slide's points are large" would check nothing.
    expect(deckPages.filter((p) => /class="slide [^"]*\bslide--sparse\b/.test(p.html)).length).toBeGreaterThan(0);
  });

  it.each(deckPages.map((p) => [p.path, p.html] as const))(
    '%s: the deck’s own JS is at most 10 KB gzipped',
    (_, html) => {
      const { gz, files } = deckOwnJs(DIST, html, BASE);
      expect(files.length).toBeGreaterThan(0);
      expect(gz).toBeLessThanOrEqual(BUDGET);
    },
  );

  it.each(deckPages.map((p) => [p.path, p.html] as const))(
    '%s: title slide with a QR code, no notes on screen, no style attributes',
    (_, html) => {
      expect(html).toMatch(/<section class="slide slide--title is-current"/);
      expect(html).toMatch(/<svg role="img" aria-label="QR-code[^"]*" class="qr"/);
      // The CSP forbids style attributes; the deck's layout lives in its stylesheet.
      expect(html).not.toMatch(/<[a-z][^>]*\sstyle="/);
    },
  );
});
