/**
 * What a pointer gesture on a slide means: a swipe turns the deck, a tap turns it by zone (the left third
 * goes back, the right two-thirds go on). Pure; `src/components/workshop/pointer-client.ts` feeds it events.
 */

/** Which way a gesture turns the deck. */
export type Move = 'next' | 'prev';

/** A horizontal movement at least this long (px), and clearly more sideways than up or down, is a swipe. */
export const SWIPE_PX = 50;

/** Which way a tap at `x` on a box from `left` with `width` turns: left third back, the rest on. */
export function tapZone(x: number, left: number, width: number): Move {
  return Number.isFinite(x) && Number.isFinite(left) && width > 0 && x - left < width / 3 ? 'prev' : 'next';
}

/** Which way a movement of (dx, dy) px swipes (to the left is on, as turning a page), or null when it is none. */
export function swipeOf(dx: number, dy: number): Move | null {
  if (!Number.isFinite(dx) || !Number.isFinite(dy)) return null;
  if (Math.abs(dx) < SWIPE_PX || Math.abs(dx) < 1.5 * Math.abs(dy)) return null;
  return dx < 0 ? 'next' : 'prev';
}
