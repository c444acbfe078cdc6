/**
 * How long a live client waits before reconnecting: doubling from `base` up to `max`, with jitter (between
 * half and the full step) so that thirty phones do not all knock at the same millisecond after a server
 * restart. The first retry comes soon (100–200 ms: a dropped Wi-Fi packet is the usual cause) and the
 * ceiling is low (1 s): a restarted server has every phone back within about a second of listening again,
 * and a refused connection on a LAN costs next to nothing. Pure (pass the random).
 */

/** Delay in ms before reconnect attempt `attempt` (0 = first retry). */
export function reconnectDelay(attempt: number, random: number, base = 200, max = 1000): number {
  const n = Number.isFinite(attempt) && attempt > 0 ? Math.min(Math.floor(attempt), 30) : 0;
  const r = Number.isFinite(random) ? Math.min(Math.max(random, 0), 1) : 0.5;
  const ceiling = Math.min(max, base * 2 ** n);
  // Between half and the full ceiling: never zero, never above max.
  return Math.round(ceiling / 2 + (ceiling / 2) * r);
}
