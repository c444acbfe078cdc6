/**
 * The one place chart.js's bar chart is registered: exactly what the live room's vote chart draws (vertical bars
 * on a category and a linear axis; never `chart.js/auto` or `registerables`). The calculators draw their bars as
 * HTML and SVG (charts/BarChart.tsx), so no lesson or calculator page loads chart.js.
 * chart.js is imported dynamically: it is the largest script of the host's page and the counts must not wait for
 * it. The radar and line charts load their own instances (`chart.js?radar`, `?line`), each with only its own
 * helpers (src/integrations/chart-kits.ts), so this bar-chart chunk carries no part of theirs.
 */
import type { Chart } from 'chart.js';

let loading: Promise<typeof Chart> | undefined;

/** Loads chart.js once, registers the bar chart parts and resolves to the Chart class. */
export function registerCharts(): Promise<typeof Chart> {
  loading ??= import('chart.js').then(({ BarController, BarElement, CategoryScale, Chart, LinearScale }) => {
    // Category: the answer options. Linear: the vote counts.
    Chart.register(BarController, BarElement, CategoryScale, LinearScale);
    return Chart;
  });
  return loading;
}
