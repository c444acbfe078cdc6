/**
 * The deck state both workshop windows share: per lesson the slide and whether the screen is black, and a
 * "switch" when the trainer moves on to the next lesson of a workshop. With the checks applied to what
 * arrives from the other window. Pure.
 */

/** Position within one lesson's deck (sync key `deck:<lesson>`). */
export interface DeckPosition {
  /** 0-based slide index. */
  slide: number;
  blackout: boolean;
}

/** A move to another lesson's deck (sync key `switch`). */
export interface DeckSwitch {
  from: string;
  to: string;
  /** 0-based slide to open; clamped by the target deck. */
  slide: number;
  /** When it happened (ms); an old switch replayed by a stale tab is ignored. */
  at: number;
}

/** How long a switch counts as fresh. */
export const SWITCH_FRESH_MS = 10_000;

/** Whether a value is a valid position in a deck of `total` slides. */
export function isDeckPosition(value: unknown, total: number): value is DeckPosition {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    Object.keys(v).length === 2 &&
    Number.isInteger(v['slide']) &&
    (v['slide'] as number) >= 0 &&
    (v['slide'] as number) < total &&
    typeof v['blackout'] === 'boolean'
  );
}

/** Whether a value is a fresh switch away from `current` to a known lesson, that this window should follow. */
export function isFollowableSwitch(
  value: unknown,
  current: string,
  known: readonly string[],
  now: number,
): value is DeckSwitch {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v['from'] === current &&
    typeof v['to'] === 'string' &&
    v['to'] !== current &&
    known.includes(v['to']) &&
    Number.isInteger(v['slide']) &&
    (v['slide'] as number) >= 0 &&
    (v['slide'] as number) < 10_000 &&
    typeof v['at'] === 'number' &&
    Math.abs(now - v['at']) <= SWITCH_FRESH_MS
  );
}
