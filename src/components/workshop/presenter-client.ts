/**
 * The presenter window's own parts: the clock, the time since the start against the plan, and where in the
 * deck the trainer is. The timer starts with the first step away from the title slide (or the Start button)
 * and survives a reload and the move to the next lesson of a workshop (localStorage, validated: a broken or
 * day-old value counts as "not started"); it can be paused. Also the progress bar and the notes' text size
 * (A−/A+, kept per device).
 */
import { $deck } from '../../stores/deck';
import { parseReeks, planPosition } from '../../lib/workshop/plan';
import { msUntilNextTick, parseTimer, timerElapsed, toggleTimerPause, type TimerState } from '../../lib/workshop/timer-state';
import { describePace, formatClock, formatDuration, formatMinutes, pace } from '../../lib/workshop/timing';
import { readConfig } from './deck-client';

const TIMER_KEY = 'vdl-workshop-timer';
/** The notes' text size on this device (rem), kept apart from the timer: it belongs to the device, not the workshop. */
const NOTES_KEY = 'vdl-presenter-notes-size';
const NOTES_SIZES = [1, 1.125, 1.25, 1.5, 1.75, 2, 2.5];

/** Reads the stored timer, or null (broken, future or day-old values count as "not started"). */
function readTimer(): TimerState | null {
  try {
    return parseTimer(JSON.parse(localStorage.getItem(TIMER_KEY) ?? 'null'), Date.now());
  } catch {
    return null;
  }
}

/** Stores (or clears) the timer; a full or blocked storage only costs the timer its memory. */
function writeTimer(timer: TimerState | null): void {
  try {
    if (timer === null) localStorage.removeItem(TIMER_KEY);
    else localStorage.setItem(TIMER_KEY, JSON.stringify(timer));
  } catch {
    // Private mode or quota: the timer still runs in this window.
  }
}

/** The stored notes size step (an index into NOTES_SIZES), the default when missing or broken. */
function readNotesStep(): number {
  try {
    const step = Number(localStorage.getItem(NOTES_KEY));
    return Number.isInteger(step) && step >= 0 && step < NOTES_SIZES.length && localStorage.getItem(NOTES_KEY) !== null
      ? step
      : 2;
  } catch {
    return 2;
  }
}

/**
 * Writes text and attributes only when they change: an unchanged write still costs the page a style and
 * layout pass, and the presenter must rest while idle (issue 12: ≤ 2 % main thread).
 */
const setText = (el: HTMLElement, text: string) => {
  if (el.textContent !== text) el.textContent = text;
};
const setAttr = (el: HTMLElement, name: string, value: string) => {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
};

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
  let timer = readTimer();
  const timerButton = $('[data-timer]');
  const pauseButton = $('[data-timer-pause]');
  const progress = root.querySelector<HTMLProgressElement>('[data-progress]');

  // One wake-up when the display next changes (each second while the timer runs, each minute for the clock
  // otherwise), never a fixed interval that re-renders for nothing. Every call plans the next one.
  let wake = 0;
  const tick = () => {
    const now = Date.now();
    clearTimeout(wake);
    wake = window.setTimeout(tick, msUntilNextTick(timer, now));
    const { slide } = $deck.get();
    setText(timerButton, timer === null ? 'Start tijd' : 'Tijd op nul');
    const paused = timer?.pausedAt !== undefined;
    setText(pauseButton, paused ? 'Verder' : 'Pauze');
    setAttr(pauseButton, 'aria-pressed', String(paused));
    pauseButton.hidden = timer === null;
    setText(clock, formatClock(new Date(now)));
    const where = planPosition(reeks, config.lesson, config.lessons, slide, config.total);
    setText(plan, formatMinutes(where.plan));
    // A timer that has not started stands at 0:00.
    const ms = timerElapsed(timer, now);
    const p = pace(ms, where.expected, where.plan);
    setText(elapsed, formatDuration(ms));
    setText(paceEl, timer === null ? 'nog niet gestart' : paused ? 'pauze' : describePace(p));
    setAttr(paceEl, 'data-status', timer === null || paused ? '' : p.status);
  };

  // The first step to another slide starts the timer (opening the window on any slide does not).
  let previous = $deck.get().slide;
  $deck.subscribe(({ slide }) => {
    position.textContent = `Dia ${slide + 1} van ${config.total}`;
    if (progress) progress.value = slide + 1;
    if (timer === null && slide !== previous) {
      timer = { start: Date.now() };
      writeTimer(timer);
    }
    previous = slide;
    tick();
  });

  const notesPane = root.querySelector<HTMLElement>('[data-notes-pane]');
  let notesStep = readNotesStep();
  const applyNotesSize = () => root.style.setProperty('--notes-size', `${NOTES_SIZES[notesStep]}rem`);
  applyNotesSize();

  root.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('[data-timer]')) {
      // Not running: start now. Running: back to zero, still running.
      timer = { start: Date.now() };
      writeTimer(timer);
      tick();
    } else if (target?.closest('[data-timer-pause]')) {
      timer = toggleTimerPause(timer, Date.now());
      writeTimer(timer);
      tick();
    } else if (target?.closest('[data-notes-size]') && notesPane) {
      const step = Number(target.closest<HTMLElement>('[data-notes-size]')!.dataset['notesSize']);
      notesStep = Math.min(NOTES_SIZES.length - 1, Math.max(0, notesStep + step));
      applyNotesSize();
      try {
        localStorage.setItem(NOTES_KEY, String(notesStep));
      } catch {
        // Not stored: the size still holds in this window.
      }
    }
  });

  tick();
}
