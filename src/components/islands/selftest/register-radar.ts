/**
 * chart.js with exactly what the self-test's radar chart needs, registered once. Loaded on demand (dynamic
 * import) when a result is shown, so the self-test's form never waits for the chart library.
 */
import { Chart, Filler, LineElement, PointElement, RadarController, RadialLinearScale, Tooltip } from 'chart.js';

Chart.register(RadarController, LineElement, PointElement, RadialLinearScale, Filler, Tooltip);

export { Chart };
