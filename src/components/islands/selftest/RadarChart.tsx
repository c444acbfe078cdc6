/**
 * The radar chart of a self-test result. The canvas has a short aria-label; the numbers stand in the table
 * next to it (rendered by the result). Mounted by useChart: loaded when near, in the theme's colours, updated in
 * place, destroyed on unmount, no animation under prefers-reduced-motion.
 */
import { useRef } from 'preact/hooks';
import { radarColors, radarConfig, radarLabel } from '../../../lib/selftest/radar-config';
import type { DimensionScores } from '../../../lib/selftest/scoring';
import { useChart } from '../charts/useChart';

interface Props {
  current: DimensionScores;
  previous: DimensionScores | null;
}

/** Loads the radar's own chart.js instance (see register-radar.ts). */
const loadRadar = () => import('./register-radar').then((m) => m.Chart);

/** A radar chart of six scores (and the previous attempt, dashed). */
export default function RadarChart({ current, previous }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const ready = useChart<'radar', number[], string | string[]>(
    canvas,
    loadRadar,
    (env) =>
      radarConfig({
        current,
        previous,
        reducedMotion: env.reducedMotion,
        colors: radarColors(env.colors),
        fontSize: env.fontSize,
        width: env.width,
      }),
    [current, previous],
  );
  return (
    <div class="radar" data-chart-ready={ready ? '' : undefined}>
      <canvas ref={canvas} role="img" aria-label={radarLabel(current)} />
    </div>
  );
}
