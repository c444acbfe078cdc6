/**
 * The hosts' panel of live votes on a quiz slide: a chart.js bar chart (registered parts only), the numbers
 * as a table beside it for screen readers, and how many participants are in the room. Built once, updated
 * in place. Below them the room controls: what the server warns about (a locked PIN, a full disk, many new
 * participants from one address), and buttons to close the room to newcomers, lift the PIN lock and
 * discard the votes of the question on screen. The notices are the server's plain text, set as text.
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
  /** The room's condition from the server; a notice stays until the next one (or is cleared with ''). */
  room(status: RoomStatus): void;
  /** A message of this window's own (a refused PIN). */
  notice(text: string): void;
}

/** What the server says about the room. */
export interface RoomStatus {
  doorOpen: boolean;
  pinLocked: boolean;
  diskOk: boolean;
  notice?: string;
}

/** What the room controls do (sent to the server by the host code). */
export interface RoomActions {
  door(open: boolean): void;
  unlockPin(): void;
  /** Discards the votes of the question on screen and opens it again. */
  resetVotes(): void;
}

function themeColors(): ChartColors {
  const css = getComputedStyle(document.documentElement);
  const read = (name: string) => css.getPropertyValue(name);
  // The votes' highlight is the focus colour (as before); every other colour is the charts' usual token.
  return { ...chartColorsFrom(read), highlight: read('--color-focus').trim() || '#c2410c' };
}

/** Adds the panel to `parent`; `onVotes` hears when the chart appears or goes (the layout makes room for it). */
export function createResultsPanel(
  parent: HTMLElement,
  onVotes?: (shown: boolean) => void,
  actions?: RoomActions,
): ResultsPanel {
  const panel = document.createElement('aside');
  panel.className = 'live-results';
  panel.setAttribute('aria-labelledby', 'live-results-title');
  panel.innerHTML = `
    <p class="live-results__title" id="live-results-title">Live: <span data-live-people>0 deelnemers</span></p>
    <div class="live-results__votes" data-live-votes hidden>
      <div class="live-results__chart"><canvas role="img"></canvas></div>
      <table class="visually-hidden"><caption></caption><thead><tr><th scope="col">Antwoord</th><th scope="col">Stemmen</th></tr></thead><tbody></tbody></table>
      <p class="live-results__sum" aria-live="polite"></p>
    </div>
    <div class="live-results__room">
      <p class="live-results__notice" role="alert" data-live-notice hidden></p>
      <div class="live-results__actions">
        <button type="button" data-live-door>Zaal sluiten</button>
        <button type="button" data-live-unlock hidden>Pincode vrijgeven</button>
        <button type="button" data-live-reset hidden>Stemmen wissen</button>
      </div>
    </div>`;
  parent.append(panel);
  const noticeEl = panel.querySelector<HTMLElement>('[data-live-notice]')!;
  const doorButton = panel.querySelector<HTMLButtonElement>('[data-live-door]')!;
  const unlockButton = panel.querySelector<HTMLButtonElement>('[data-live-unlock]')!;
  const resetButton = panel.querySelector<HTMLButtonElement>('[data-live-reset]')!;
  let doorOpen = true;
  const setNotice = (text: string, loud = false) => {
    noticeEl.textContent = text;
    noticeEl.hidden = text === '';
    noticeEl.classList.toggle('is-loud', loud);
    panel.classList.toggle('has-notice', text !== '');
  };
  if (actions) {
    doorButton.addEventListener('click', () => actions.door(!doorOpen));
    unlockButton.addEventListener('click', () => actions.unlockPin());
    resetButton.addEventListener('click', () => {
      if (window.confirm('De stemmen op deze vraag wissen en de vraag opnieuw openen?')) actions.resetVotes();
    });
  } else panel.querySelector('.live-results__actions')?.remove();
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
    room(status) {
      doorOpen = status.doorOpen;
      doorButton.textContent = doorOpen ? 'Zaal sluiten' : 'Zaal openen';
      doorButton.setAttribute('aria-pressed', String(!doorOpen));
      unlockButton.hidden = !status.pinLocked;
      panel.classList.toggle('is-door-closed', !doorOpen);
      const lines = [
        status.diskOk ? '' : 'Stemmen worden NIET opgeslagen: de schijf is vol of kapot.',
        status.pinLocked && !status.notice ? 'Pincode geblokkeerd na te veel foute pogingen.' : '',
        status.notice ?? '',
      ].filter(Boolean);
      if (lines.length > 0 || status.diskOk) setNotice(lines.join(' '), !status.diskOk || status.pinLocked);
    },
    notice(text) {
      setNotice(text, text !== '');
    },
    participants(n) {
      const text = n === 1 ? '1 deelnemer' : `${new Intl.NumberFormat('nl-NL').format(n)} deelnemers`;
      people.textContent = text;
      // The projector shows the count under the room's QR code too (its panel is only on vote slides).
      for (const el of document.querySelectorAll('[data-live-people-qr]'))
        el.textContent = `${text} ${n === 1 ? 'doet' : 'doen'} mee`;
    },
    show(counts, labels) {
      resetButton.hidden = counts === null;
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
