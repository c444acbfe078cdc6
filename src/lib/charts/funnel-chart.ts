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

/** The chart.js configuration for the funnel. */
export function funnelChartConfig(
  result: FunnelResult,
  options: { reducedMotion: boolean; colors?: ChartColors },
): ChartConfiguration<'bar', number[], string> {
  const colors = options.colors ?? defaultChartColors;
  const rows = funnelRows(result);
  const max = Math.max(1, ...rows.map((r) => r.value));
  return {
    type: 'bar',
    data: {
      labels: rows.map((r) => r.label),
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
          min: FUNNEL_AXIS_MIN,
          // A decade of headroom so the biggest bar ends inside the box.
          max: 10 ** Math.ceil(Math.log10(max) + 0.05),
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
          title: { display: true, text: 'aantal mensen (logaritmische schaal)', color: colors.muted },
        },
        y: { grid: { display: false }, ticks: { color: colors.text } },
      },
    },
  };
}
