/**
 * chart.js with exactly what the self-test's radar chart needs, registered once. Loaded on demand (dynamic
 * import) when a result is shown, so the self-test's form never waits for the chart library.
 */
// `?radar` makes this a module instance of its own: Rollup cannot split one module between chunks, so without
// it the calculators' bar-chart chunk would also carry every radar part (about 15 KB gzipped) and the
// calculator pages would go over their 70 KB budget. Types come from src/chart-radar.d.ts.
import { Chart, Filler, LineElement, PointElement, RadarController, RadialLinearScale, Tooltip } from 'chart.js?radar';

Chart.register(RadarController, LineElement, PointElement, RadialLinearScale, Filler, Tooltip);

export { Chart };
