/**
 * The myths as built: on /mythes/ twenty full cards, each an <article> with a heading, the three parts and a source
 * line, all open; in lesson 6 the myth quiz. Reads `dist/`, so it runs after `astro build` (the test runner builds first).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { ABSOLUTE, BALANCE_LIMITS, guessShare, HEDGE, type VerdictItem } from '../../src/lib/quiz/answer-balance';
import { islandProps } from './course-checks';
import { DIST, requireBuild } from './dist';

const page = join(DIST, 'lessen', 'twintig-mythes', 'index.html');
const reference = join(DIST, 'mythes', 'index.html');
const PARTS = ['De mythe', 'Waarom het niet klopt', 'Doe liever dit'];

let document: Document;

beforeAll(() => {
  requireBuild();
  if (!existsSync(page)) throw new Error(`${page} is missing: is src/content/lessons/twintig-mythes.mdx gone?`);
  if (!existsSync(reference)) throw new Error(`${reference} is missing: is src/pages/mythes/index.astro gone?`);
  const window = new Window();
  // happy-dom's Document type differs in details from lib.dom's; only standard DOM queries are used here.
  document = new window.DOMParser().parseFromString(readFileSync(reference, 'utf8'), 'text/html') as unknown as Document;
});

/** The myth cards on the page. */
const cards = () => [...document.querySelectorAll<HTMLElement>('article.myth-card')];

describe('the myth cards to look up (/mythes/)', () => {
  it('shows twenty cards', () => {
    expect(cards()).toHaveLength(20);
  });

  it('numbers the cards 1 to 20, each once, with unique anchors', () => {
    const numbers = cards().map((card) => Number(/^mythe-(\d+)$/.exec(card.id)?.[1]));
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('gives every card a heading with its number and a title, and labels the card by it', () => {
    for (const card of cards()) {
      const heading = card.querySelector('h2, h3, h4');
      expect(heading, card.id).not.toBeNull();
      const number = card.id.replace('mythe-', '');
      expect(heading?.textContent?.replace(/\s+/g, ' ').trim()).toMatch(new RegExp(`^Mythe ${number}: \\S`));
      expect(card.getAttribute('aria-labelledby')).toBe(heading?.id);
    }
  });

  it('has the three parts in every card, in order, each with text', () => {
    for (const card of cards()) {
      const terms = [...card.querySelectorAll('dt')].map((dt) => dt.textContent?.trim());
      expect(terms, card.id).toEqual(PARTS);
      for (const dd of card.querySelectorAll('dd')) {
        expect(dd.textContent?.trim().length ?? 0, `${card.id}: empty part`).toBeGreaterThan(20);
      }
    }
  });

  it('shows each card whole: nothing folded away, nothing that needs a script', () => {
    expect(document.querySelectorAll('details, script[type="module"], script[src]')).toHaveLength(0);
  });

  it('lists the twenty titles first, each linking to its card', () => {
    const links = [...document.querySelectorAll('.myths-index a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(cards().map((card) => `#${card.id}`));
  });

  it('names a source with a year or says the year is unknown, on every card', () => {
    for (const card of cards()) {
      const source = card.querySelector('.myth-card__source')?.textContent?.trim() ?? '';
      expect(source, card.id).toMatch(/^Bron: .+, (\d{4}|jaar niet vermeld)$/);
    }
  });
});

describe('lesson 6: the myth quiz cannot be passed on form alone', () => {
  const items = () => {
    const props = islandProps(readFileSync(page, 'utf8'), 'MythQuiz');
    return (props?.['items'] as VerdictItem[] | undefined) ?? [];
  };

  it('has one statement per myth', () => {
    expect(items()).toHaveLength(20);
  });

  it('scores no better than chance by always answering the same verdict ("fabel")', () => {
    expect(guessShare(items())).toBeLessThanOrEqual(0.55);
  });

  it('gives nothing away by hedged ("vaak", "kan") or absolute ("altijd", "elk") wording', () => {
    expect(guessShare(items(), HEDGE)).toBeLessThanOrEqual(BALANCE_LIMITS.guess);
    expect(guessShare(items(), ABSOLUTE)).toBeLessThanOrEqual(BALANCE_LIMITS.guess);
  });
});
