import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  benchmarkSets,
  markerly2016,
  referencePoints,
  rivalIq2023Facebook,
  rivalIq2023Instagram,
  type BenchmarkMethod,
} from '../../src/data/engagement-benchmarks';
import { referenceRateGroups } from '../../src/data/funnel-rates';
import { belgiansOnFacebookShare, dutchDailyUsers, userCountLists } from '../../src/data/platform-users';
import type { FigureSource } from '../../src/data/types';
import { benchmarkMethodRows, calculatorText, divisorText } from '../../src/lib/benchmark-methods';

/** A source's identity in the method table: one row per publisher, title and year. */
const keyOf = (s: FigureSource) => `${s.name}|${s.title ?? ''}|${s.year ?? ''}`;

const allSources: FigureSource[] = [
  ...benchmarkSets.map((s) => s.source),
  ...referencePoints.map((p) => p.source),
  ...userCountLists.map((l) => l.source),
  ...referenceRateGroups.map((g) => g.source),
  belgiansOnFacebookShare.source,
  dutchDailyUsers.source,
];

describe('every figure source in the data', () => {
  it('has a name, says what it measured, and a year or null (never a guess)', () => {
    for (const s of allSources) {
      expect(s.name.trim(), JSON.stringify(s)).not.toBe('');
      expect(s.measures.trim(), s.name).not.toBe('');
      if (s.year !== null) expect(Number.isInteger(s.year) && s.year >= 1990 && s.year <= 2026, s.name).toBe(true);
    }
  });
  it('links only to a public https page, and a link never replaces the source name', () => {
    for (const s of allSources.filter((x) => x.url !== undefined)) {
      expect(s.url, s.name).toMatch(/^https:\/\/[^\s]+$/);
      expect(new URL(s.url!).hostname, s.name).toContain('.');
    }
  });
  it('keeps each source’s own word for its statistic: Rival IQ medians, Markerly and Socialinsider averages', () => {
    expect(rivalIq2023Instagram.method.statistic).toBe('mediaan');
    expect(markerly2016.method.statistic).toBe('gemiddelde');
    for (const p of referencePoints.filter((x) => x.source.name === 'Socialinsider')) {
      expect(p.method.statistic).toBe('gemiddelde');
      expect(p.label).toContain('gemiddelde');
    }
    for (const p of referencePoints.filter((x) => x.source.name === 'Rival IQ')) expect(p.label).toContain('mediaan');
  });
  it('has benchmarks of this decade: sets published in 2025 or 2026', () => {
    const years = [...benchmarkSets, ...referencePoints].map((s) => s.source.year ?? 0);
    expect(years.filter((y) => y >= 2025).length).toBeGreaterThan(0);
    expect(new Set(referencePoints.filter((p) => (p.source.year ?? 0) >= 2025).map((p) => p.source.name))).toEqual(
      new Set(['HypeAuditor', 'Socialinsider', 'Buffer']),
    );
  });
  it('has the newest Dutch survey: Newcom 2025 with its sample', () => {
    const newcom = userCountLists.find((l) => l.id === 'newcom-2025');
    expect(newcom?.source.year).toBe(2025);
    expect(newcom?.source.sample).toMatch(/6\.400/);
  });
});

describe('benchmarkMethodRows', () => {
  const rows = benchmarkMethodRows(benchmarkSets, referencePoints);

  it('gives one row per source and year, with every platform it covers', () => {
    const keys = rows.map((r) => keyOf(r.source));
    expect(new Set(keys).size).toBe(keys.length);
    const rival = rows.find((r) => r.source.name === 'Rival IQ');
    expect(rival?.platforms).toEqual(expect.arrayContaining(['Instagram', 'Facebook', 'TikTok', 'X']));
  });
  it('marks exactly the sources that divide by followers as comparable in the calculator', () => {
    for (const r of rows) expect(r.comparable).toBe(r.method.divisor === 'volgers');
    expect(rows.find((r) => r.source.name === 'Buffer')?.comparable).toBe(false);
    expect(rows.find((r) => r.source.name === 'Markerly')?.comparable).toBe(true);
  });
  it('says "ja, met oordeel" only for a source the calculator offers and compares with', () => {
    const text = (name: string, year: number) =>
      calculatorText(rows.find((r) => r.source.name === name && r.source.year === year)!);
    expect(text('Markerly', 2016)).toBe('ja, met oordeel');
    expect(text('Rival IQ', 2023)).toBe('ja, met oordeel');
    expect(text('Influencer Marketing Factory', 2025)).toBe('ja, zonder oordeel');
    // HypeAuditor 2024 divides by followers, but it has no tier table in the calculator.
    expect(text('HypeAuditor', 2024)).toBe('nee');
    expect(text('Buffer', 2025)).toBe('nee');
    for (const r of rows) expect(r.inCalculator).toBe(benchmarkSets.some((s) => keyOf(s.source) === keyOf(r.source)));
  });
  it('keeps the data’s order and covers every set and point', () => {
    expect(rows[0]?.source).toBe(markerly2016.source);
    const covered = new Set(rows.map((r) => keyOf(r.source)));
    for (const s of [...benchmarkSets, ...referencePoints])
      expect(covered.has(keyOf(s.source)), s.source.name).toBe(true);
  });
  it('is empty for no data, and never loses a source for any mix of inputs', () => {
    expect(benchmarkMethodRows([], [])).toEqual([]);
    fc.assert(
      fc.property(fc.subarray([...benchmarkSets]), fc.subarray([...referencePoints]), (sets, points) => {
        const out = benchmarkMethodRows(sets, points);
        const keys = new Set(out.map((r) => keyOf(r.source)));
        for (const s of [...sets, ...points]) expect(keys.has(keyOf(s.source))).toBe(true);
        expect(out.length).toBeLessThanOrEqual(sets.length + points.length);
      }),
    );
  });
  it('says "niet vermeld" for a source that does not say what it divides by', () => {
    const unknown: BenchmarkMethod = { divisor: null, statistic: 'gemiddelde', accounts: 'influencers' };
    expect(divisorText(unknown)).toBe('niet vermeld');
    expect(divisorText(rivalIq2023Facebook.method)).toBe('volgers');
  });
});
