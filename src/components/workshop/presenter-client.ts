/**
 * The presenter window's own parts: the clock, the time since the start against the plan, and where in the
 * deck the trainer is. The timer starts with the first step away from the title slide (or the Start button)
 * and survives a reload and the move to the next lesson of a workshop (localStorage, validated: a broken or
 * day-old value counts as "not started").
 */
import { $deck } from '../../stores/deck';
import { parseReeks, planPosition } from '../../lib/workshop/plan';
import { describePace, formatClock, formatDuration, formatMinutes, pace } from '../../lib/workshop/timing';
import { readConfig } from './deck-client';

const TIMER_KEY = 'vdl-workshop-timer';
/** A start older than this is from another day's workshop. */
const STALE_MS = 12 * 3_600_000;

/** Reads the stored start time, or null. */
function readStart(): number | null {
  try {
    const raw = JSON.parse(localStorage.getItem(TIMER_KEY) ?? 'null') as unknown;
    const start = typeof raw === 'object' && raw !== null ? (raw as { start?: unknown }).start : null;
    if (typeof start !== 'number' || !Number.isFinite(start)) return null;
    const age = Date.now() - start;
    return age >= 0 && age < STALE_MS ? start : null;
  } catch {
    return null;
  }
}

/** Stores (or clears) the start time; a full or blocked storage only costs the timer its memory. */
function writeStart(start: number | null): void {
  try {
    if (start === null) localStorage.removeItem(TIMER_KEY);
    else localStorage.setItem(TIMER_KEY, JSON.stringify({ start }));
  } catch {
    // Private mode or quota: the timer still runs in this window.
  }
}

/** Starts the presenter's clock and timer. */
export function startPresenter(): void {
  const found = readConfig();
  if (!found || found.config.mode !== 'presenter') return;
  const { root, config } = found;
  const $ = (selector: string) => root.querySelector<HTMLElement>(selector)!;
  const clock = $('[data-clock]');
  const elapsed = $('[data-elapsed]');
  const plan = $('[data-plan]');
  const paceEl = $('[data-pace]');
  const position = $('[data-position]');
  const reeks = parseReeks(
    location.search,
    config.lessons.map((l) => l.id),
  );
  let start = readStart();
  const timerButton = $('[data-timer]');

  const tick = () => {
    const { slide } = $deck.get();
    timerButton.textContent = start === null ? 'Start tijd' : 'Tijd op nul';
    const now = Date.now();
    clock.textContent = formatClock(new Date(now));
    const where = planPosition(reeks, config.lesson, config.lessons, slide, config.total);
    plan.textContent = formatMinutes(where.plan);
    if (start === null) {
      elapsed.textContent = formatDuration(0);
      paceEl.textContent = 'nog niet gestart';
      paceEl.dataset['status'] = '';
      return;
    }
    const p = pace(now - start, where.expected, where.plan);
    elapsed.textContent = formatDuration(now - start);
    paceEl.textContent = describePace(p);
    paceEl.dataset['status'] = p.status;
  };

  // The first step to another slide starts the timer (opening the window on any slide does not).
  let previous = $deck.get().slide;
  $deck.subscribe(({ slide }) => {
    position.textContent = `Dia ${slide + 1} van ${config.total}`;
    if (start === null && slide !== previous) {
      start = Date.now();
      writeStart(start);
    }
    previous = slide;
    tick();
  });

  root.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-timer]') : null;
    if (!button) return;
    // Not running: start now. Running: back to zero, still running.
    start = Date.now();
    writeStart(start);
    tick();
  });

  tick();
  setInterval(tick, 1000);
}
