/**
 * One row per engagement source (tier sets and single reference points alike): who published it, when, whose
 * accounts, what it divides by, average or median, and its sample. The lesson shows these rows as a table so a
 * reader sees at a glance which figures may stand next to their own rate. Pure; no DOM.
 */
import type { BenchmarkMethod, BenchmarkSet, ReferencePoint } from '../data/engagement-benchmarks';
import type { FigureSource } from '../data/types';

/** A source of engagement figures and how it measured. */
export interface BenchmarkMethodRow {
  source: FigureSource;
  method: BenchmarkMethod;
  /** Platforms the source's figures cover, in the data's order. */
  platforms: string[];
  /** True when the engagement calculator may compare a reader's rate with it (it divides by followers). */
  comparable: boolean;
}

/** What a row says for the divisor: "volgers", or that the source does not say. */
export function divisorText(method: Pick<BenchmarkMethod, 'divisor'>): string {
  return method.divisor ?? 'niet vermeld';
}

/**
 * Groups sets and reference points by source (name, title and year), keeping the first appearance's order.
 * @example benchmarkMethodRows([markerly2016], []) // [{ source: markerly2016.source, platforms: ['Instagram'], … }]
 */
export function benchmarkMethodRows(
  sets: readonly Pick<BenchmarkSet, 'platform' | 'method' | 'source'>[],
  points: readonly Pick<ReferencePoint, 'label' | 'method' | 'source'>[],
): BenchmarkMethodRow[] {
  const rows = new Map<string, BenchmarkMethodRow>();
  const add = (source: FigureSource, method: BenchmarkMethod, platform: string | null) => {
    const key = `${source.name}|${source.title ?? ''}|${source.year ?? ''}`;
    const row = rows.get(key) ?? { source, method, platforms: [], comparable: method.divisor === 'volgers' };
    if (platform !== null && !row.platforms.includes(platform)) row.platforms.push(platform);
    rows.set(key, row);
  };
  for (const set of sets) add(set.source, set.method, set.platform);
  for (const point of points) add(point.source, point.method, platformIn(point.label));
  return [...rows.values()];
}

const PLATFORMS = ['Instagram', 'TikTok', 'Facebook', 'LinkedIn', 'X'] as const;

/** The platform a reference point's label names, or null. */
function platformIn(label: string): string | null {
  return PLATFORMS.find((p) => new RegExp(`\\b${p}\\b`).test(label)) ?? null;
}
