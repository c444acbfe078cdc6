import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelChars, wrapLabel } from '../../../src/lib/charts/wrap-label';

const lines = (v: string | string[]) => (Array.isArray(v) ? v : [v]);

describe('wrapLabel', () => {
  it('breaks the funnel’s long labels into two lines at a phone’s width', () => {
    expect(wrapLabel('Klanten dankzij de like', 16)).toEqual(['Klanten dankzij', 'de like']);
    expect(wrapLabel('Bezoekers en klikkers', 16)).toEqual(['Bezoekers en', 'klikkers']);
  });
  it('keeps a label that fits as one string', () => {
    expect(wrapLabel('Likes', 16)).toBe('Likes');
    expect(wrapLabel('Klanten dankzij de like', 40)).toBe('Klanten dankzij de like');
  });
  it('gives a word longer than the limit a line of its own, uncut', () => {
    expect(wrapLabel('Een advertentiecampagne loopt', 8)).toEqual(['Een', 'advertentiecampagne', 'loopt']);
  });
  it('does not wrap for an unknown, zero, negative or NaN limit', () => {
    for (const n of [Number.POSITIVE_INFINITY, 0, -3, Number.NaN]) expect(wrapLabel('a b c', n)).toBe('a b c');
  });
  it('returns an empty string for an empty label', () => {
    expect(wrapLabel('', 10)).toBe('');
    expect(wrapLabel('   ', 10)).toBe('');
  });
  it('keeps every word in order and every line within the limit unless one word is longer', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-zé]{1,14}$/), { maxLength: 12 }),
        fc.integer({ min: 1, max: 40 }),
        (words, max) => {
          const wrapped = lines(wrapLabel(words.join(' '), max));
          expect(wrapped.join(' ')).toBe(words.join(' '));
          for (const line of wrapped) {
            expect(line.length <= max || !line.includes(' ')).toBe(true);
          }
        },
      ),
    );
  });
});

describe('labelChars', () => {
  it('fits about 16 characters in a third of a phone-sized chart', () => {
    expect(labelChars(330, 13, 0.35)).toBe(16);
  });
  it('fits a long label on one line on a projector', () => {
    expect(labelChars(1200, 24, 0.35)).toBeGreaterThan('Klanten dankzij de like'.length);
  });
  it('means no wrapping when the width is unknown', () => {
    for (const w of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) expect(labelChars(w, 13, 0.35)).toBe(Infinity);
  });
  it('never goes below 8 characters and survives a bad font size', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e6, noNaN: true }), fc.double(), (w, f) => {
        const n = labelChars(w, f, 0.35);
        expect(n).toBeGreaterThanOrEqual(8);
        expect(Number.isInteger(n)).toBe(true);
      }),
    );
  });
});
