/**
 * The projector's bar chart of a question's votes: the chart.js configuration and the sentence that goes with
 * it, from the counts. Pure, so the numbers on screen, in the table and in the aria-label always agree.
 */
import type { ChartConfiguration } from 'chart.js';
import { defaultChartColors, type ChartColors } from '../charts/colors';

/** Letters for the options, as on the quiz slide. */
export const OPTION_LETTERS = 'ABCDEFGH';

/** Counts cleaned for display: whole, non-negative, finite numbers (anything else counts as 0). */
export function cleanCounts(counts: readonly number[]): number[] {
  return counts.map((c) => (Number.isFinite(c) && c > 0 ? Math.floor(c) : 0));
}

/** The label of option `i`: its own label when given, else its letter. */
export function optionLabel(i: number, labels?: readonly string[]): string {
  return labels?.[i] ?? OPTION_LETTERS[i] ?? String(i + 1);
}

/**
 * "3 stemmen: A 1, B 2" — the chart in words (for its aria-label and the table caption). `labels` name the
 * options (e.g. Fabel, Feit) instead of letters.
 */
export function describeVotes(counts: readonly number[], labels?: readonly string[]): string {
  const clean = cleanCounts(counts);
  const total = clean.reduce((a, b) => a + b, 0);
  const fmt = new Intl.NumberFormat('nl-NL');
  const head = total === 1 ? '1 stem' : `${fmt.format(total)} stemmen`;
  if (clean.length === 0) return `${head}.`;
  return `${head}: ${clean.map((c, i) => `${optionLabel(i, labels)} ${fmt.format(c)}`).join(', ')}.`;
}

/** The chart.js configuration of the vote chart (vertical bars, one per option, whole-number axis; `labels` as above). */
export function votesChartConfig(
  counts: readonly number[],
  colors: ChartColors = defaultChartColors,
  labels?: readonly string[],
): ChartConfiguration<'bar'> {
  const clean = cleanCounts(counts);
  return {
    type: 'bar',
    data: {
      labels: clean.map((_, i) => optionLabel(i, labels)),
      datasets: [{ data: clean, backgroundColor: colors.accent, borderWidth: 0, label: 'Stemmen' }],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
      scales: {
        x: { ticks: { color: colors.text, font: { size: 18, weight: 'bold' } }, grid: { display: false } },
        // At least 1, so an empty chart still has an axis; whole votes only.
        y: {
          beginAtZero: true,
          suggestedMax: Math.max(1, ...clean),
          ticks: { precision: 0, color: colors.muted },
          grid: { color: colors.grid },
        },
      },
    },
  };
}
