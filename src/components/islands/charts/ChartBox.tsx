/**
 * A calculator's chart in a fixed-height box (no layout shift when it draws), described by an aria-label.
 * Mounting, lazy loading, theme colours, resizing and clean-up are useChart's; until chart.js has loaded the box
 * shows a short note and the numbers stand in the table the caller puts beside it.
 */
import type { Chart, ChartConfiguration } from 'chart.js';
import { useRef } from 'preact/hooks';
import { useChart, type ChartEnv } from './useChart';

interface Props<TData extends unknown[]> {
  /** Registers what this chart needs and returns the Chart class, or a promise of it (see register.ts). */
  register: () => typeof Chart | Promise<typeof Chart>;
  /** Builds the config from the environment: colours, motion, box width, text size (a pure src/lib/charts function). */
  build: (env: ChartEnv) => ChartConfiguration<'bar', TData>;
  /** Text summary of what the chart shows. */
  label: string;
  /** Box size: a CSS class sets its fixed height (no inline style: the site's CSP forbids style attributes). */
  size: 'funnel' | 'engagement';
}

/** The chart canvas in its box. */
export function ChartBox<TData extends unknown[]>({ register, build, label, size }: Props<TData>) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const ready = useChart<'bar', TData>(canvas, () => Promise.resolve(register()), build, [build]);
  return (
    <div class={`calc-chart calc-chart--${size}`} data-chart-ready={ready ? '' : undefined}>
      <canvas ref={canvas} role="img" aria-label={label} />
      {!ready && (
        <p class="calc-chart__nojs" aria-hidden="true">
          De grafiek verschijnt als JavaScript aan staat. De cijfers staan in de tabel.
        </p>
      )}
    </div>
  );
}
