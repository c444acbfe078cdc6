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
 * A token's colour for the theme in use. The tokens are written as `light-dark(light, dark)`; the build lowers
 * that to plain colours, but a browser that supports it natively (the dev server) hands the function itself to
 * script, and canvas cannot draw it. Anything else is returned trimmed.
 * @example resolveLightDark('light-dark(#fff, #000)', true) // '#000'
 */
export function resolveLightDark(value: string, dark: boolean): string {
  const m = /^light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)$/.exec(value.trim());
  return m ? ((dark ? m[2] : m[1]) as string) : value.trim();
}

/**
 * The chart's colours from the current theme (`dark` picks the dark half of a light-dark() token), each falling
 * back to the light default when its token is unset.
 * @example chartColorsFrom(() => '') // defaultChartColors
 */
export function chartColorsFrom(read: TokenReader, dark = false): ChartColors {
  const colors = { ...defaultChartColors };
  for (const key of Object.keys(chartColorTokens) as (keyof ChartColors)[]) {
    const value = resolveLightDark(read(chartColorTokens[key]), dark);
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
