import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  benchmarkSets,
  imf2025Instagram,
  markerly2016,
  rivalIq2023Facebook,
} from '../../../src/data/engagement-benchmarks';
import {
  benchmarkPhrase,
  benchmarkSetById,
  computeEngagement,
  defaultSetFor,
  engagementFields,
  engagementInputsFrom,
  measuredLikeReader,
  mismatchWarning,
  tierFor,
  verdictFor,
  verdictSentence,
  verdictTexts,
  withheldTexts,
  type EngagementInputs,
} from '../../../src/lib/calculators/engagement';
import { engagementCalculator } from '../../../src/lib/calculators/engagement-calculator';
import { resolveForm } from '../../../src/lib/calculators/fields';

const base: EngagementInputs = {
  followers: 800,
  likes: 64,
  comments: 4,
  shares: 0,
  saves: 0,
  reach: null,
  benchmarkId: 'markerly-2016',
  platformId: 'instagram',
};

const validInputs: fc.Arbitrary<EngagementInputs> = fc.record({
  followers: fc.double({ min: 1, max: 1e9, noNaN: true }),
  likes: fc.double({ min: 0, max: 1e9, noNaN: true }),
  comments: fc.double({ min: 0, max: 1e9, noNaN: true }),
  shares: fc.double({ min: 0, max: 1e9, noNaN: true }),
  saves: fc.double({ min: 0, max: 1e9, noNaN: true }),
  reach: fc.option(fc.double({ min: 0, max: 1e10, noNaN: true }), { nil: null }),
  benchmarkId: fc.constantFrom(...benchmarkSets.map((s) => s.id), 'unknown'),
  platformId: fc.constantFrom('instagram', 'facebook', 'linkedin', 'tiktok', 'unknown'),
});

describe('computeEngagement', () => {
  it('computes like, comment and engagement rates per follower', () => {
    const r = computeEngagement({ ...base, shares: 2, saves: 10 });
    expect(r.likeRate).toBeCloseTo(64 / 800, 12);
    expect(r.commentRate).toBeCloseTo(4 / 800, 12);
    expect(r.engagementRate).toBeCloseTo(80 / 800, 12);
    expect(r.interactions).toBe(80);
    expect(r.reachRate).toBeNull();
  });
  it('computes the rate per reach when reach is known', () => {
    expect(computeEngagement({ ...base, reach: 1360 }).reachRate).toBeCloseTo(68 / 1360, 12);
    expect(computeEngagement({ ...base, reach: 0 }).reachRate).toBeNull();
  });
  it('compares likes only with Markerly (a like-rate source) and all interactions with the others', () => {
    const markerly = computeEngagement({ ...base, comments: 40 });
    expect(markerly.comparableKind).toBe('likes');
    expect(markerly.comparableRate).toBe(markerly.likeRate);
    const imf = computeEngagement({ ...base, comments: 40, benchmarkId: 'imf-2025-instagram' });
    expect(imf.comparableKind).toBe('interactions');
    expect(imf.comparableRate).toBe(imf.engagementRate);
  });
  it('places an account under 1.000 followers in Markerly’s first tier, at about 8 %', () => {
    const r = computeEngagement(base);
    expect(r.tier).toBe(markerly2016.tiers[0]);
    expect(r.benchmark).toBe(0.08);
    expect(r.verdict).toBe('gemiddeld');
  });
  it('places accounts over 10 million in the last tier, at 1,6 %', () => {
    const r = computeEngagement({ ...base, followers: 20_000_000, likes: 100_000 });
    expect(r.tier.label).toBe('meer dan 10 miljoen');
    expect(r.benchmark).toBe(0.016);
  });
  it('keeps the math total: zero or NaN followers count as one follower', () => {
    for (const followers of [0, Number.NaN, -5]) {
      const r = computeEngagement({ ...base, followers });
      expect(r.followers).toBe(1);
      expect(Number.isFinite(r.likeRate)).toBe(true);
    }
  });
  it('is finite for every valid input, with a tier and a verdict text', () => {
    fc.assert(
      fc.property(validInputs, (input) => {
        const r = computeEngagement(input);
        for (const key of [
          'engagementRate',
          'likeRate',
          'commentRate',
          'comparableRate',
          'benchmark',
          'ratio',
        ] as const) {
          expect(Number.isFinite(r[key]), key).toBe(true);
        }
        if (r.reachRate !== null) expect(Number.isFinite(r.reachRate)).toBe(true);
        expect(r.set.tiers).toContain(r.tier);
        expect(verdictSentence(r).length).toBeGreaterThan(10);
      }),
    );
  });
  it('never lowers the engagement rate when interactions go up', () => {
    fc.assert(
      fc.property(validInputs, fc.double({ min: 0, max: 1e6, noNaN: true }), (input, extra) => {
        const before = computeEngagement(input);
        const after = computeEngagement({ ...input, comments: input.comments + extra });
        expect(after.engagementRate).toBeGreaterThanOrEqual(before.engagementRate);
      }),
    );
  });
});

describe('tierFor', () => {
  it('uses half-open tiers: 1.000 followers is in the 1.000–10.000 tier', () => {
    expect(tierFor(markerly2016, 999).label).toBe('minder dan 1.000');
    expect(tierFor(markerly2016, 1000).label).toBe('1.000–10.000');
    expect(tierFor(markerly2016, 9999.5).label).toBe('1.000–10.000');
  });
  it('always finds a tier, for any number', () => {
    fc.assert(
      fc.property(fc.double(), (n) => {
        for (const set of benchmarkSets) expect(set.tiers).toContain(tierFor(set, n));
      }),
    );
  });
});

describe('a verdict is withheld, with the reason, when the benchmark is from another platform', () => {
  it('gives no verdict for a Facebook account against Markerly (Instagram) and says why instead', () => {
    const r = computeEngagement({ ...base, platformId: 'facebook' });
    expect(r.platformMismatch).toBe(true);
    expect(r.verdict).toBeNull();
    expect(r.withheld).toBe('platform-mismatch');
    expect(verdictSentence(r)).toBe(withheldTexts['platform-mismatch']);
    expect(verdictSentence(r)).toMatch(/^Geen oordeel/);
    for (const text of Object.values(verdictTexts)) expect(verdictSentence(r)).not.toBe(text(benchmarkPhrase(r.set)));
    expect(mismatchWarning(r)).toContain('je account staat op Facebook, maar deze benchmark meet Instagram');
    expect(mismatchWarning(r)).toContain('Kies bij ‘Vergelijk met’ een bron voor Facebook');
  });

  it('names no way out for a platform without any benchmark (LinkedIn)', () => {
    const r = computeEngagement({ ...base, platformId: 'linkedin' });
    expect(r.verdict).toBeNull();
    expect(mismatchWarning(r)).not.toContain('Kies bij');
  });

  it('gives a verdict exactly when platform and method match, for any input', () => {
    fc.assert(
      fc.property(validInputs, (input) => {
        const r = computeEngagement(input);
        if (r.platformMismatch) {
          expect(r.verdict).toBeNull();
          expect(r.withheld).toBe('platform-mismatch');
        } else if (!measuredLikeReader(r.set)) {
          expect(r.verdict).toBeNull();
          expect(r.withheld).toBe('other-method');
        } else {
          expect(r.verdict).toBe(verdictFor(r.ratio));
          expect(r.withheld).toBeNull();
          expect(verdictSentence(r)).toBe(verdictTexts[r.verdict!](benchmarkPhrase(r.set)));
        }
      }),
    );
  });
});

describe('a reader is compared only with a benchmark measured the same way', () => {
  it('gives no verdict against a set whose divisor is not followers (or not stated), and says why', () => {
    expect(imf2025Instagram.method.divisor).toBeNull();
    const r = computeEngagement({ ...base, benchmarkId: imf2025Instagram.id });
    expect(r.platformMismatch).toBe(false);
    expect(r.verdict).toBeNull();
    expect(r.withheld).toBe('other-method');
    expect(verdictSentence(r)).toBe(withheldTexts['other-method']);
    expect(verdictSentence(r)).toMatch(/^Geen oordeel/);
  });
  it('offers, per platform, a set measured per follower first', () => {
    for (const id of ['instagram', 'facebook', 'tiktok']) {
      const set = defaultSetFor(id);
      expect(set, id).not.toBeNull();
      expect(measuredLikeReader(set!), id).toBe(true);
    }
  });
  it('says "mediaan van merkaccounts" for a set without tiers, never "gemiddelde van je volgersniveau"', () => {
    expect(benchmarkPhrase(rivalIq2023Facebook)).toBe('de mediaan van merkaccounts');
    expect(benchmarkPhrase(markerly2016)).toBe('het gemiddelde van je volgersniveau');
    const r = computeEngagement({ ...base, platformId: 'facebook', benchmarkId: rivalIq2023Facebook.id });
    expect(r.verdict).not.toBeNull();
    expect(verdictSentence(r)).toContain('de mediaan van merkaccounts');
    expect(verdictSentence(r)).not.toContain('volgersniveau');
  });
  it('names the statistic each set publishes, in every verdict', () => {
    fc.assert(
      fc.property(validInputs, (input) => {
        const r = computeEngagement(input);
        if (r.verdict === null) return;
        expect(verdictSentence(r)).toContain(r.set.method.statistic);
        if (r.set.tiers.length === 1) expect(verdictSentence(r)).not.toContain('volgersniveau');
      }),
    );
  });
});

describe('verdictFor', () => {
  it('reads the ratio to the benchmark in five steps', () => {
    expect(verdictFor(0.2)).toBe('ver-onder');
    expect(verdictFor(0.7)).toBe('onder');
    expect(verdictFor(1)).toBe('gemiddeld');
    expect(verdictFor(1.5)).toBe('boven');
    expect(verdictFor(3)).toBe('ver-boven');
    expect(verdictFor(Number.NaN)).toBe('ver-onder');
  });
  it('never gives a worse verdict for a higher ratio', () => {
    const order = ['ver-onder', 'onder', 'gemiddeld', 'boven', 'ver-boven'];
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(order.indexOf(verdictFor(hi))).toBeGreaterThanOrEqual(order.indexOf(verdictFor(lo)));
        },
      ),
    );
  });
});

describe('the engagement form', () => {
  it('falls back to Markerly for an unknown benchmark id', () => {
    expect(benchmarkSetById('nope')).toBe(markerly2016);
  });
  it('offers every benchmark set, and every preset is valid', () => {
    const bron = engagementFields.find((f) => f.id === 'bron');
    expect(bron && bron.kind === 'choice' ? bron.options.map((o) => o.value) : []).toEqual(
      benchmarkSets.map((s) => s.id),
    );
    for (const preset of engagementCalculator.presets) {
      const form = resolveForm(engagementFields, preset.values);
      expect(form.issues, preset.id).toEqual([]);
      expect(Number.isFinite(computeEngagement(engagementInputsFrom(form.values)).engagementRate)).toBe(true);
    }
  });
  it('reads an empty optional reach as unknown', () => {
    const form = resolveForm(engagementFields, { ...engagementCalculator.presets[0]!.values, bereik: '' });
    expect(engagementInputsFrom(form.values).reach).toBeNull();
  });
});
