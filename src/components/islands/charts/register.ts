/**
 * The one place chart.js components are registered: exactly what the calculators' charts draw (never
 * `chart.js/auto` or `registerables`). Both charts are horizontal bars on a logarithmic axis (the engagement
 * chart draws its benchmark steps as floating bars), so they share one small set of components.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, LogarithmicScale } from 'chart.js';

let ready = false;

/** Registers the bar chart parts once and returns the Chart class. */
export function registerCharts(): typeof Chart {
  if (!ready) {
    // Category: the funnel's stage labels. Linear: the engagement chart's rate axis. Logarithmic: both value axes.
    Chart.register(BarController, BarElement, CategoryScale, LinearScale, LogarithmicScale);
    ready = true;
  }
  return Chart;
}
