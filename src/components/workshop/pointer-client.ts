/**
 * Touch, mouse and wheel for the workshop deck: a swipe left or right turns the slide; a tap or click on a
 * slide outside anything interactive turns it too (right two-thirds: next, left third: back); the wheel
 * turns one slide per gesture on the projector; and the projector's controls show while the mouse moves or
 * after a touch, then step aside for the audience.
 */

import { swipeOf, tapZone, type Move } from '../../lib/workshop/pointer';

/** Elements a tap or click belongs to (never a slide turn). */
const INTERACTIVE =
  'a, button, input, select, textarea, label, summary, details, dialog, [tabindex], [contenteditable], astro-island, .deck-island, .deck__controls, .presenter__bar, .presenter__notes, canvas';

/** Wheel movement (px) that turns one slide; a pause this long (ms) starts a new wheel gesture. */
const WHEEL_PX = 40;
const WHEEL_PAUSE_MS = 250;

/** Starts the pointer handling on the deck `root`; `move` turns the slide. */
export function startPointer(root: HTMLElement, presenter: boolean, move: (type: Move) => void): void {
  // Projector controls appear on mouse movement and touch, then step aside for the audience.
  let controlsTimer = 0;
  const showControls = (ms: number) => {
    if (presenter) return;
    root.classList.add('show-controls');
    clearTimeout(controlsTimer);
    controlsTimer = window.setTimeout(() => root.classList.remove('show-controls'), ms);
  };
  addEventListener('mousemove', () => showControls(2500), { passive: true });

  let start: { x: number; y: number; id: number } | null = null;
  let swiped = false;
  root.addEventListener('pointerdown', (event) => {
    if (event.pointerType === 'touch') showControls(4000);
    if (!event.isPrimary) return;
    const target = event.target instanceof Element ? event.target : null;
    // A swipe that starts in a field or an island's slider is that control's own.
    start = target?.closest('input, select, textarea, .deck-island, dialog') ? null : { x: event.clientX, y: event.clientY, id: event.pointerId };
  });
  root.addEventListener('pointercancel', () => (start = null));
  root.addEventListener('pointerup', (event) => {
    if (!start || event.pointerId !== start.id) return;
    const way = swipeOf(event.clientX - start.x, event.clientY - start.y);
    start = null;
    if (!way) return;
    swiped = true; // the click that may follow is part of the swipe
    move(way);
  });

  root.addEventListener('click', (event) => {
    if (swiped) {
      swiped = false;
      return;
    }
    if (event.defaultPrevented || event.button !== 0) return;
    const target = event.target instanceof Element ? event.target : null;
    const slide = target?.closest<HTMLElement>('[data-deck-stage] > .slide');
    if (!slide) return;
    // Only what is on the slide counts (the page's <main> has a tabindex for the skip link).
    const hit = target?.closest(INTERACTIVE);
    if (hit && slide.contains(hit)) return;
    // Selecting text to copy is not a request to turn.
    if (String(getSelection() ?? '').trim()) return;
    // In the presenter, a click on the next slide's preview moves there.
    if (slide.classList.contains('is-next')) return move('next');
    const box = slide.getBoundingClientRect();
    move(tapZone(event.clientX, box.left, box.width));
  });

  if (presenter) return;
  let lastWheel = -Infinity;
  let sum = 0;
  let done = false;
  addEventListener(
    'wheel',
    (event) => {
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('dialog, .deck-island')) return;
      const delta = Math.abs(event.deltaY) >= Math.abs(event.deltaX) ? event.deltaY : event.deltaX;
      // A pause or a change of direction starts a new gesture.
      if (event.timeStamp - lastWheel > WHEEL_PAUSE_MS || Math.sign(delta) * Math.sign(sum) < 0) {
        sum = 0;
        done = false;
      }
      lastWheel = event.timeStamp;
      if (done) return;
      sum += delta;
      if (Math.abs(sum) < WHEEL_PX) return;
      done = true;
      move(sum > 0 ? 'next' : 'prev');
    },
    { passive: true },
  );
}
