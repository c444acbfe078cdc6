/**
 * The funnel chart: one horizontal bar per stage, from likes to customers, on a logarithmic axis (a million
 * likes and five customers must both be visible). Each stage is a part of the one before; reach is context
 * and no stage, so it is not drawn. Pure: the bars the island draws (bar-geometry.ts), the rows for the table
 * beside them and the text summary for their aria-label.
 */
import { formatCount } from '../calculators/format-calculator';
import type { FunnelResult } from '../calculators/funnel';
import { decadeTicks, logPercent, type BarChartModel } from './bar-geometry';

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
 * The funnel as the island draws it: one bar per stage on a logarithmic track (a million likes and five customers
 * both visible), the last stage (the customers the like brought) highlighted, a grid line per power of ten. A stage
 * of 0 has no bar; its number stands beside the empty track and in the table.
 */
export function funnelBars(result: FunnelResult): BarChartModel {
  const rows = funnelRows(result);
  const range = funnelAxisRange(rows.map((r) => r.value));
  return {
    bars: rows.map((r, i) => ({
      label: r.label,
      value: formatCount(r.value),
      length: logPercent(r.value, range),
      highlight: i === rows.length - 1,
    })),
    ticks: decadeTicks(range),
  };
}
