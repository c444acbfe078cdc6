/**
 * The engagement chart: the chosen source's benchmark rate per follower tier as a stepped line over a
 * logarithmic follower axis, with the reader's account as one point. Pure: config, table rows and summary.
 */
import type { ChartConfiguration } from 'chart.js';
import type { BenchmarkSet } from '../../data/engagement-benchmarks';
import type { EngagementResult } from '../calculators/engagement';
import { countNoun, nouns } from '../count-noun';
import { formatCompact, formatNumber, formatPercent } from '../format';
import { defaultChartColors, type ChartColors } from './colors';
import { sourceYear } from '../figure-source';

/** The follower range the chart spans: at least 100 to 100 million, widened to include the account. */
export function followerRange(followers: number): { min: number; max: number } {
  const f = Number.isFinite(followers) && followers > 0 ? followers : 1;
  return {
    min: 10 ** Math.floor(Math.log10(Math.min(100, f))),
    max: 10 ** Math.ceil(Math.log10(Math.max(1e8, f * 1.5))),
  };
}

/** A horizontal segment: from one follower count to another, at one rate. */
export interface Segment {
  /** [from, to] followers. */
  x: [number, number];
  /** The rate (fraction). */
  y: number;
}

/** The benchmark as steps: one segment per tier, from its lower to its upper follower bound, at its rate. */
export function benchmarkSegments(set: BenchmarkSet, range: { min: number; max: number }): Segment[] {
  const segments: Segment[] = [];
  for (const tier of set.tiers) {
    const start = Math.max(range.min, tier.minFollowers);
    const end = Math.min(range.max, tier.maxFollowers ?? range.max);
    if (end > start) segments.push({ x: [start, end], y: tier.rate });
  }
  return segments;
}

/** The marker's length on each side of the account, as a share of the follower axis's length. */
const MARKER_SHARE = 0.045;

/**
 * The account as a short segment around its follower count: a marker that reads on a log axis, 9 % of the
 * axis long whatever the range (about 18 px on a phone, where a fixed factor gave a 10 px speck).
 */
export function accountMarker(
  followers: number,
  rate: number,
  range: { min: number; max: number } = followerRange(followers),
): Segment {
  const decades = Math.log10(range.max / range.min);
  const factor = 10 ** ((Number.isFinite(decades) && decades > 0 ? decades : 1) * MARKER_SHARE);
  return { x: [followers / factor, followers * factor], y: rate };
}

/** The account's name for the rate compared: "likeratio" or "engagementratio". */
export function comparedRateName(result: EngagementResult): string {
  return result.comparableKind === 'likes' ? 'likeratio' : 'engagementratio';
}

/** One sentence that says what the chart shows, for its aria-label. */
export function engagementSummary(result: EngagementResult): string {
  const { set } = result;
  const first = set.tiers[0];
  const last = set.tiers[set.tiers.length - 1];
  const year = sourceYear(set.source.year);
  const trend =
    first && last
      ? `De benchmark van ${set.source.name} (${year}) gaat van ${formatPercent(first.rate)} bij ${first.label} volgers naar ${formatPercent(last.rate)} bij ${last.label}.`
      : '';
  return `${trend} Jouw account: ${countNoun(result.followers, nouns.volger, formatNumber)}, ${comparedRateName(result)} ${formatPercent(result.comparableRate)}; de benchmark voor ${result.tier.label} volgers is ${formatPercent(result.benchmark)}.`.trim();
}

/**
 * The chart.js configuration for the engagement chart. Drawn with floating horizontal bars (segments on a log
 * follower axis), so it needs the same chart.js parts as the funnel chart and a page ships no line chart code.
 */
export function engagementChartConfig(
  result: EngagementResult,
  options: { reducedMotion: boolean; colors?: ChartColors; width?: number; height?: number; fontSize?: number },
): ChartConfiguration<'bar', Segment[]> {
  const colors = options.colors ?? defaultChartColors;
  // The rate axis's title runs upright along the plot: shown only when it fits there (not on a low slide box,
  // where it was cut to "engagementrat"; the sentence above the chart names the rate).
  const rateName = comparedRateName(result);
  const font = options.fontSize ?? 12;
  const plotHeight = (options.height ?? 0) - 3 * font * 1.2;
  const rateTitle = !options.height || rateName.length * font * 0.55 <= plotHeight;
  const range = followerRange(result.followers);
  const step = decadeStep(range, options.width ?? 0, font);
  const segments = benchmarkSegments(result.set, range);
  const top = Math.max(result.comparableRate, ...segments.map((p) => p.y));
  const year = sourceYear(result.set.source.year);
  return {
    type: 'bar',
    data: {
      datasets: [
        {
          label: `Benchmark (${result.set.source.name}, ${year})`,
          data: segments,
          backgroundColor: colors.accent,
          borderWidth: 0,
          barThickness: 5,
          grouped: false,
          // Drawn below the marker (chart.js draws lower `order` on top).
          order: 2,
        },
        {
          label: 'Jouw account',
          data: [accountMarker(result.followers, result.comparableRate, range)],
          backgroundColor: colors.highlight,
          // An outline in the box's own colour lifts the marker off the benchmark line it often sits on.
          borderColor: colors.surface,
          borderWidth: 2,
          borderSkipped: false,
          barThickness: 18,
          grouped: false,
          order: 1,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: options.reducedMotion ? false : { duration: 250 },
      events: [],
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
      scales: {
        x: {
          type: 'logarithmic',
          min: range.min,
          max: range.max,
          // Grid lines at the decades only: the log axis's minor ticks would fill the box with lines.
          grid: {
            color: (ctx) => (Number.isInteger(Math.log10(Number(ctx.tick?.value))) ? colors.grid : 'transparent'),
          },
          ticks: {
            color: colors.muted,
            maxRotation: 0,
            // Which decades get a label is decided here (by width), not by auto-skip, which counts the
            // unlabelled minor ticks too and let "100.000" and "100 mln" overlap on a narrow slide box.
            autoSkip: false,
            callback: (value) => {
              const v = Number(value);
              const decade = Math.log10(v);
              return v >= 1 && Number.isInteger(decade) && (decade - Math.log10(range.min)) % step === 0
                ? formatCompact(v, 1)
                : '';
            },
          },
          title: { display: true, text: 'volgers (logaritmische schaal)', color: colors.muted },
        },
        y: {
          type: 'linear',
          min: 0,
          max: niceMax(top),
          offset: false,
          reverse: false,
          grid: { color: colors.grid, offset: false },
          ticks: { color: colors.muted, callback: (value) => formatPercent(Number(value), 1) },
          title: { display: rateTitle, text: rateName, color: colors.muted },
        },
      },
    },
  };
}

/**
 * Label every `step`-th decade of the follower axis so the labels (up to "100 mln", about 4 em) fit side by side
 * in a chart `width` px wide at `fontSize` px (the rate axis's labels take about 5 em). 1 when the width is unknown.
 * @example decadeStep({ min: 100, max: 1e8 }, 300, 24) // 3
 */
export function decadeStep(range: { min: number; max: number }, width: number, fontSize: number): number {
  const decades = Math.round(Math.log10(range.max / range.min));
  if (!Number.isFinite(width) || width <= 0 || !Number.isFinite(decades) || decades < 1) return 1;
  const font = Number.isFinite(fontSize) && fontSize >= 1 ? fontSize : 12;
  const room = Math.floor((width - 5 * font) / (font * 4.5));
  const fit = Number.isFinite(room) ? Math.max(2, room) : 2; // an absurd font size: first and last only
  return Math.max(1, Math.ceil(decades / (fit - 1)));
}

/** A round upper bound for the rate axis, with room above the highest value (at least 1 %). */
export function niceMax(top: number): number {
  const t = Number.isFinite(top) && top > 0.01 ? top * 1.15 : 0.01;
  const step = 10 ** Math.floor(Math.log10(t));
  return Math.ceil(t / step) * step;
}
