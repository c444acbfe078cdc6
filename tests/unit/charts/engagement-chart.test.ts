import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benchmarkSets, imf2025TikTok, markerly2016 } from '../../../src/data/engagement-benchmarks';
import {
  accountMarker,
  benchmarkSegments,
  comparedRateName,
  decadeStep,
  engagementChartConfig,
  engagementSummary,
  followerRange,
  niceMax,
} from '../../../src/lib/charts/engagement-chart';
import { computeEngagement } from '../../../src/lib/calculators/engagement';
import { defaultChartColors } from '../../../src/lib/charts/colors';

const result = computeEngagement({
  followers: 2500,
  likes: 95,
  comments: 6,
  shares: 0,
  saves: 0,
  reach: null,
  benchmarkId: 'markerly-2016',
  platformId: 'instagram',
});

describe('engagement chart', () => {
  it('spans 100 to 100 million followers, widened for the account', () => {
    expect(followerRange(2500)).toEqual({ min: 100, max: 1e8 });
    expect(followerRange(20)).toEqual({ min: 10, max: 1e8 });
    expect(followerRange(3e8)).toEqual({ min: 100, max: 1e9 });
    expect(followerRange(Number.NaN)).toEqual({ min: 1, max: 1e8 });
  });
  it('draws one segment per tier at the tier’s rate, clipped to the range', () => {
    const segments = benchmarkSegments(markerly2016, { min: 100, max: 1e8 });
    expect(segments).toHaveLength(markerly2016.tiers.length);
    expect(segments[0]).toEqual({ x: [100, 1000], y: 0.08 });
    expect(segments.at(-1)).toEqual({ x: [1e7, 1e8], y: 0.016 });
  });
  it('marks the account at its follower count and its compared rate', () => {
    const marker = accountMarker(2500, 0.038);
    expect(marker.y).toBe(0.038);
    expect(marker.x[0]).toBeLessThan(2500);
    expect(marker.x[1]).toBeGreaterThan(2500);
    const config = engagementChartConfig(result, { reducedMotion: true });
    expect(config.data.datasets[1]?.data[0]?.y).toBe(result.comparableRate);
    // On top of the benchmark line (lower order is drawn later), outlined in the box's colour.
    expect(config.data.datasets[1]?.order).toBeLessThan(config.data.datasets[0]?.order ?? 0);
    expect(config.data.datasets[1]?.borderColor).toBe(defaultChartColors.surface);
  });
  it('shows the rate axis title only where it fits upright along the plot', () => {
    const title = (height?: number, fontSize?: number) =>
      engagementChartConfig(result, { reducedMotion: true, ...(height ? { height } : {}), ...(fontSize ? { fontSize } : {}) })
        .options?.scales?.['y']?.title?.display;
    expect(title()).toBe(true);
    expect(title(272, 13)).toBe(true); // a phone's box
    // At 24 px (a projector) the upright title needs its length plus the x axis's ticks and title.
    const needed = comparedRateName(result).length * 24 * 0.55 + 3 * 24 * 1.2;
    expect(title(Math.ceil(needed), 24)).toBe(true);
    expect(title(Math.floor(needed) - 1, 24)).toBe(false);
  });
  it('labels fewer decades on a narrow chart with large text, all on a wide one', () => {
    const range = { min: 100, max: 1e8 };
    expect(decadeStep(range, 0, 13)).toBe(1);
    expect(decadeStep(range, 1000, 13)).toBe(1);
    expect(decadeStep(range, 300, 24)).toBeGreaterThanOrEqual(3);
    fc.assert(
      fc.property(fc.double(), fc.double(), fc.integer({ min: 0, max: 12 }), (w, f, d) => {
        const step = decadeStep({ min: 1, max: 10 ** d }, w, f);
        expect(Number.isInteger(step) && step >= 1).toBe(true);
        // The labelled decades (every step-th, from the first) never outnumber what fits.
        if (Number.isFinite(w) && w > 0 && d >= 1) expect(Math.floor(d / step) + 1).toBeLessThanOrEqual(Math.max(2, d + 1));
      }),
    );
  });
  it('draws the marker 9 % of the follower axis long, whatever the range', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e12, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (f, rate) => {
        const range = followerRange(f);
        const [from, to] = accountMarker(f, rate, range).x;
        const share = Math.log10(to / from) / Math.log10(range.max / range.min);
        expect(share).toBeCloseTo(0.09, 6);
        expect(from).toBeLessThan(f);
        expect(to).toBeGreaterThan(f);
      }),
    );
    // A degenerate range (nonsense in) still gives a finite marker around the count.
    const odd = accountMarker(50, 0.1, { min: 10, max: 10 });
    expect(odd.x.every(Number.isFinite)).toBe(true);
  });
  it('uses a log follower axis and a linear rate axis with room above the highest value', () => {
    const config = engagementChartConfig(result, { reducedMotion: true });
    expect(config.options?.indexAxis).toBe('y');
    expect(config.options?.scales?.['x']?.type).toBe('logarithmic');
    expect(config.options?.scales?.['y']?.type).toBe('linear');
    expect(Number(config.options?.scales?.['y']?.max)).toBeGreaterThan(0.08);
    expect(config.options?.animation).toBe(false);
  });
  it('rounds the rate axis up to a round number', () => {
    expect(niceMax(0.08)).toBeCloseTo(0.1, 12);
    expect(niceMax(0)).toBeCloseTo(0.01, 12);
    expect(niceMax(Number.NaN)).toBeCloseTo(0.01, 12);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1000, noNaN: true }), (t) => {
        expect(niceMax(t)).toBeGreaterThanOrEqual(t);
      }),
    );
  });
  it('says in words what the chart shows, with source and year', () => {
    expect(engagementSummary(result).replace(/\u00a0/g, ' ')).toBe(
      'De benchmark van Markerly (2016) gaat van 8 % bij minder dan 1.000 volgers naar 1,6 % bij meer dan 10 miljoen. Jouw account: 2.500 volgers, likeratio 3,8 %; de benchmark voor 1.000–10.000 volgers is 4 %.',
    );
    const tiktok = computeEngagement({
      followers: 50_000,
      likes: 4000,
      comments: 50,
      shares: 0,
      saves: 0,
      reach: null,
      benchmarkId: imf2025TikTok.id,
      platformId: 'tiktok',
    });
    expect(engagementSummary(tiktok)).toMatch(/Influencer Marketing Factory \(2025\).*engagementratio/);
  });
  it('is finite everywhere for any account and set', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e9, noNaN: true }),
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.constantFrom(...benchmarkSets.map((s) => s.id)),
        (followers, likes, benchmarkId) => {
          const r = computeEngagement({
            followers,
            likes,
            comments: 0,
            shares: 0,
            saves: 0,
            reach: null,
            benchmarkId,
            platformId: 'instagram',
          });
          const config = engagementChartConfig(r, { reducedMotion: true });
          for (const ds of config.data.datasets)
            for (const p of ds.data) {
              expect(Number.isFinite(p.x[0]) && Number.isFinite(p.x[1]) && Number.isFinite(p.y)).toBe(true);
            }
          expect(config.data.datasets[0]?.data.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
