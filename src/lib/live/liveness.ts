/**
 * Whether a live connection is still alive, from when the client last heard from the server. A phone that
 * walks out of the Wi-Fi or sleeps keeps a socket that looks open and hears nothing; the browser may take
 * minutes to notice. The client asks (`ping`) when it has heard nothing for a while and gives up on the
 * socket when it stays silent. Pure (pass the clock).
 */

/** The client's timings (ms). */
export interface LivenessTimings {
  /** Ask after this much silence. */
  pingAfterMs: number;
  /** Give the socket up after this much silence. */
  staleAfterMs: number;
}

/** Ask after 5 s of silence, give up after 12 s: a dead connection shows within seconds. */
export const LIVENESS: LivenessTimings = { pingAfterMs: 5_000, staleAfterMs: 12_000 };

/** What to do now: nothing, ask the server, or reconnect. A clock that jumps back counts as fresh. */
export function liveness(
  lastHeardAt: number,
  now: number,
  timings: LivenessTimings = LIVENESS,
): 'fresh' | 'ping' | 'stale' {
  if (!Number.isFinite(lastHeardAt) || !Number.isFinite(now)) return 'stale';
  const silent = now - lastHeardAt;
  if (silent >= timings.staleAfterMs) return 'stale';
  return silent >= timings.pingAfterMs ? 'ping' : 'fresh';
}
