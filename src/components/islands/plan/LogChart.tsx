/**
 * The log's line chart. chart.js is loaded on first use, updated in place, destroyed on unmount, and does not
 * animate under prefers-reduced-motion. The canvas has a short label; the table beside it holds the numbers.
 */
import type { Chart as ChartType } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import type { LogSeries } from '../../../lib/plan/log';
import { DEFAULT_LINE_COLORS, logChartConfig, logChartLabel, type LineColors } from '../../../lib/plan/log-chart';

interface Props {
  labels: string[];
  series: LogSeries[];
}

function themeColors(element: Element): LineColors {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    lines: [read('--color-accent', '#0b6e4f'), read('--color-link', '#1f5fa8'), read('--color-warning', '#8a4b00')],
    likes: read('--color-muted', DEFAULT_LINE_COLORS.likes),
    grid: read('--color-border', DEFAULT_LINE_COLORS.grid),
    text: read('--color-text', DEFAULT_LINE_COLORS.text),
  };
}

/** A line chart of the logged months. */
export default function LogChart({ labels, series }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<ChartType<'line', (number | null)[], string> | null>(null);
  const latest = useRef({ labels, series });
  latest.current = { labels, series };

  useEffect(() => {
    let cancelled = false;
    const draw = async () => {
      const element = canvas.current;
      if (!element) return;
      const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      const config = logChartConfig(latest.current.labels, latest.current.series, reducedMotion, themeColors(element));
      if (chart.current) {
        chart.current.data = config.data;
        chart.current.options = config.options ?? {};
        chart.current.update();
        return;
      }
      const { Chart } = await import('./register-line');
      if (cancelled || chart.current) return;
      chart.current = new Chart(element, config);
    };
    void draw();
    const observer = new MutationObserver(() => void draw());
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => {
      cancelled = true;
      observer.disconnect();
    };
  }, [labels, series]);

  useEffect(
    () => () => {
      chart.current?.destroy();
      chart.current = null;
    },
    [],
  );

  return (
    <div class="plan-chart">
      <canvas ref={canvas} role="img" aria-label={logChartLabel(labels, series)} />
    </div>
  );
}
