/**
 * chart.js with exactly what the log's line chart needs, registered once, loaded on demand. `?line` makes it a
 * module instance of its own, so the calculators' and the self-test's chart chunks do not carry the line
 * parts (see register-radar.ts for why). Types come from src/chart-line.d.ts.
 */
import { CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement } from 'chart.js?line';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale);

export { Chart };
