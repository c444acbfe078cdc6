/**
 * Clock and pace for the presenter window: the time of day, the time since the start, and whether the
 * trainer is ahead of or behind the plan. Pure: times come in as numbers (ms) or Dates.
 */

/** "m:ss" under an hour, "u:mm:ss" from an hour; negative and invalid input count as 0. */
export function formatDuration(ms: number): string {
  const total = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** The time of day as "14:05" (24-hour clock, as in NL and BE). */
export function formatClock(date: Date): string {
  if (Number.isNaN(date.getTime())) return '--:--';
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** Minutes as Dutch words for the planner: "45 min", "1 uur", "1 uur 20 min". */
export function formatMinutes(minutes: number): string {
  const m = Number.isFinite(minutes) && minutes > 0 ? Math.round(minutes) : 0;
  const h = Math.floor(m / 60);
  const rest = m % 60;
  if (h === 0) return `${rest} min`;
  return rest === 0 ? `${h} uur` : `${h} uur ${rest} min`;
}

/** Where the trainer stands against the plan. */
export interface Pace {
  /** Time the plan expects to have passed on reaching this slide (ms). */
  expectedMs: number;
  /** Elapsed minus expected: positive means behind. */
  deltaMs: number;
  status: 'op schema' | 'voor' | 'achter';
  /** Share of the planned time used, 0…∞ (1 = all of it). */
  used: number;
}

const WEEK_MS = 7 * 24 * 3_600_000;

/** Margin within which the trainer counts as on schedule. */
export const ON_SCHEDULE_MS = 60_000;

/**
 * Compares elapsed time with where the plan says the trainer should be (`expectedMinutes`, see
 * `planPosition` in `plan.ts`) and with the whole plan (`planMinutes`).
 * @example pace(10 * 60_000, 15, 30).status // 'voor': 10 minutes in, where the plan expected 15
 */
export function pace(elapsedMs: number, expectedMinutes: number, planMinutes: number): Pace {
  // Clamped to a week: beyond that the numbers mean nothing and could overflow.
  const clampMs = (ms: number) => (Number.isFinite(ms) && ms >= 1_000 ? Math.min(ms, WEEK_MS) : 0);
  const elapsed = Number.isFinite(elapsedMs) && elapsedMs > 0 ? Math.min(elapsedMs, WEEK_MS) : 0;
  const planMs = clampMs(planMinutes * 60_000);
  const expectedMs = Math.min(clampMs(expectedMinutes * 60_000), planMs);
  const deltaMs = elapsed - expectedMs;
  const status = Math.abs(deltaMs) <= ON_SCHEDULE_MS ? 'op schema' : deltaMs > 0 ? 'achter' : 'voor';
  return { expectedMs, deltaMs, status, used: planMs > 0 ? elapsed / planMs : 0 };
}

/** "2 min voor", "1 min achter", "op schema": the pace in words. */
export function describePace(p: Pace): string {
  if (p.status === 'op schema') return 'op schema';
  const minutes = Math.round(Math.abs(p.deltaMs) / 60_000);
  return `${minutes} min ${p.status}`;
}
