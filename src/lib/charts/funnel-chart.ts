/**
 * The funnel chart: one horizontal bar per stage, from likes to customers, on a logarithmic axis (a million
 * likes and five customers must both be visible). Each stage is a part of the one before; reach is context
 * and no stage, so it is not drawn. Pure: builds the chart.js config, the rows for the table
 * beside it and the text summary for its aria-label.
 */
import type { ChartConfiguration } from 'chart.js';
import { formatCompact } from '../format';
import { formatCount } from '../calculators/format-calculator';
import type { FunnelResult } from '../calculators/funnel';
import { defaultChartColors, type ChartColors } from './colors';
import { labelChars, wrapLabel } from './wrap-label';

/** One stage of the funnel as the chart and its table show it. */
export interface FunnelRow {
  label: string;
  value: number;
}

/** The stages shown, in funnel order. */
export function funnelRows(result: FunnelResult): FunnelRow[] {
  return [
    { label: 'Likes', value: result.likes },
    { label: 'Bezoekers en klikkers', value: result.visits + result.clicks },
    { label: 'Klanten', value: result.customers },
    { label: 'Klanten dankzij de like', value: result.creditedCustomers },
  ];
}

/** One sentence that says what the chart shows, for its aria-label. */
export function funnelSummary(result: FunnelResult): string {
  const parts = funnelRows(result).map((r) => `${r.label.toLowerCase()} ${formatCount(r.value)}`);
  return `Trechter van likes naar klanten: ${parts.join(', ')}.`;
}

/** The smallest value the log axis shows; stages below it (0 customers) have no bar but stand in the table. */
export const FUNNEL_AXIS_MIN = 0.1;

/** Share of the chart's width the stage names may take before they wrap onto a second line. */
const LABEL_SHARE = 0.34;
/** The share they may take when the box is too low for two-line names (a projector slide): one line each. */
const LABEL_SHARE_LOW_BOX = 0.55;

/**
 * How many text lines each stage name has room for in a box `height` px high (the value axis's ticks and title
 * and some padding come off first); 2 when the height is unknown.
 */
export function funnelLinesPerStage(height: number, fontSize: number, stages: number): number {
  if (!Number.isFinite(height) || height <= 0 || !(stages > 0)) return 2;
  const line = (Number.isFinite(fontSize) && fontSize >= 1 ? fontSize : 12) * 1.2;
  const lines = Math.floor((height - 2 * line - 24) / stages / line);
  return Number.isFinite(lines) ? Math.min(10, Math.max(0, lines)) : 0; // an absurd font size: no room
}

/**
 * The log axis's range: from the power of ten at or below half the smallest stage (never below FUNNEL_AXIS_MIN,
 * so even the shortest bar is a third of a decade long) to a little above the largest. The bars use the width
 * instead of empty decades on either side.
 * @example funnelAxisRange([1000, 250, 8, 8]) // { min: 1, max: 1400 }
 */
export function funnelAxisRange(values: readonly number[]): { min: number; max: number } {
  const positive = values.filter((v) => Number.isFinite(v) && v > 0);
  const largest = Math.max(1, ...positive);
  const smallest = Math.min(largest, ...positive);
  return {
    min: Math.max(FUNNEL_AXIS_MIN, 10 ** Math.floor(Math.log10(smallest / 2))),
    // 40 % headroom: the biggest bar ends inside the box (on a log axis that is a seventh of a decade).
    max: largest * 1.4,
  };
}

/**
 * The chart.js configuration for the funnel. Given the box's `width` and text size, stage names that would take
 * more than a third of the width wrap onto two lines; every name is always drawn (no auto-skip).
 */
export function funnelChartConfig(
  result: FunnelResult,
  options: { reducedMotion: boolean; colors?: ChartColors; width?: number; height?: number; fontSize?: number },
): ChartConfiguration<'bar', number[], string | string[]> {
  const colors = options.colors ?? defaultChartColors;
  const rows = funnelRows(result);
  const range = funnelAxisRange(rows.map((r) => r.value));
  const fontSize = options.fontSize ?? 12;
  // A low box (the projector's) has no room for two-line names: one line each, wider, and no axis title.
  const low = funnelLinesPerStage(options.height ?? 0, fontSize, rows.length) < 2;
  const chars = labelChars(options.width ?? 0, fontSize, low ? LABEL_SHARE_LOW_BOX : LABEL_SHARE);
  return {
    type: 'bar',
    data: {
      labels: rows.map((r) => wrapLabel(r.label, chars)),
      datasets: [
        {
          label: 'Aantal',
          data: rows.map((r) => (r.value > 0 ? r.value : 0)),
          backgroundColor: rows.map((_, i) => (i === rows.length - 1 ? colors.highlight : colors.accent)),
          borderWidth: 0,
          barPercentage: 0.8,
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
          grid: { color: colors.grid },
          ticks: {
            color: colors.muted,
            maxRotation: 0,
            autoSkip: true,
            callback: (value) => {
              const v = Number(value);
              // Only powers of ten get a label; the log axis adds many minor ticks.
              return v >= 1 && Number.isInteger(Math.log10(v)) ? formatCompact(v, 1) : '';
            },
          },
          title: { display: !low, text: 'aantal mensen (logaritmische schaal)', color: colors.muted },
        },
        // Every stage name, however little room: auto-skip would drop two of the four on a phone or a slide.
        y: { grid: { display: false }, ticks: { color: colors.text, autoSkip: false } },
      },
    },
  };
}
