/**
 * The presenter's timer as data: when it started and, while paused, when the pause began. Stored in
 * localStorage as `{ start, pausedAt? }` (ms since 1970); anything else, or a start from another day, reads
 * as "not started". Pure: the time comes in as `now`.
 */

/** A running (`pausedAt` absent) or paused timer. */
export interface TimerState {
  start: number;
  pausedAt?: number;
}

/** A start older than this is from another day's workshop. */
export const STALE_MS = 12 * 3_600_000;

/** The stored value as a timer, or null when it is missing, broken, in the future or stale. */
export function parseTimer(raw: unknown, now: number): TimerState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { start, pausedAt } = raw as { start?: unknown; pausedAt?: unknown };
  if (typeof start !== 'number' || !Number.isFinite(start)) return null;
  const age = now - start;
  if (!(age >= 0 && age < STALE_MS)) return null;
  if (pausedAt === undefined) return { start };
  if (typeof pausedAt !== 'number' || !Number.isFinite(pausedAt) || pausedAt < start || pausedAt > now) return { start };
  return { start, pausedAt };
}

/** Milliseconds on the timer at `now` (0 when not started); a paused timer stands still. */
export function timerElapsed(timer: TimerState | null, now: number): number {
  if (!timer) return 0;
  return Math.max(0, (timer.pausedAt ?? now) - timer.start);
}

/** Pauses a running timer, resumes a paused one (the pause does not count), starts one that is not running. */
export function toggleTimerPause(timer: TimerState | null, now: number): TimerState {
  if (!timer) return { start: now };
  if (timer.pausedAt === undefined) return { start: timer.start, pausedAt: now };
  return { start: timer.start + (now - timer.pausedAt) };
}

/**
 * Milliseconds until the presenter's display next changes: the next whole second on a running timer, else
 * the next minute of the clock (a stopped or paused timer shows nothing that moves). Always in [1, 60 000],
 * so a broken `now` or timer can never make the presenter tick in a tight loop.
 */
export function msUntilNextTick(timer: TimerState | null, now: number): number {
  const running = timer !== null && timer.pausedAt === undefined;
  const period = running ? 1000 : 60_000;
  // A running timer changes when its elapsed time crosses a whole second; the clock, at the minute.
  const rest = period - ((((running ? now - timer.start : now) % period) + period) % period);
  // rest lies in (0, period], so its ceiling in [1, period]; NaN (a broken time) falls back to a second.
  return Math.ceil(rest) || 1000;
}
