/**
 * The chart.js configuration of the log's line chart, as a pure function. Only the line pieces are used
 * (LineController, LineElement, PointElement, LinearScale, CategoryScale); legend and tooltip are left out,
 * the table next to the chart carries the numbers and the names.
 */
import type { ChartConfiguration } from 'chart.js';
import type { ChartColors } from '../charts/colors';
import type { LogSeries } from './log';
import { countNoun, nouns } from '../count-noun';

/** Colours from the page's theme, read by the island. */
export interface LineColors {
  lines: readonly string[];
  likes: string;
  grid: string;
  text: string;
}

/** Light-theme fallbacks. */
export const DEFAULT_LINE_COLORS: LineColors = {
  lines: ['#0b6e4f', '#1f5fa8', '#8a4b00'],
  likes: '#6b6b6b',
  grid: '#c8c8c8',
  text: '#1a1a1a',
};

/** The line colours from the theme's chart colours: accent, link and warning for the lines, likes muted. */
export function lineColors(colors: ChartColors): LineColors {
  return { lines: [colors.accent, colors.link, colors.warn], likes: colors.muted, grid: colors.grid, text: colors.text };
}

/** Builds the line chart: one line per series; the likes dashed, on their own axis so both stay readable. */
export function logChartConfig(
  labels: readonly string[],
  series: readonly LogSeries[],
  reducedMotion: boolean,
  colors: LineColors = DEFAULT_LINE_COLORS,
): ChartConfiguration<'line', (number | null)[], string> {
  let i = 0;
  const datasets = series.map((s) => {
    const isLikes = s.id === 'likes';
    const color = isLikes ? colors.likes : (colors.lines[i++ % colors.lines.length] as string);
    return {
      label: s.label,
      data: [...s.values],
      borderColor: color,
      backgroundColor: color,
      borderWidth: 2,
      pointRadius: 3,
      spanGaps: true,
      yAxisID: isLikes ? 'likes' : 'y',
      ...(isLikes ? { borderDash: [6, 4] } : {}),
    };
  });
  const hasLikes = series.some((s) => s.id === 'likes');
  return {
    type: 'line',
    data: { labels: [...labels], datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: reducedMotion ? false : { duration: 300 },
      scales: {
        x: { type: 'category', ticks: { color: colors.text }, grid: { color: colors.grid } },
        y: {
          type: 'linear',
          beginAtZero: true,
          ticks: { color: colors.text, precision: 0 },
          grid: { color: colors.grid },
        },
        ...(hasLikes
          ? {
              likes: {
                type: 'linear' as const,
                position: 'right' as const,
                beginAtZero: true,
                ticks: { color: colors.likes, precision: 0 },
                grid: { drawOnChartArea: false },
              },
            }
          : {}),
      },
    },
  };
}

/** A one-sentence summary for the canvas's aria-label. */
export function logChartLabel(labels: readonly string[], series: readonly LogSeries[]): string {
  if (labels.length === 0) return 'Lijngrafiek van je logboek: nog geen maanden.';
  return `Lijngrafiek van ${series.map((s) => s.label.toLowerCase()).join(', ')} over ${countNoun(labels.length, nouns.maand, String)}, van ${labels[0]} tot ${labels.at(-1)}. De getallen staan in de tabel.`;
}
