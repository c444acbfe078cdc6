import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FUNNEL_AXIS_MIN,
  funnelAxisRange,
  funnelChartConfig,
  funnelLinesPerStage,
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
  it('draws the same numbers as the table, as horizontal bars on a log axis', () => {
    const config = funnelChartConfig(result, { reducedMotion: false });
    expect(config.type).toBe('bar');
    expect(config.options?.indexAxis).toBe('y');
    expect(config.data.labels).toEqual(funnelRows(result).map((r) => r.label));
    expect(config.data.datasets[0]?.data).toEqual(funnelRows(result).map((r) => r.value));
    const x = config.options?.scales?.['x'];
    expect(x?.type).toBe('logarithmic');
    // 1.000 likes down to 8 customers: the axis runs from 1 to a little over 1.000, no empty decades.
    expect(x?.min).toBe(1);
    expect(Number(x?.max)).toBeGreaterThan(1000);
    expect(Number(x?.max)).toBeLessThan(10_000);
  });
  it('wraps long stage names on a phone-sized chart and never skips one', () => {
    const phone = funnelChartConfig(result, { reducedMotion: true, width: 330, fontSize: 13 });
    expect(phone.data.labels).toEqual([
      'Likes',
      ['Bezoekers en', 'klikkers'],
      'Klanten',
      ['Klanten dankzij', 'de like'],
    ]);
    expect(phone.options?.scales?.['y']?.ticks?.autoSkip).toBe(false);
    // A projector slide is wide: one line each.
    const slide = funnelChartConfig(result, { reducedMotion: true, width: 1200, fontSize: 24 });
    expect(slide.data.labels).toEqual(funnelRows(result).map((r) => r.label));
  });
  it('keeps names on one line and drops the axis title in a box too low for two-line names', () => {
    // The projector's box: 8em at 24 px, about 600 px wide.
    const low = funnelChartConfig(result, { reducedMotion: true, width: 600, height: 192, fontSize: 24 });
    expect(low.data.labels).toEqual(funnelRows(result).map((r) => r.label));
    expect(low.options?.scales?.['x']?.title?.display).toBe(false);
    const phone = funnelChartConfig(result, { reducedMotion: true, width: 330, height: 240, fontSize: 13 });
    expect(phone.options?.scales?.['x']?.title?.display).toBe(true);
  });
  it('counts the lines a stage name has room for, 2 when the height is unknown, never negative', () => {
    expect(funnelLinesPerStage(240, 13, 4)).toBe(2);
    expect(funnelLinesPerStage(192, 24, 4)).toBe(0);
    fc.assert(
      fc.property(fc.double(), fc.double(), fc.integer({ min: -2, max: 8 }), (h, f, n) => {
        const lines = funnelLinesPerStage(h, f, n);
        expect(Number.isInteger(lines) && lines >= 0).toBe(true);
      }),
    );
  });
  it('switches animation off under reduced motion', () => {
    expect(funnelChartConfig(result, { reducedMotion: true }).options?.animation).toBe(false);
    expect(funnelChartConfig(result, { reducedMotion: false }).options?.animation).not.toBe(false);
  });
  it('labels only powers of ten on the axis, in Dutch', () => {
    const x = funnelChartConfig(result, { reducedMotion: true }).options?.scales?.['x'];
    const callback = x?.ticks?.callback as (v: number) => string;
    expect(callback(1000)).toBe('1.000');
    expect(callback(2000)).toBe('');
    expect(callback(0.1)).toBe('');
    expect(callback(1_000_000).replace(/\u00a0/g, ' ')).toBe('1 mln');
  });
  it('sums the stages up in its aria-label text', () => {
    expect(funnelSummary(result)).toBe(
      'Trechter van likes naar klanten: likes 1.000, bezoekers en klikkers 250, klanten 8, klanten dankzij de like 8.',
    );
  });
  it('never puts NaN or a non-positive axis maximum in the config, even for an empty funnel', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), (likes) => {
        const r = computeFunnel({
          ...funnelInputsFrom(resolveForm(funnelFields, kledingmerk.values).values),
          likes,
        });
        const config = funnelChartConfig(r, { reducedMotion: true });
        for (const v of config.data.datasets[0]?.data ?? []) expect(Number.isFinite(v)).toBe(true);
        expect(Number(config.options?.scales?.['x']?.max)).toBeGreaterThan(FUNNEL_AXIS_MIN);
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
