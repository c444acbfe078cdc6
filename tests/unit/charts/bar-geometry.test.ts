import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decadeTicks, logPercent } from '../../../src/lib/charts/bar-geometry';

const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

describe('logPercent', () => {
  it('places a value by its power of ten between the ends of the axis', () => {
    expect(logPercent(100, { min: 1, max: 10_000 })).toBe(50);
    expect(logPercent(10_000, { min: 1, max: 10_000 })).toBe(100);
    expect(logPercent(10, { min: 0.1, max: 1000 })).toBeCloseTo(50);
  });
  it('gives 0 at or below the minimum and for 0, negative, NaN and infinite values; clips above the maximum', () => {
    const range = { min: 1, max: 1000 };
    for (const v of [1, 0.5, 0, -3, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])
      expect(logPercent(v, range)).toBe(0);
    expect(logPercent(1e12, range)).toBe(100);
  });
  it('survives an unusable axis (empty, reversed, zero, NaN) without NaN', () => {
    for (const range of [
      { min: 0, max: 0 },
      { min: 10, max: 1 },
      { min: -1, max: 5 },
      { min: Number.NaN, max: 10 },
      { min: 1, max: Number.POSITIVE_INFINITY },
    ])
      expect(Number.isFinite(logPercent(5, range))).toBe(true);
    // A tiny minimum: value / min would overflow to Infinity (found by the property below).
    expect(logPercent(8.9e-16, { min: 5e-324, max: 8.9e-16 })).toBe(100);
  });
  it('is always between 0 and 100 and rises with the value', () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), fc.double(), fc.double(), (a, b, min, max) => {
        const range = { min, max };
        const [pa, pb] = [logPercent(a, range), logPercent(b, range)];
        for (const p of [pa, pb]) expect(p >= 0 && p <= 100).toBe(true);
        if (Number.isFinite(a) && Number.isFinite(b) && a <= b) expect(pa).toBeLessThanOrEqual(pb);
      }),
    );
  });
});

describe('decadeTicks', () => {
  it('puts a line at every power of ten from 1 inside the axis, labelled in Dutch', () => {
    const ticks = decadeTicks({ min: 1, max: 1400 });
    expect(ticks.map((t) => t.label)).toEqual(['1', '10', '100', '1.000']);
    expect(ticks.map((t) => t.anchor)).toEqual(['start', 'middle', 'middle', 'end']);
    expect(decadeTicks({ min: 0.1, max: 50 }).map((t) => t.label)).toEqual(['1', '10']);
  });
  it('labels at most four lines on a long axis, the largest always', () => {
    const ticks = decadeTicks({ min: 1, max: 2e6 });
    expect(ticks).toHaveLength(7);
    expect(ticks.filter((t) => t.label).map((t) => nbsp(t.label))).toEqual(['1', '100', '10.000', '1 mln']);
  });
  it('has no lines on an axis without a power of ten, nor on an unusable one', () => {
    expect(decadeTicks({ min: 2, max: 9 })).toEqual([]);
    expect(decadeTicks({ min: 0.1, max: 0.9 })).toEqual([]);
    expect(decadeTicks({ min: Number.NaN, max: 5 }).map((t) => t.label)).toEqual(['1', '10']);
  });
  it('keeps every line on the track, in order, with at most four labels', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e15, noNaN: true }), fc.double({ min: 1.01, max: 1e6 }), (min, f) => {
        const ticks = decadeTicks({ min, max: min * f });
        for (const t of ticks) expect(t.at >= 0 && t.at <= 100).toBe(true);
        for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.at).toBeGreaterThan(ticks[i - 1]!.at);
        expect(ticks.filter((t) => t.label).length).toBeLessThanOrEqual(4);
        if (ticks.length > 0) expect(ticks.at(-1)!.label).not.toBe('');
      }),
    );
  });
});
