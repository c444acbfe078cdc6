import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FUNNEL_AXIS_MIN,
  funnelAxisRange,
  funnelBars,
  funnelRows,
  funnelSummary,
} from '../../../src/lib/charts/funnel-chart';
import { resolveForm } from '../../../src/lib/calculators/fields';
import { computeFunnel, funnelFields, funnelInputsFrom } from '../../../src/lib/calculators/funnel';
import { kledingmerk } from '../../../src/lib/calculators/funnel-presets';

const result = computeFunnel(funnelInputsFrom(resolveForm(funnelFields, kledingmerk.values).values));

describe('funnel chart', () => {
  it('has one row per stage, in funnel order, with the result’s numbers', () => {
    expect(funnelRows(result).map((r) => r.label)).toEqual([
      'Likes',
      'Bezoekers en klikkers',
      'Klanten',
      'Klanten dankzij de like',
    ]);
    expect(funnelRows(result).map((r) => Math.round(r.value))).toEqual([1000, 250, 8, 8]);
  });
  it('draws the same numbers as the table, as bars on a log axis, the customers the like brought highlighted', () => {
    const { bars, ticks } = funnelBars(result);
    expect(bars.map((b) => b.label)).toEqual(funnelRows(result).map((r) => r.label));
    expect(bars.map((b) => b.value)).toEqual(['1.000', '250', '8', '8']);
    expect(bars.map((b) => b.highlight)).toEqual([false, false, false, true]);
    // 1.000 likes down to 8 customers: the axis runs from 1 to 1.400, so a bar ends at log(v) / log(1.400).
    const at = (v: number) => (Math.log10(v) / Math.log10(1400)) * 100;
    expect(bars[0]?.length).toBeCloseTo(at(1000));
    expect(bars[1]?.length).toBeCloseTo(at(250));
    expect(bars[2]?.length).toBeCloseTo(at(8));
    // A grid line per power of ten, each labelled in Dutch.
    expect(ticks.map((t) => t.label)).toEqual(['1', '10', '100', '1.000']);
    expect(ticks[0]?.at).toBe(0);
    expect(ticks[3]?.at).toBeCloseTo(at(1000));
  });
  it('gives a stage of 0 an empty bar, its number beside it', () => {
    const none = computeFunnel({ ...funnelInputsFrom(resolveForm(funnelFields, kledingmerk.values).values), likes: 0 });
    for (const bar of funnelBars(none).bars) {
      expect(bar.length).toBe(0);
      expect(bar.value).toBe('0');
    }
  });
  it('sums the stages up in its aria-label text', () => {
    expect(funnelSummary(result)).toBe(
      'Trechter van likes naar klanten: likes 1.000, bezoekers en klikkers 250, klanten 8, klanten dankzij de like 8.',
    );
  });
  it('never draws NaN, a bar outside its track or a longer bar for a smaller stage, even for an empty funnel', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), (likes) => {
        const r = computeFunnel({
          ...funnelInputsFrom(resolveForm(funnelFields, kledingmerk.values).values),
          likes,
        });
        const { bars, ticks } = funnelBars(r);
        for (const b of bars) {
          expect(b.length >= 0 && b.length <= 100).toBe(true);
          expect(b.value).not.toMatch(/NaN|Infinity/);
        }
        const values = funnelRows(r).map((row) => row.value);
        for (let i = 1; i < bars.length; i++)
          if (values[i]! <= values[i - 1]!) expect(bars[i]!.length).toBeLessThanOrEqual(bars[i - 1]!.length);
        for (const t of ticks) expect(t.at >= 0 && t.at <= 100).toBe(true);
        expect(funnelSummary(r)).not.toMatch(/NaN|Infinity/);
      }),
    );
  });
});

describe('funnelAxisRange', () => {
  it('spans every stage with room at both ends, the shortest bar at least a third of a decade', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e12, noNaN: true }), { minLength: 1, maxLength: 6 }), (values) => {
        const { min, max } = funnelAxisRange(values);
        expect(Number.isFinite(min) && Number.isFinite(max)).toBe(true);
        expect(min).toBeGreaterThanOrEqual(FUNNEL_AXIS_MIN);
        expect(max).toBeGreaterThan(min);
        for (const v of values.filter((x) => x > 0)) {
          expect(v).toBeLessThan(max);
          if (v >= FUNNEL_AXIS_MIN * 2) expect(Math.log10(v / min)).toBeGreaterThanOrEqual(Math.log10(2) - 1e-9);
        }
      }),
    );
  });
  it('survives empty, zero, negative, NaN and infinite stages', () => {
    for (const values of [[], [0], [-5], [Number.NaN], [Number.POSITIVE_INFINITY], [0, 0, 0]]) {
      const { min, max } = funnelAxisRange(values);
      expect(min).toBe(FUNNEL_AXIS_MIN);
      expect(max).toBe(1.4);
    }
    expect(funnelAxisRange([1000, 250, 8, 8])).toEqual({ min: 1, max: 1400 });
  });
});
