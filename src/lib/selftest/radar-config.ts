/**
 * The chart.js configuration of the self-test's radar chart, as a pure function so it can be unit-tested.
 * Only the radar pieces are used (RadarController, LineElement, PointElement, RadialLinearScale, Filler,
 * Tooltip); the island registers exactly those.
 */
import type { ChartConfiguration } from 'chart.js';
import { withAlpha, type ChartColors } from '../charts/colors';
import { labelChars, wrapLabel } from '../charts/wrap-label';
import { DIMENSION_IDS, DIMENSIONS } from './dimensions';
import type { DimensionScores } from './scoring';

/** Colours for the chart, read from the page's CSS custom properties by the island. */
export interface RadarColors {
  current: string;
  currentFill: string;
  previous: string;
  grid: string;
  text: string;
  /** The box's background, behind the ring values. */
  surface: string;
}

/** Fallback colours (the light theme), used when the page gives none. */
export const DEFAULT_RADAR_COLORS: RadarColors = {
  current: '#0b6e4f',
  currentFill: 'rgba(11, 110, 79, 0.2)',
  previous: '#6b6b6b',
  grid: '#c8c8c8',
  text: '#1a1a1a',
  surface: '#ffffff',
};

/** The radar's colours from the theme's chart colours: the current attempt in the accent, filled see-through. */
export function radarColors(colors: ChartColors): RadarColors {
  return {
    current: colors.accent,
    currentFill: withAlpha(colors.accent, 0.22),
    previous: colors.muted,
    grid: colors.grid,
    text: colors.text,
    surface: colors.surface,
  };
}

/** What the chart shows. */
export interface RadarInput {
  current: DimensionScores;
  /** The attempt before this one, drawn dashed so the reader sees change; omit for none. */
  previous?: DimensionScores | null;
  /** True when the reader prefers reduced motion: no animation at all. */
  reducedMotion: boolean;
  colors?: RadarColors;
  /** Canvas text size in CSS pixels for the axis names (default 14). */
  fontSize?: number;
  /** The chart's width in CSS pixels: on a narrow chart long axis names wrap, leaving room for the shape. */
  width?: number;
}

/** Builds the radar chart configuration: one axis per dimension, scale fixed at 0–100. */
export function radarConfig({
  current,
  previous = null,
  reducedMotion,
  colors = DEFAULT_RADAR_COLORS,
  fontSize = 14,
  width = 0,
}: RadarInput): ChartConfiguration<'radar', number[], string | string[]> {
  const datasets: ChartConfiguration<'radar', number[], string | string[]>['data']['datasets'] = [
    {
      label: 'Nu',
      data: DIMENSION_IDS.map((id) => current[id]),
      borderColor: colors.current,
      backgroundColor: colors.currentFill,
      pointBackgroundColor: colors.current,
      borderWidth: 2,
      fill: true,
    },
  ];
  if (previous) {
    datasets.push({
      label: 'Vorige keer',
      data: DIMENSION_IDS.map((id) => previous[id]),
      borderColor: colors.previous,
      backgroundColor: 'transparent',
      pointBackgroundColor: colors.previous,
      borderDash: [6, 4],
      borderWidth: 2,
      fill: false,
    });
  }
  return {
    type: 'radar',
    data: { labels: DIMENSION_IDS.map((id) => wrapLabel(DIMENSIONS[id].label, labelChars(width, fontSize, 0.2))), datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: reducedMotion ? false : { duration: 400 },
      scales: {
        r: {
          min: 0,
          max: 100,
          beginAtZero: true,
          // The ring values sit on the shape: small, on a backdrop in the box's colour, so lines never cross them.
          ticks: {
            stepSize: 25,
            color: colors.previous,
            backdropColor: colors.surface,
            showLabelBackdrop: true,
            font: { size: 12 },
          },
          grid: { color: colors.grid },
          angleLines: { color: colors.grid },
          // The axis names sit outside the shape, with room between them and the outer ring.
          pointLabels: { color: colors.text, font: { size: fontSize, weight: 'bold' }, padding: 6 },
        },
      },
      plugins: {
        tooltip: { enabled: true },
      },
    },
  };
}

/** A one-sentence summary for the canvas's aria-label; the full numbers stand in the table next to it. */
export function radarLabel(current: DimensionScores): string {
  const parts = DIMENSION_IDS.map((id) => `${DIMENSIONS[id].label} ${current[id]}`);
  return `Radargrafiek van je scores van 0 tot 100: ${parts.join(', ')}.`;
}
