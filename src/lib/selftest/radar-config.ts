/**
 * The chart.js configuration of the self-test's radar chart, as a pure function so it can be unit-tested.
 * Only the radar pieces are used (RadarController, LineElement, PointElement, RadialLinearScale, Filler,
 * Tooltip); the island registers exactly those.
 */
import type { ChartConfiguration } from 'chart.js';
import { DIMENSION_IDS, DIMENSIONS } from './dimensions';
import type { DimensionScores } from './scoring';

/** Colours for the chart, read from the page's CSS custom properties by the island. */
export interface RadarColors {
  current: string;
  currentFill: string;
  previous: string;
  grid: string;
  text: string;
}

/** Fallback colours (the light theme), used when the page gives none. */
export const DEFAULT_RADAR_COLORS: RadarColors = {
  current: '#0b6e4f',
  currentFill: 'rgba(11, 110, 79, 0.2)',
  previous: '#6b6b6b',
  grid: '#c8c8c8',
  text: '#1a1a1a',
};

/** What the chart shows. */
export interface RadarInput {
  current: DimensionScores;
  /** The attempt before this one, drawn dashed so the reader sees change; omit for none. */
  previous?: DimensionScores | null;
  /** True when the reader prefers reduced motion: no animation at all. */
  reducedMotion: boolean;
  colors?: RadarColors;
}

/** Builds the radar chart configuration: one axis per dimension, scale fixed at 0–100. */
export function radarConfig({
  current,
  previous = null,
  reducedMotion,
  colors = DEFAULT_RADAR_COLORS,
}: RadarInput): ChartConfiguration<'radar', number[], string> {
  const datasets: ChartConfiguration<'radar', number[], string>['data']['datasets'] = [
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
    data: { labels: DIMENSION_IDS.map((id) => DIMENSIONS[id].label), datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: reducedMotion ? false : { duration: 400 },
      scales: {
        r: {
          min: 0,
          max: 100,
          beginAtZero: true,
          ticks: { stepSize: 25, color: colors.text, backdropColor: 'transparent', showLabelBackdrop: false },
          grid: { color: colors.grid },
          angleLines: { color: colors.grid },
          pointLabels: { color: colors.text, font: { size: 14 } },
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
