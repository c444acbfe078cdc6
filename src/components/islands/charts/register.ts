/**
 * The one place chart.js components are registered: exactly what the calculators' charts draw (never
 * `chart.js/auto` or `registerables`). Both charts are horizontal bars on a logarithmic axis (the engagement
 * chart draws its benchmark steps as floating bars), so they share one small set of components.
 * chart.js is imported dynamically: it is the largest script of a calculator page, and the result text and
 * table must not wait for it. ChartBox calls this only when its chart comes near the viewport. The radar and
 * line charts load their own instances (`chart.js?radar`, `?line`), each with only its own helpers
 * (src/integrations/chart-kits.ts), so this bar-chart chunk carries no part of theirs.
 */
import type { Chart } from 'chart.js';

let loading: Promise<typeof Chart> | undefined;

/** Loads chart.js once, registers the bar chart parts and resolves to the Chart class. */
export function registerCharts(): Promise<typeof Chart> {
  loading ??= import('chart.js').then(
    ({ BarController, BarElement, CategoryScale, Chart, LinearScale, LogarithmicScale }) => {
      // Category: the funnel's stage labels. Linear: the engagement chart's rate axis. Logarithmic: both value axes.
      Chart.register(BarController, BarElement, CategoryScale, LinearScale, LogarithmicScale);
      return Chart;
    },
  );
  return loading;
}
