import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barLengths } from '../../src/lib/bars';

describe('barLengths', () => {
  it('scales to the largest value', () => {
    const [a, b, c] = barLengths([0.08, 0.04, 0.016]);
    expect(a).toBe(100);
    expect(b).toBeCloseTo(50);
    expect(c).toBeCloseTo(20);
  });
  it('handles empty input, zeros, negatives, NaN and infinity', () => {
    expect(barLengths([])).toEqual([]);
    expect(barLengths([0, 0])).toEqual([0, 0]);
    expect(barLengths([-1, 2])).toEqual([0, 100]);
    expect(barLengths([Number.NaN, 4, 2])).toEqual([0, 100, 50]);
    expect(barLengths([Number.POSITIVE_INFINITY, 1])).toEqual([0, 100]);
  });
  it('handles huge and tiny values', () => {
    expect(barLengths([1e300, 5e299])).toEqual([100, 50]);
    expect(barLengths([Number.MIN_VALUE])).toEqual([100]);
  });
  it('always gives one length between 0 and 100 per value, and 100 for the largest', () => {
    fc.assert(
      fc.property(fc.array(fc.double()), (values) => {
        const lengths = barLengths(values);
        expect(lengths).toHaveLength(values.length);
        for (const l of lengths) {
          expect(Number.isFinite(l)).toBe(true);
          expect(l).toBeGreaterThanOrEqual(0);
          expect(l).toBeLessThanOrEqual(100);
        }
        if (values.some((v) => Number.isFinite(v) && v > 0)) expect(Math.max(...lengths)).toBe(100);
      }),
    );
  });
});
