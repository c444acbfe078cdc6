/**
 * The colours a chart is drawn in. Canvas cannot read CSS custom properties, so the island reads the theme's
 * tokens and passes them in; tests and the server use the light defaults below.
 */

/** Colours for one chart, as CSS colour strings. */
export interface ChartColors {
  text: string;
  muted: string;
  grid: string;
  /** Main series (bars, the benchmark line). */
  accent: string;
  /** Highlight (the reader's own account, the customers bar). */
  highlight: string;
  /** The box's background: an outline in this colour lifts a marker off the lines it sits on. */
  surface: string;
  /** Further series colours (a line chart with several lines). */
  link: string;
  warn: string;
}

/** The light theme's tokens (see src/styles/global.css). */
export const defaultChartColors: ChartColors = {
  text: '#1d232a',
  muted: '#4d5660',
  grid: '#d9d5cc',
  accent: '#0f5d5a',
  highlight: '#c2410c',
  surface: '#ffffff',
  link: '#0b5b8a',
  warn: '#8a4b00',
};

/**
 * `#rrggbb` → `rgba(r, g, b, alpha)` (a see-through fill); any other colour string is returned unchanged.
 * @example withAlpha('#0f5d5a', 0.2) // 'rgba(15, 93, 90, 0.2)'
 */
export function withAlpha(color: string, alpha: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (!m) return color;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => Number.parseInt(h as string, 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}
