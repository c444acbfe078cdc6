// cspell:words PEXPIRETIME
/**
 * Hosted rooms in a real redis-server (started here on a free port) with an injected clock: the organisers'
 * directory, idle close by the sweeper (once, with several sweepers at the same moment) and results
 * retention (Redis expires the room's keys). Two connections stand for two processes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectRedis, RedisRoomStore, type RedisConnection } from '../../../server/redis-room-store';
import { RedisRoomDirectory } from '../../../server/room-directory-redis';
import { endRoomOnce, lastActivity, roomKey } from '../../../server/room-lifecycle-redis';
import { sweepRooms, SWEEP_LEASE_KEY } from '../../../server/room-sweeper';
import { voter } from './helpers';
import { startRedis, type TestRedis } from './redis-helpers';

const H = 3_600_000;
const D = 24 * H;
const lifecycle = { idleMs: 24 * H, retentionMs: 30 * D };
let redis: TestRedis;
let a: RedisConnection;
let b: RedisConnection;
let dirA: RedisRoomDirectory;
let dirB: RedisRoomDirectory;
let owner = 0;
/** A fresh owner per test, so lists do not mix. */
const newOwner = () => `owner${++owner}`;
const roomKeys = async (code: string) => (await a.keys(roomKey(code, '*'))).sort();

beforeAll(async () => {
  redis = await startRedis();
  [a, b] = [await connectRedis(redis.url), await connectRedis(redis.url)];
  dirA = new RedisRoomDirectory(a, new RedisRoomStore(a), lifecycle);
  dirB = new RedisRoomDirectory(b, new RedisRoomStore(b), lifecycle);
}, 30_000);

afterAll(async () => {
  await Promise.all([a, b].map((c) => c?.close().catch(() => undefined)));
  await redis?.stop();
});

describe('RedisRoomDirectory', () => {
  it('opens a room every process sees, ends it once, gives results while kept', async () => {
    const me = newOwner();
    const now = Date.now();
    const { code, pin } = await dirA.open(me, now);
    expect(await new RedisRoomStore(b).pinOf(code)).toBe(pin);
    expect(await dirB.list(me, now)).toEqual([{ code, openedAt: now, endedAt: null, resultsUntil: null }]);
    expect(await dirB.list(newOwner(), now)).toEqual([]);

    await new RedisRoomStore(b).vote(code, 'les:1', voter(1), 1);
    await new RedisRoomStore(a).vote(code, 'les:1', voter(2), 1);
    const endedAt = now + H;
    const ended = await dirB.end(me, code, endedAt);
    expect(ended).toEqual({ code, openedAt: now, endedAt, resultsUntil: endedAt + lifecycle.retentionMs });
    // Ending again changes nothing: one end record.
    expect(await dirA.end(me, code, endedAt + 5)).toEqual(ended);
    const ends = (await new RedisRoomStore(a).history(code)).filter((e) => e.record.k === 'end');
    expect(ends).toHaveLength(1);
    // Every key of the room expires at the end of the retention, to the millisecond.
    for (const key of await roomKeys(code)) expect(await a.pExpireTime(key)).toBe(endedAt + lifecycle.retentionMs);

    expect(await dirA.resultsCsv(me, code, endedAt)).toBe('\uFEFFvraag;antwoord;stemmen\r\nles:1;A;0\r\nles:1;B;2\r\n');
    expect(await dirA.resultsCsv(newOwner(), code, endedAt)).toBeNull();
    expect(await dirA.resultsCsv(me, code, endedAt + lifecycle.retentionMs)).toBeNull();
    expect(await dirA.list(me, endedAt + lifecycle.retentionMs)).toEqual([]);
    expect(await dirA.end(newOwner(), code, endedAt)).toBeNull();
  });

  it('drops rooms whose keys Redis has expired from the list', async () => {
    const me = newOwner();
    // Ended 31 days ago (by this clock): the expiry is in the past and Redis deletes the keys at once.
    const long = Date.now() - 31 * D;
    const { code } = await dirA.open(me, long);
    await dirA.end(me, code, long);
    expect(await roomKeys(code)).toEqual([]);
    expect(await dirA.list(me, Date.now())).toEqual([]);
    expect(await a.zCard(`vdl:organiser:{${me}}:rooms`)).toBe(0);
  });
});

describe('sweepRooms', () => {
  it('ends every room idle for a day and lets it expire after the retention', async () => {
    const me = newOwner();
    const first = await dirA.open(me, Date.now());
    const second = await dirA.open(me, Date.now());
    const later = Date.now() + lifecycle.idleMs + H;
    const report = await sweepRooms(a, lifecycle, later);
    expect(report.swept).toBe(true);
    expect(report.ended).toEqual(expect.arrayContaining([first.code, second.code]));
    expect((await lastActivity(a, first.code))?.endedAt).toBe(later);
    for (const key of await roomKeys(first.code)) expect(await a.pExpireTime(key)).toBe(later + lifecycle.retentionMs);
    const listed = await dirA.list(me, later);
    expect(listed.map((r) => [r.code, r.endedAt]).sort()).toEqual(
      [
        [first.code, later],
        [second.code, later],
      ].sort(),
    );
  });

  it('does not end a room with activity inside the idle time', async () => {
    const me = newOwner();
    const room = await dirA.open(me, Date.now());
    await new RedisRoomStore(b).vote(room.code, 'les:1', voter(1), 0);
    const report = await sweepRooms(a, lifecycle, Date.now() + lifecycle.idleMs - H);
    expect(report.ended).not.toContain(room.code);
    expect((await lastActivity(a, room.code))?.endedAt).toBeNull();
  });

  it('ends a room once when two processes sweep at the same moment, and one lease per period', async () => {
    const me = newOwner();
    const room = await dirA.open(me, Date.now());
    const at = Date.now() + 2 * lifecycle.idleMs;
    const [x, y] = await Promise.all([sweepRooms(a, lifecycle, at), sweepRooms(b, lifecycle, at)]);
    expect([x.ended.includes(room.code), y.ended.includes(room.code)].filter(Boolean)).toHaveLength(1);
    const ends = (await new RedisRoomStore(a).history(room.code)).filter((e) => e.record.k === 'end');
    expect(ends).toHaveLength(1);

    await a.del(SWEEP_LEASE_KEY);
    const [p, q] = await Promise.all([sweepRooms(a, lifecycle, at, 60_000), sweepRooms(b, lifecycle, at, 60_000)]);
    expect([p.swept, q.swept].sort()).toEqual([false, true]);
    expect(await a.pTTL(SWEEP_LEASE_KEY)).toBeGreaterThan(0);
    await a.del(SWEEP_LEASE_KEY);
  });

  it('an end record appended by anyone counts; the retention runs from its time', async () => {
    const store = new RedisRoomStore(a);
    const me = newOwner();
    const room = await dirA.open(me, Date.now());
    const t = Date.now() - 2 * D;
    await store.append({ k: 'end', room: room.code, t });
    expect(await endRoomOnce(b, room.code, Date.now())).toBe(false);
    const report = await sweepRooms(b, lifecycle, Date.now());
    expect(report.expiring).toContain(room.code);
    for (const key of await roomKeys(room.code)) expect(await a.pExpireTime(key)).toBe(t + lifecycle.retentionMs);
    expect((await dirA.list(me, Date.now()))[0]).toMatchObject({ endedAt: t, resultsUntil: t + lifecycle.retentionMs });
  });
});
