/**
 * Reading the chart colours from the theme's CSS tokens. Pure apart from the token reader passed in, so the
 * mapping is unit-tested without a DOM.
 */
import { defaultChartColors, type ChartColors } from './colors';

/** Reads one CSS custom property's value ('' when unset). */
export type TokenReader = (name: string) => string;

/** The token each chart colour follows (see src/styles/global.css). */
export const chartColorTokens: Record<keyof ChartColors, string> = {
  text: '--color-text',
  muted: '--color-muted',
  grid: '--color-border',
  accent: '--color-accent',
  highlight: '--color-highlight',
  surface: '--color-surface',
  link: '--color-link',
  warn: '--color-warn',
};

/**
 * The chart's colours from the current theme, each falling back to the light default when its token is unset.
 * @example chartColorsFrom(() => '') // defaultChartColors
 */
export function chartColorsFrom(read: TokenReader): ChartColors {
  const colors = { ...defaultChartColors };
  for (const key of Object.keys(chartColorTokens) as (keyof ChartColors)[]) {
    const value = read(chartColorTokens[key]).trim();
    if (value) colors[key] = value;
  }
  return colors;
}

/** The smallest canvas text we draw, in CSS pixels: labels stay readable on a phone. */
export const MIN_CHART_FONT_PX = 12;

/**
 * The canvas font size for a box whose CSS font size is `cssPx`: that size, never below the minimum.
 * @example chartFontSize(10) // 12
 */
export function chartFontSize(cssPx: number): number {
  return Number.isFinite(cssPx) && cssPx > MIN_CHART_FONT_PX ? cssPx : MIN_CHART_FONT_PX;
}
