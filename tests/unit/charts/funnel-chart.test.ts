import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUNNEL_AXIS_MIN, funnelChartConfig, funnelRows, funnelSummary } from '../../../src/lib/charts/funnel-chart';
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
    expect(x?.min).toBe(FUNNEL_AXIS_MIN);
    expect(Number(x?.max)).toBeGreaterThanOrEqual(1000);
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
