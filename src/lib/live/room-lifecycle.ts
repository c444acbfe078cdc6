/**
 * When a hosted live room closes for want of activity, and how long its results stay downloadable after it
 * ended (issue 26). Pure: the caller passes the clock and the room's last activity (the time of the last entry
 * in its Redis stream, whose ids are millisecond times), so the sweeper and the organiser API decide the same.
 *
 * - Idle: no entry in the room's history for `idleMs` (LIVE_IDLE_HOURS, default 24): the room is ended.
 * - Retention: an ended room's keys expire `retentionMs` after the end (LIVE_RESULTS_DAYS, default 30); until
 *   then the organiser may download its results.
 */

/** The two periods, in ms. */
export interface Lifecycle {
  idleMs: number;
  retentionMs: number;
}

export const DEFAULT_IDLE_HOURS = 24;
export const DEFAULT_RESULTS_DAYS = 30;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Upper bounds that keep every sum below Number.MAX_SAFE_INTEGER and Redis' expiry times sane. */
const MAX_IDLE_HOURS = 24 * 366;
const MAX_RESULTS_DAYS = 3_660;

/** What a room's last activity means now. */
export type RoomPhase =
  | { phase: 'open'; idleAt: number }
  | { phase: 'idle' }
  | { phase: 'ended'; endedAt: number; resultsUntil: number }
  | { phase: 'expired'; endedAt: number };

/**
 * Reads one period from the environment: unset or empty gives the default; anything else must be a plain
 * positive number (a decimal point allowed) within bounds, or this throws with the variable's name.
 */
function period(env: Record<string, string | undefined>, name: string, fallback: number, max: number): number {
  const text = env[name]?.trim();
  if (text === undefined || text === '') return fallback;
  const value = /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
  if (!(value > 0) || value > max)
    throw new RangeError(`${name}=${text}: expected a number above 0 and at most ${max}`);
  return value;
}

/** The lifecycle from LIVE_IDLE_HOURS and LIVE_RESULTS_DAYS; throws a clear message on a bad value. */
export function lifecycleFromEnv(env: Record<string, string | undefined>): Lifecycle {
  return {
    idleMs: Math.round(period(env, 'LIVE_IDLE_HOURS', DEFAULT_IDLE_HOURS, MAX_IDLE_HOURS) * HOUR_MS),
    retentionMs: Math.round(period(env, 'LIVE_RESULTS_DAYS', DEFAULT_RESULTS_DAYS, MAX_RESULTS_DAYS) * DAY_MS),
  };
}

/** The millisecond time of a Redis stream id (`1733530000000-0`), or null when it is not one. */
export function streamIdTime(id: string): number | null {
  const match = /^(\d{1,15})-\d+$/.exec(id);
  return match ? Number(match[1]) : null;
}

/** Until when an ended room's results are kept. */
export function resultsUntil(endedAt: number, lifecycle: Lifecycle): number {
  return endedAt + lifecycle.retentionMs;
}

/**
 * The room's phase at `now`, from its last activity and, when it ended, the end's time. A clock that is
 * not a finite number decides nothing: the room counts as open (nothing is ended or deleted on a bad clock).
 */
export function roomPhase(last: { at: number; endedAt: number | null }, now: number, lifecycle: Lifecycle): RoomPhase {
  if (last.endedAt !== null && Number.isFinite(last.endedAt)) {
    const until = resultsUntil(last.endedAt, lifecycle);
    return Number.isFinite(now) && now >= until
      ? { phase: 'expired', endedAt: last.endedAt }
      : { phase: 'ended', endedAt: last.endedAt, resultsUntil: until };
  }
  const idleAt = (Number.isFinite(last.at) ? last.at : now) + lifecycle.idleMs;
  if (!Number.isFinite(now) || !Number.isFinite(idleAt) || now < idleAt) return { phase: 'open', idleAt };
  return { phase: 'idle' };
}
