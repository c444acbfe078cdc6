/**
 * The hosts' panel of live votes on a quiz slide: a chart.js bar chart (registered parts only), the numbers
 * as a table beside it for screen readers, and how many participants are in the room. Built once, updated
 * in place.
 */
import type { Chart } from 'chart.js';
import { registerCharts } from '../islands/charts/register';
import { cleanCounts, describeVotes, optionLabel, votesChartConfig } from '../../lib/live/results-chart';
import type { ChartColors } from '../../lib/charts/colors';
import { chartColorsFrom } from '../../lib/charts/theme-colors';

/** The panel's handle. */
export interface ResultsPanel {
  /** Shows the counts of the current question (options named by `labels`, else A, B, …), or hides the chart (null: not a quiz slide). */
  show(counts: number[] | null, labels?: readonly string[]): void;
  participants(n: number): void;
}

function themeColors(): ChartColors {
  const css = getComputedStyle(document.documentElement);
  const read = (name: string) => css.getPropertyValue(name);
  // The votes' highlight is the focus colour (as before); every other colour is the charts' usual token.
  return { ...chartColorsFrom(read), highlight: read('--color-focus').trim() || '#c2410c' };
}

/** Adds the panel to `parent`; `onVotes` hears when the chart appears or goes (the layout makes room for it). */
export function createResultsPanel(parent: HTMLElement, onVotes?: (shown: boolean) => void): ResultsPanel {
  const panel = document.createElement('aside');
  panel.className = 'live-results';
  panel.setAttribute('aria-labelledby', 'live-results-title');
  panel.innerHTML = `
    <p class="live-results__title" id="live-results-title">Live: <span data-live-people>0 deelnemers</span></p>
    <div class="live-results__votes" data-live-votes hidden>
      <div class="live-results__chart"><canvas role="img"></canvas></div>
      <table class="visually-hidden"><caption></caption><thead><tr><th scope="col">Antwoord</th><th scope="col">Stemmen</th></tr></thead><tbody></tbody></table>
      <p class="live-results__sum" aria-live="polite"></p>
    </div>`;
  parent.append(panel);
  const people = panel.querySelector<HTMLElement>('[data-live-people]')!;
  const votes = panel.querySelector<HTMLElement>('[data-live-votes]')!;
  const canvas = panel.querySelector('canvas')!;
  const caption = panel.querySelector('caption')!;
  const body = panel.querySelector('tbody')!;
  const sum = panel.querySelector<HTMLElement>('.live-results__sum')!;
  let chart: Chart<'bar'> | null = null;
  // chart.js arrives by a dynamic import (registerCharts); the tally may change while it loads.
  let loading: Promise<void> | null = null;
  let latest: number[] = [];
  let latestLabels: readonly string[] | undefined;
  let last = '';

  return {
    participants(n) {
      const text = n === 1 ? '1 deelnemer' : `${new Intl.NumberFormat('nl-NL').format(n)} deelnemers`;
      people.textContent = text;
      // The projector shows the count under the room's QR code too (its panel is only on vote slides).
      for (const el of document.querySelectorAll('[data-live-people-qr]'))
        el.textContent = `${text} ${n === 1 ? 'doet' : 'doen'} mee`;
    },
    show(counts, labels) {
      if (votes.hidden !== (counts === null)) {
        votes.hidden = counts === null;
        panel.classList.toggle('has-votes', counts !== null);
        onVotes?.(counts !== null);
      }
      if (counts === null) return;
      const clean = cleanCounts(counts);
      const key = JSON.stringify([clean, labels]);
      if (key === last && chart) return;
      last = key;
      latestLabels = labels;
      const text = describeVotes(clean, labels);
      canvas.setAttribute('aria-label', `Stemmen uit de zaal. ${text}`);
      caption.textContent = 'Stemmen uit de zaal';
      sum.textContent = text;
      body.replaceChildren(
        ...clean.map((c, i) => {
          const tr = document.createElement('tr');
          const th = document.createElement('th');
          th.scope = 'row';
          th.textContent = optionLabel(i, labels);
          const td = document.createElement('td');
          td.textContent = String(c);
          tr.append(th, td);
          return tr;
        }),
      );
      latest = clean;
      if (!chart) {
        loading ??= registerCharts().then((ChartClass) => {
          chart = new ChartClass(canvas, votesChartConfig(latest, themeColors(), latestLabels)) as Chart<'bar'>;
        });
        return;
      }
      const fresh = votesChartConfig(clean, themeColors(), labels);
      chart.data.labels = fresh.data.labels ?? [];
      chart.data.datasets[0]!.data = clean;
      chart.options.scales!['y']!.suggestedMax = Math.max(1, ...clean);
      chart.update();
    },
  };
}
