/**
 * The log's line chart. Mounted by useChart: loaded when near, in the theme's colours, updated in place,
 * destroyed on unmount, no animation under prefers-reduced-motion. The canvas has a short label; the table
 * beside it holds the numbers.
 */
import { useRef } from 'preact/hooks';
import type { LogSeries } from '../../../lib/plan/log';
import { lineColors, logChartConfig, logChartLabel } from '../../../lib/plan/log-chart';
import { useChart } from '../charts/useChart';

interface Props {
  labels: string[];
  series: LogSeries[];
}

/** Loads the log's own chart.js instance (see register-line.ts). */
const loadLine = () => import('./register-line').then((m) => m.Chart);

/** A line chart of the logged months. */
export default function LogChart({ labels, series }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const ready = useChart<'line', (number | null)[], string>(
    canvas,
    loadLine,
    (env) => logChartConfig(labels, series, env.reducedMotion, lineColors(env.colors)),
    [labels, series],
  );
  return (
    <div class="plan-chart" data-chart-ready={ready ? '' : undefined}>
      <canvas ref={canvas} role="img" aria-label={logChartLabel(labels, series)} />
    </div>
  );
}
