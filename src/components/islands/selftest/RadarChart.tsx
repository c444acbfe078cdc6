/**
 * The radar chart of a self-test result. The canvas has a short aria-label; the numbers stand in the table
 * next to it (rendered by the result). chart.js is loaded on first use, updated in place when the data or the
 * theme changes, destroyed on unmount, and never animates under prefers-reduced-motion.
 */
import type { Chart as ChartType } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import { radarConfig, radarLabel } from '../../../lib/selftest/radar-config';
import type { DimensionScores } from '../../../lib/selftest/scoring';
import { themeColors } from './chart-colors';

interface Props {
  current: DimensionScores;
  previous: DimensionScores | null;
}

/** A radar chart of six scores (and the previous attempt, dashed). */
export default function RadarChart({ current, previous }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<ChartType<'radar', number[], string> | null>(null);
  const latest = useRef({ current, previous });
  latest.current = { current, previous };

  useEffect(() => {
    let cancelled = false;
    const draw = async () => {
      const element = canvas.current;
      if (!element) return;
      const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      const config = radarConfig({ ...latest.current, reducedMotion, colors: themeColors(element) });
      if (chart.current) {
        chart.current.data = config.data;
        chart.current.options = config.options ?? {};
        chart.current.update();
        return;
      }
      const { Chart } = await import('./register-radar');
      if (cancelled || chart.current) return;
      chart.current = new Chart(element, config);
    };
    void draw();
    // The theme switch sets data-theme on <html>: redraw in the new colours.
    const observer = new MutationObserver(() => void draw());
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => {
      cancelled = true;
      observer.disconnect();
    };
  }, [current, previous]);

  useEffect(
    () => () => {
      chart.current?.destroy();
      chart.current = null;
    },
    [],
  );

  return (
    <div class="radar">
      <canvas ref={canvas} role="img" aria-label={radarLabel(current)} />
    </div>
  );
}
