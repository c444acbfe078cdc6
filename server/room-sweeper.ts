/**
 * Closes idle hosted rooms and lets ended rooms' results expire (issue 26), every `everyMs` in every process
 * that runs it. Several processes may run it at once: a lease in Redis (`SET … NX PX`) lets one of them sweep
 * per period, and each step is safe to repeat anyway (the end is appended once by a script that checks the
 * last entry; `PEXPIREAT` set twice is the same expiry).
 *
 * For every room in Redis (SCAN of `vdl:{*}:room`, so rooms opened by anyone count):
 * - idle (no stream entry for `idleMs`): ended with an `end` record, as an organiser would end it;
 * - ended (its last entry is `end`): every key expires `retentionMs` after the end, so Redis deletes it.
 */
import { randomBytes } from 'node:crypto';
import { roomPhase, type Lifecycle } from '../src/lib/live/room-lifecycle';
import type { RedisConnection } from './redis-room-store';
import { endRoomOnce, everyRoom, expireRoom, lastActivity } from './room-lifecycle-redis';

export const SWEEP_LEASE_KEY = 'vdl:sweeper:lease';

/** What one sweep did. */
export interface SweepReport {
  /** false: another process holds the lease for this period. */
  swept: boolean;
  ended: string[];
  expiring: string[];
}

/** One sweep at time `now` (ms); `leaseMs` > 0 takes the lease first (0: no lease, for tests and one-offs). */
export async function sweepRooms(
  redis: RedisConnection,
  lifecycle: Lifecycle,
  now: number,
  leaseMs = 0,
  holder = randomBytes(8).toString('hex'),
): Promise<SweepReport> {
  const report: SweepReport = { swept: false, ended: [], expiring: [] };
  if (leaseMs > 0) {
    const taken = await redis.set(SWEEP_LEASE_KEY, holder, {
      condition: 'NX',
      expiration: { type: 'PX', value: leaseMs },
    });
    if (taken !== 'OK') return report;
  }
  report.swept = true;
  for await (const codes of everyRoom(redis)) {
    for (const code of codes) {
      const last = await lastActivity(redis, code);
      if (!last) continue;
      const phase = roomPhase(last, now, lifecycle);
      if (phase.phase === 'idle') {
        // Only if nothing happened in the room since the cutoff (a vote may land between read and end).
        if (await endRoomOnce(redis, code, now, now - lifecycle.idleMs + 1)) report.ended.push(code);
        else continue;
        await expireRoom(redis, code, now + lifecycle.retentionMs);
        report.expiring.push(code);
      } else if (phase.phase === 'ended' || phase.phase === 'expired') {
        await expireRoom(redis, code, phase.phase === 'ended' ? phase.resultsUntil : now);
        report.expiring.push(code);
      }
    }
  }
  return report;
}

/** Sweeps every `everyMs` (default 5 minutes) until stopped; errors are logged, never thrown. */
export function startRoomSweeper(
  redis: RedisConnection,
  lifecycle: Lifecycle,
  options: { everyMs?: number; clock?: () => number; log?: (line: string) => void } = {},
): { stop(): void } {
  const everyMs = options.everyMs ?? 5 * 60_000;
  const clock = options.clock ?? Date.now;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const holder = randomBytes(8).toString('hex');
  const sweep = () =>
    sweepRooms(redis, lifecycle, clock(), everyMs, holder).then(
      (report) => {
        if (report.ended.length > 0) log(`sweeper: ended idle room(s) ${report.ended.join(', ')}`);
      },
      (error: unknown) => log(`sweeper: ${String(error)}`),
    );
  const timer = setInterval(() => void sweep(), everyMs);
  timer.unref();
  void sweep();
  return { stop: () => clearInterval(timer) };
}
