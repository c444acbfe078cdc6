import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clampIndex, parseSlideRef, slideHash } from '../../../src/lib/workshop/slide-index';

describe('parseSlideRef', () => {
  it('reads #/5, #5 and ?dia=5 as the fifth slide', () => {
    expect(parseSlideRef('#/5', '', 10)).toBe(4);
    expect(parseSlideRef('#5', '', 10)).toBe(4);
    expect(parseSlideRef('#/5/', '', 10)).toBe(4);
    expect(parseSlideRef('', '?dia=5', 10)).toBe(4);
    expect(parseSlideRef('', '?reeks=a,b&dia=2', 10)).toBe(1);
  });
  it('prefers the hash over the query', () => {
    expect(parseSlideRef('#/3', '?dia=7', 10)).toBe(2);
  });
  it('clamps to the deck', () => {
    expect(parseSlideRef('#/0', '', 10)).toBe(0);
    expect(parseSlideRef('#/99', '', 10)).toBe(9);
    expect(parseSlideRef('#/999999', '', 3)).toBe(2);
  });
  it('returns null for anything else', () => {
    for (const hash of ['', '#', '#/', '#/-1', '#/2.5', '#/abc', '#/1e3', '#dia-3', '#/1234567', '#/<b>']) {
      expect(parseSlideRef(hash, '', 10)).toBeNull();
    }
    expect(parseSlideRef('', '?dia=abc', 10)).toBeNull();
    expect(parseSlideRef('', '?dia=-2', 10)).toBeNull();
    expect(parseSlideRef('#/3', '', 0)).toBeNull();
    expect(parseSlideRef('#/3', '', Number.NaN)).toBeNull();
  });
  it('property: slideHash and parseSlideRef round-trip for every slide', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.nat(), (total, raw) => {
        const index = raw % total;
        expect(parseSlideRef(slideHash(index), '', total)).toBe(index);
      }),
    );
  });
  it('property: never returns an index outside the deck', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.integer({ min: 1, max: 50 }), (hash, search, total) => {
        const r = parseSlideRef(hash, search, total);
        expect(r === null || (Number.isInteger(r) && r >= 0 && r < total)).toBe(true);
      }),
    );
  });
});

describe('slideHash and clampIndex', () => {
  it('formats 1-based hashes and survives bad input', () => {
    expect(slideHash(0)).toBe('#/1');
    expect(slideHash(11)).toBe('#/12');
    expect(slideHash(-3)).toBe('#/1');
    expect(slideHash(Number.NaN)).toBe('#/1');
  });
  it('clamps', () => {
    expect(clampIndex(5, 3)).toBe(2);
    expect(clampIndex(-1, 3)).toBe(0);
    expect(clampIndex(Number.POSITIVE_INFINITY, 3)).toBe(0);
    expect(clampIndex(1, 0)).toBe(0);
    expect(clampIndex(1e12, 4)).toBe(3);
  });
});
