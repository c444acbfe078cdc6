/**
 * A chart in a fixed-height box (no layout shift when it draws), described by an aria-label. The chart is
 * created once on mount and updated in place on every change (before the browser paints, so numbers and
 * chart change in the same frame); it is destroyed on unmount. Without JavaScript the box shows a short
 * note instead, and the numbers stand in the table the caller puts beside it.
 */
import type { Chart, ChartConfiguration } from 'chart.js';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { defaultChartColors, type ChartColors } from '../../../lib/charts/colors';

interface Props<TData extends unknown[]> {
  /** Registers what this chart needs and returns the Chart class (see register.ts). */
  register: () => typeof Chart;
  /** Builds the config from the theme's colours and the motion preference (a pure function in src/lib/charts). */
  build: (env: { colors: ChartColors; reducedMotion: boolean }) => ChartConfiguration<'bar', TData>;
  /** Text summary of what the chart shows. */
  label: string;
  /** Box size: a CSS class sets its fixed height (no inline style: the site's CSP forbids style attributes). */
  size: 'funnel' | 'engagement';
}

/** Reads the theme's colour tokens, falling back to the light defaults. */
function themeColors(el: Element): ChartColors {
  const style = getComputedStyle(el);
  const token = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: token('--color-text', defaultChartColors.text),
    muted: token('--color-muted', defaultChartColors.muted),
    grid: token('--color-border', defaultChartColors.grid),
    accent: token('--color-accent', defaultChartColors.accent),
    highlight: token('--color-focus', defaultChartColors.highlight),
  };
}

/**
 * Canvas text follows the CSS font size of the chart's box (13 px in a lesson, larger on a projector). Set
 * on the shared defaults right before each draw, because Chart.js reads them when it lays out the chart.
 */
function applyBoxFont(ChartClass: typeof Chart, el: Element): number {
  const size = Number.parseFloat(getComputedStyle(el).fontSize) || 13;
  ChartClass.defaults.font.size = size;
  return size;
}

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** The chart canvas in its box. */
export function ChartBox<TData extends unknown[]>({ register, build, label, size }: Props<TData>) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<'bar', TData> | null>(null);
  const chartClass = useRef<typeof Chart | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const ChartClass = register();
    chartClass.current = ChartClass;
    // Canvas text in the page's own font, at the box's size.
    const family = getComputedStyle(el).fontFamily;
    if (family) ChartClass.defaults.font.family = family;
    let fontSize = applyBoxFont(ChartClass, el);
    chart.current = new ChartClass<'bar', TData>(
      el,
      build({ colors: themeColors(el), reducedMotion: prefersReducedMotion() }),
    );
    setReady(true);
    // Redraw in the new colours when the reader switches theme.
    const redraw = () => {
      const c = chart.current;
      if (!c) return;
      fontSize = applyBoxFont(ChartClass, el);
      const config = build({ colors: themeColors(el), reducedMotion: true });
      c.options = config.options ?? {};
      c.update('none');
    };
    const observer = new MutationObserver(redraw);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    // Redraw with larger or smaller text when the box's font size changes (the workshop deck fits islands
    // to a slide by their text size); the box's height is in em, so it resizes with it.
    const resized =
      'ResizeObserver' in window
        ? new ResizeObserver(() => {
            if (Number.parseFloat(getComputedStyle(el).fontSize) !== fontSize) redraw();
          })
        : null;
    resized?.observe(el.parentElement ?? el);
    return () => {
      observer.disconnect();
      resized?.disconnect();
      chart.current?.destroy();
      chart.current = null;
    };
    // Created once (empty dependencies); updates go through the layout effect below.
  }, []);

  useLayoutEffect(() => {
    const c = chart.current;
    const el = canvas.current;
    if (!c || !el) return;
    if (chartClass.current) applyBoxFont(chartClass.current, el);
    const config = build({ colors: themeColors(el), reducedMotion: prefersReducedMotion() });
    c.data = config.data;
    c.options = config.options ?? {};
    c.update();
  }, [build]);

  return (
    <div class={`calc-chart calc-chart--${size}`}>
      <canvas ref={canvas} role="img" aria-label={label} />
      {!ready && (
        <p class="calc-chart__nojs" aria-hidden="true">
          De grafiek verschijnt als JavaScript aan staat. De cijfers staan in de tabel.
        </p>
      )}
    </div>
  );
}
