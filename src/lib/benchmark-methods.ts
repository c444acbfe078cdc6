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
  /** True when the engagement calculator offers the source (it has a tier table there). */
  inCalculator: boolean;
  /** True when a reader's rate may be compared with it: it divides by followers, as the reader's rate does. */
  comparable: boolean;
}

/**
 * What the table says in its calculator column.
 * @example calculatorText({ inCalculator: true, comparable: false }) // "ja, zonder oordeel"
 */
export function calculatorText(row: Pick<BenchmarkMethodRow, 'inCalculator' | 'comparable'>): string {
  if (!row.inCalculator) return 'nee';
  return row.comparable ? 'ja, met oordeel' : 'ja, zonder oordeel';
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
  const add = (source: FigureSource, method: BenchmarkMethod, platform: string | null, fromSet: boolean) => {
    const key = `${source.name}|${source.title ?? ''}|${source.year ?? ''}`;
    const row = rows.get(key) ?? {
      source,
      method,
      platforms: [],
      inCalculator: false,
      comparable: method.divisor === 'volgers',
    };
    if (platform !== null && !row.platforms.includes(platform)) row.platforms.push(platform);
    row.inCalculator ||= fromSet;
    rows.set(key, row);
  };
  for (const set of sets) add(set.source, set.method, set.platform, true);
  for (const point of points) add(point.source, point.method, platformIn(point.label), false);
  return [...rows.values()];
}

const PLATFORMS = ['Instagram', 'TikTok', 'Facebook', 'LinkedIn', 'X'] as const;

/** The platform a reference point's label names, or null. */
function platformIn(label: string): string | null {
  return PLATFORMS.find((p) => new RegExp(`\\b${p}\\b`).test(label)) ?? null;
}
