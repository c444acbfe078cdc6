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
}

/** The light theme's tokens (see src/styles/global.css). */
export const defaultChartColors: ChartColors = {
  text: '#1d232a',
  muted: '#4d5660',
  grid: '#d9d5cc',
  accent: '#0f5d5a',
  highlight: '#c2410c',
};
