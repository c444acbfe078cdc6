import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benchmarkSets, imf2025TikTok, markerly2016 } from '../../../src/data/engagement-benchmarks';
import { ACCOUNT_BAR_LABEL, engagementBars, engagementSummary } from '../../../src/lib/charts/engagement-chart';
import { computeEngagement } from '../../../src/lib/calculators/engagement';

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
  it('draws a bar per tier at its rate, and the account right below its own tier', () => {
    const { bars, ticks } = engagementBars(result);
    expect(bars.map((b) => b.label)).toEqual([
      'minder dan 1.000',
      '1.000–10.000 (jij)',
      ACCOUNT_BAR_LABEL,
      '10.000–100.000',
      '100.000–1 miljoen',
      '1–10 miljoen',
      'meer dan 10 miljoen',
    ]);
    expect(bars.map((b) => b.value.replace(/\u00a0/g, ' '))).toEqual([
      '8 %',
      '4 %',
      '3,8 %',
      '2,4 %',
      '1,7 %',
      '1,7 %',
      '1,6 %',
    ]);
    expect(bars.filter((b) => b.highlight).map((b) => b.label)).toEqual([ACCOUNT_BAR_LABEL]);
    // A linear scale from 0: the largest rate fills the track, the others in proportion.
    expect(bars[0]?.length).toBe(100);
    expect(bars[1]?.length).toBeCloseTo(50);
    expect(bars[2]?.length).toBeCloseTo((0.038 / 0.08) * 100);
    expect(ticks).toEqual([]);
    expect(bars).toHaveLength(markerly2016.tiers.length + 1);
  });
  it('lets an account above every benchmark fill the track, the tiers in proportion', () => {
    const star = computeEngagement({ ...inputs(1000, 500), benchmarkId: 'markerly-2016' });
    const bars = engagementBars(star).bars;
    const account = bars.find((b) => b.label === ACCOUNT_BAR_LABEL);
    expect(account?.length).toBe(100);
    expect(bars[0]?.length).toBeCloseTo((0.08 / 0.5) * 100);
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
  it('draws every bar between 0 and 100 % with a value in words, for any account and set', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e9, noNaN: true }),
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.constantFrom(...benchmarkSets.map((s) => s.id)),
        (followers, likes, benchmarkId) => {
          const r = computeEngagement({ ...inputs(followers, likes), benchmarkId });
          const { bars } = engagementBars(r);
          expect(bars).toHaveLength(r.set.tiers.length + 1);
          expect(bars.filter((b) => b.label === ACCOUNT_BAR_LABEL)).toHaveLength(1);
          for (const b of bars) {
            expect(b.length >= 0 && b.length <= 100).toBe(true);
            expect(b.value).not.toMatch(/NaN|Infinity|undefined|^$/);
          }
          expect(Math.max(...bars.map((b) => b.length))).toBe(100);
        },
      ),
    );
  });
});

function inputs(followers: number, likes: number) {
  return { followers, likes, comments: 0, shares: 0, saves: 0, reach: null, platformId: 'instagram' };
}
