/**
 * A chart in a fixed-height box (no layout shift when it draws), described by an aria-label.
 *
 * chart.js is the biggest script of a calculator page, so it is fetched only when the box comes near the
 * viewport (`register` may return the Chart class or a promise of it); until then the box shows a short note and
 * the numbers stand in the table the caller puts beside it. Once drawn, the chart is updated in place on every
 * change (before the browser paints, so numbers and chart change in the same frame), redrawn in the theme's
 * colours whenever the theme changes (the site's switch sets `data-theme` on <html>; the system setting may
 * change too), and destroyed on unmount.
 */
import type { Chart, ChartConfiguration } from 'chart.js';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ChartColors } from '../../../lib/charts/colors';
import { chartColorsFrom, chartFontSize } from '../../../lib/charts/theme-colors';

interface Props<TData extends unknown[]> {
  /** Registers what this chart needs and returns the Chart class, or a promise of it (see register.ts). */
  register: () => typeof Chart | Promise<typeof Chart>;
  /** Builds the config from the theme's colours and the motion preference (a pure function in src/lib/charts). */
  build: (env: { colors: ChartColors; reducedMotion: boolean }) => ChartConfiguration<'bar', TData>;
  /** Text summary of what the chart shows. */
  label: string;
  /** Box size: a CSS class sets its fixed height (no inline style: the site's CSP forbids style attributes). */
  size: 'funnel' | 'engagement';
}

/** Reads the theme's colour tokens as they apply to this element. */
function themeColors(el: Element): ChartColors {
  const style = getComputedStyle(el);
  return chartColorsFrom((name) => style.getPropertyValue(name));
}

/**
 * Canvas text follows the CSS font size of the chart's box (larger on a projector), never below 12 px. Set on
 * the shared defaults right before each draw, because Chart.js reads them when it lays out the chart.
 */
function applyBoxFont(ChartClass: typeof Chart, el: Element): number {
  const size = chartFontSize(Number.parseFloat(getComputedStyle(el).fontSize));
  ChartClass.defaults.font.size = size;
  return size;
}

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** Calls `load` once the element is within 200 px of the viewport (at once without IntersectionObserver). */
function whenNear(el: Element, load: () => void): () => void {
  if (!('IntersectionObserver' in window)) {
    load();
    return () => undefined;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        load();
      }
    },
    { rootMargin: '200px 0px' },
  );
  observer.observe(el);
  return () => observer.disconnect();
}

/** The chart canvas in its box. */
export function ChartBox<TData extends unknown[]>({ register, build, label, size }: Props<TData>) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<'bar', TData> | null>(null);
  const chartClass = useRef<typeof Chart | null>(null);
  // The latest build function: the theme observer below is set up once and must not draw stale data.
  const latestBuild = useRef(build);
  latestBuild.current = build;
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    let cancelled = false;
    let fontSize = 0;
    const cleanups: (() => void)[] = [];

    // Redraw data and colours from the current build and theme (dataset colours live in `data`).
    const redraw = () => {
      const c = chart.current;
      const ChartClass = chartClass.current;
      if (!c || !ChartClass) return;
      fontSize = applyBoxFont(ChartClass, el);
      const config = latestBuild.current({ colors: themeColors(el), reducedMotion: true });
      c.data = config.data;
      c.options = config.options ?? {};
      c.update('none');
    };

    const start = (ChartClass: typeof Chart) => {
      if (cancelled) return;
      chartClass.current = ChartClass;
      // Canvas text in the page's own font, at the box's size.
      const family = getComputedStyle(el).fontFamily;
      if (family) ChartClass.defaults.font.family = family;
      fontSize = applyBoxFont(ChartClass, el);
      chart.current = new ChartClass<'bar', TData>(
        el,
        latestBuild.current({ colors: themeColors(el), reducedMotion: prefersReducedMotion() }),
      );
      setReady(true);
      const themeObserver = new MutationObserver(redraw);
      themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
      cleanups.push(() => themeObserver.disconnect());
      const scheme = window.matchMedia?.('(prefers-color-scheme: dark)');
      scheme?.addEventListener?.('change', redraw);
      cleanups.push(() => scheme?.removeEventListener?.('change', redraw));
      // Redraw with larger or smaller text when the box's font size changes (the workshop deck fits islands
      // to a slide by their text size); the box's height is in em, so it resizes with it.
      if ('ResizeObserver' in window) {
        const resized = new ResizeObserver(() => {
          if (chartFontSize(Number.parseFloat(getComputedStyle(el).fontSize)) !== fontSize) redraw();
        });
        resized.observe(el.parentElement ?? el);
        cleanups.push(() => resized.disconnect());
      }
    };

    cleanups.push(
      whenNear(el, () => {
        void Promise.resolve(register()).then(start, () => undefined); // offline and not cached: the table stays
      }),
    );
    return () => {
      cancelled = true;
      for (const cleanup of cleanups) cleanup();
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
