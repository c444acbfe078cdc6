/**
 * The one way an island mounts a chart.js chart (self-test radar, plan log; the calculators draw HTML bars).
 *
 * - chart.js is the biggest script on the page, so `load` (a dynamic import that registers only what this chart
 *   draws, see register.ts) runs when the canvas comes within 200 px of the viewport; until then, and when it
 *   cannot load (offline, not cached), the numbers stand in the table beside the chart.
 * - `build` is a pure config function (src/lib/…) given the environment: the theme's colours, the motion
 *   preference, the box's width and the canvas text size. It runs again, and the chart is updated in place,
 *   whenever one of those changes: the data (`deps`), the site's theme switch (`data-theme` on <html>), the
 *   system's colour scheme, or the box's size (labels wrap by width; the workshop deck scales text by font size).
 * - The chart is destroyed on unmount.
 */
import type { Chart, ChartConfiguration, ChartType, DefaultDataPoint } from 'chart.js';
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ChartColors } from '../../../lib/charts/colors';
import { chartColorsFrom, chartFontSize } from '../../../lib/charts/theme-colors';

/** What a chart's config depends on besides its data. */
export interface ChartEnv {
  /** The current theme's colours. */
  colors: ChartColors;
  /** True under prefers-reduced-motion, and for redraws that should not animate (theme, resize). */
  reducedMotion: boolean;
  /** The chart box's width in CSS pixels (0 when unknown). */
  width: number;
  /** The chart box's height in CSS pixels (0 when unknown). */
  height: number;
  /** The canvas text size in CSS pixels: the box's font size, never below 12. */
  fontSize: number;
}

/** Loads chart.js with this chart's parts registered and resolves to the Chart class. */
export type ChartLoader = () => Promise<typeof Chart>;

/** Reads the environment as it applies to the canvas (its font size and theme tokens). */
function readEnv(el: HTMLElement, reducedMotion: boolean): ChartEnv {
  const style = getComputedStyle(el);
  // The scheme in use: the reader's choice (color-scheme 'dark' or 'light'), else the system's.
  const scheme = style.colorScheme || '';
  const dark = scheme.includes('dark') && (!scheme.includes('light') || systemDark());
  return {
    colors: chartColorsFrom((name) => style.getPropertyValue(name), dark),
    reducedMotion,
    width: (el.parentElement ?? el).clientWidth,
    height: (el.parentElement ?? el).clientHeight,
    fontSize: chartFontSize(Number.parseFloat(style.fontSize)),
  };
}

function systemDark(): boolean {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** Calls `load` once the element is within 200 px of the viewport (at once without IntersectionObserver). */
function whenNear(el: Element, load: () => void): () => void {
  if (typeof window.IntersectionObserver !== 'function') {
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

/**
 * Canvas text in the page's font at the box's size. Set on the chart class's shared defaults right before each
 * draw, because chart.js reads them when it lays the chart out (each chart module instance has its own class).
 */
function applyFont(ChartClass: typeof Chart, el: HTMLElement, env: ChartEnv): void {
  const family = getComputedStyle(el).fontFamily;
  if (family) ChartClass.defaults.font.family = family;
  ChartClass.defaults.font.size = env.fontSize;
}

/**
 * Mounts a chart on `canvas` (see the file comment); `deps` are the data the config is built from.
 * Returns true once the chart has been drawn.
 */
export function useChart<TType extends ChartType, TData = DefaultDataPoint<TType>, TLabel = unknown>(
  canvas: RefObject<HTMLCanvasElement>,
  load: ChartLoader,
  build: (env: ChartEnv) => ChartConfiguration<TType, TData, TLabel>,
  deps: readonly unknown[],
): boolean {
  const chart = useRef<Chart<TType, TData, TLabel> | null>(null);
  const chartClass = useRef<typeof Chart | null>(null);
  // The latest build function: observers are set up once and must not draw stale data.
  const latestBuild = useRef(build);
  latestBuild.current = build;
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    let cancelled = false;
    let drawnFor = '';
    const cleanups: (() => void)[] = [];

    // Redraw from the current build and environment, without animation (dataset colours live in `data`).
    const redraw = () => {
      const c = chart.current;
      const ChartClass = chartClass.current;
      if (!c || !ChartClass) return;
      const env = readEnv(el, true);
      applyFont(ChartClass, el, env);
      drawnFor = `${env.width}/${env.fontSize}`;
      const config = latestBuild.current(env);
      c.data = config.data;
      c.options = (config.options ?? {}) as typeof c.options;
      c.update('none');
    };

    const start = (ChartClass: typeof Chart) => {
      if (cancelled) return;
      chartClass.current = ChartClass;
      const env = readEnv(el, prefersReducedMotion());
      applyFont(ChartClass, el, env);
      drawnFor = `${env.width}/${env.fontSize}`;
      chart.current = new ChartClass<TType, TData, TLabel>(el, latestBuild.current(env));
      setReady(true);
      const themeObserver = new MutationObserver(redraw);
      themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
      cleanups.push(() => themeObserver.disconnect());
      const scheme = window.matchMedia?.('(prefers-color-scheme: dark)');
      scheme?.addEventListener?.('change', redraw);
      cleanups.push(() => scheme?.removeEventListener?.('change', redraw));
      // A new box width or text size changes how labels wrap and how big they are: rebuild then (chart.js
      // itself only rescales the canvas).
      if (typeof window.ResizeObserver === 'function') {
        const resized = new ResizeObserver(() => {
          const now = readEnv(el, true);
          if (`${now.width}/${now.fontSize}` !== drawnFor) redraw();
        });
        resized.observe(el.parentElement ?? el);
        cleanups.push(() => resized.disconnect());
      }
    };

    cleanups.push(
      whenNear(el, () => {
        void load().then(start, () => undefined); // offline and not cached: the table stays
      }),
    );
    return () => {
      cancelled = true;
      for (const cleanup of cleanups) cleanup();
      chart.current?.destroy();
      chart.current = null;
    };
    // Created once (`load` and `build` are read when needed); data changes go through the layout effect below.
  }, []);

  // New data: update in place before the browser paints, so the numbers and the chart change in one frame.
  useLayoutEffect(() => {
    const c = chart.current;
    const el = canvas.current;
    const ChartClass = chartClass.current;
    if (!c || !el || !ChartClass) return;
    const env = readEnv(el, prefersReducedMotion());
    applyFont(ChartClass, el, env);
    const config = build(env);
    c.data = config.data;
    c.options = (config.options ?? {}) as typeof c.options;
    c.update();
    // The caller names the data the config is built from.
  }, deps);

  return ready;
}
