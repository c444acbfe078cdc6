/**
 * Redis mode's shared store against a real redis-server (started here on a free port of 127.0.0.1). Two
 * connections stand for two server processes: each has its own client, as two processes would.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectRedis, RedisRoomStore, type RedisConnection, type RoomEvent } from '../../../server/redis-room-store';
import { newRoomCode } from '../../../src/lib/live/secrets';
import { voter } from './helpers';
import { startRedis, type TestRedis } from './redis-helpers';

let redis: TestRedis;
let clients: RedisConnection[] = [];
let a: RedisRoomStore;
let b: RedisRoomStore;
/** A fresh room code per test, made as the server makes them. */
const newRoom = () => newRoomCode(randomBytes);

const PIN_LIMITS = { freeMisses: 1, firstDelayMs: 1_000, maxDelayMs: 60_000, lockAfter: 4 };

beforeAll(async () => {
  redis = await startRedis();
  clients = [await connectRedis(redis.url), await connectRedis(redis.url)];
  a = new RedisRoomStore(clients[0]!, PIN_LIMITS);
  b = new RedisRoomStore(clients[1]!, PIN_LIMITS);
}, 30_000);

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close().catch(() => undefined)));
  await redis?.stop();
});

/**
 * Resolves when `check` holds (a condition, not a clock), looking again every 10 ms so that waiting does not
 * spin a busy core; fails after `timeout` ms.
 */
async function until(check: () => Promise<boolean> | boolean, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((done) => setTimeout(done, 10));
  }
}

/** Kills Redis (-9), starts it from its append-only file, and waits until both clients have reconnected. */
async function crashAndRestartRedis(): Promise<void> {
  await redis.crash();
  await redis.restart();
  await until(async () => {
    try {
      return (await clients[0]!.ping()) === 'PONG' && (await clients[1]!.ping()) === 'PONG';
    } catch {
      return false;
    }
  }, 15_000);
}

describe('Redis room store', () => {
  it('opens a room once, with its PIN, and refuses the same code twice', async () => {
    const room = newRoom();
    await a.createRoom(room, '123456');
    expect(await b.pinOf(room)).toBe('123456');
    await expect(b.createRoom(room, '654321')).rejects.toThrow(/exists/);
    expect(await a.pinOf(newRoom())).toBeNull();
  });

  it('phones split across two processes: both read the same tally, and it holds every vote once', async () => {
    const room = newRoom();
    await a.createRoom(room, '111111');
    const outcomes = await Promise.all(
      Array.from({ length: 60 }, (_, i) => (i % 2 ? a : b).vote(room, 'deck:q1', voter(i), i % 3)),
    );
    expect(outcomes.every((o) => o.status === 'counted')).toBe(true);
    const fromA = await a.counts(room, 'deck:q1', 4);
    expect(fromA).toEqual([20, 20, 20, 0]);
    expect(await b.counts(room, 'deck:q1', 4)).toEqual(fromA);
    expect((await b.history(room)).filter((e) => e.record.k === 'vote')).toHaveLength(60);
  });

  it('the same participant voting on both processes at the same moment counts once', async () => {
    const room = newRoom();
    await a.createRoom(room, '222222');
    // 50 participants, each sending its vote to both processes at once (a reconnect racing a retry).
    const pairs = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        Promise.all([a.vote(room, 'deck:q1', voter(i), 0), b.vote(room, 'deck:q1', voter(i), 1)]),
      ),
    );
    for (const [first, second] of pairs) {
      expect([first.status, second.status].sort()).toEqual(['counted', 'duplicate']);
      // Both are told the one option that counts.
      expect(first.option).toBe(second.option);
    }
    const counts = await a.counts(room, 'deck:q1', 2);
    expect(counts[0]! + counts[1]!).toBe(50);
    expect((await a.history(room)).filter((e) => e.record.k === 'vote')).toHaveLength(50);
  });

  it('a phone that moves to the other process gets its votes back', async () => {
    const room = newRoom();
    await a.createRoom(room, '333333');
    await a.vote(room, 'deck:q1', voter(1), 2);
    await a.vote(room, 'quiz:q2', voter(1), 0);
    expect(await b.votesOf(room, voter(1))).toEqual({ 'deck:q1': 2, 'quiz:q2': 0 });
    expect(await b.vote(room, 'deck:q1', voter(1), 1)).toEqual({ status: 'duplicate', option: 2 });
  });

  it('a discarded question starts from zero, in the history too, and comes last in the results (as in the in-memory book)', async () => {
    const room = newRoom();
    await a.createRoom(room, '444444');
    await a.vote(room, 'deck:q1', voter(1), 1);
    await a.vote(room, 'deck:q2', voter(1), 0);
    await b.discard(room, 'deck:q1');
    expect(await a.counts(room, 'deck:q1', 2)).toEqual([0, 0]);
    expect(await a.vote(room, 'deck:q1', voter(1), 0)).toEqual({ status: 'counted', option: 0 });
    expect((await a.results(room)).map((r) => r.question)).toEqual(['deck:q2', 'deck:q1']);
    expect((await a.history(room)).map((e) => e.record.k)).toEqual(['room', 'vote', 'vote', 'reset', 'vote']);
  });

  it("relays one process's slide change and votes to the other, in order", async () => {
    const room = newRoom();
    await a.createRoom(room, '555555');
    const seen: RoomEvent[] = [];
    const stop = b.follow(room, '0', (event) => seen.push(event));
    try {
      await a.setState(room, 'deck:slide', '{"index":3}');
      await a.vote(room, 'deck:q1', voter(7), 1);
      await until(() => seen.length >= 3);
      expect(seen.map((e) => e.record.k)).toEqual(['room', 'state', 'vote']);
      expect(await b.state(room)).toEqual([expect.objectContaining({ key: 'deck:slide', json: '{"index":3}' })]);
    } finally {
      await stop();
    }
  });

  it('PIN misses spread over both processes lock the room once, and waits hold on the other process', async () => {
    const room = newRoom();
    await a.createRoom(room, '666666');
    const now = 1_000_000;
    expect((await a.pinMiss(room, '10.0.0.1', now)).lockedNow).toBe(false);
    expect(await b.pinCheck(room, '10.0.0.1', now)).toEqual({ ok: true });
    await b.pinMiss(room, '10.0.0.1', now);
    // Second miss from that address: past the free one, so it waits, on either process.
    expect(await a.pinCheck(room, '10.0.0.1', now + 10)).toMatchObject({ ok: false, reason: 'wait' });
    expect(await a.pinCheck(room, '10.0.0.2', now + 10)).toEqual({ ok: true });
    const locks = await Promise.all([a.pinMiss(room, '10.0.0.2', now), b.pinMiss(room, '10.0.0.3', now)]);
    expect(locks.filter((l) => l.lockedNow)).toHaveLength(1);
    expect(await a.pinCheck(room, '10.0.0.9', now)).toEqual({ ok: false, reason: 'locked' });
    await b.pinUnlock(room);
    expect(await a.pinCheck(room, '10.0.0.1', now)).toEqual({ ok: true });
  });

  it('Redis killed (-9) and restarted from its append-only file: the room goes on where it was', async () => {
    const room = newRoom();
    await a.createRoom(room, '777777');
    await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).vote(room, 'deck:q1', voter(i), i % 2)));
    await a.setState(room, 'deck:slide', '{"index":5}');
    const before = await a.history(room);

    await crashAndRestartRedis();

    expect(await b.pinOf(room)).toBe('777777');
    expect(await b.counts(room, 'deck:q1', 2)).toEqual([10, 10]);
    expect((await b.history(room)).map((e) => e.id)).toEqual(before.map((e) => e.id));
    expect(await b.state(room)).toEqual([expect.objectContaining({ json: '{"index":5}' })]);
    // And it takes votes again, once each.
    expect(await b.vote(room, 'deck:q1', voter(0), 1)).toEqual({ status: 'duplicate', option: 0 });
    expect(await a.vote(room, 'deck:q1', voter(99), 1)).toEqual({ status: 'counted', option: 1 });
    expect(await b.counts(room, 'deck:q1', 2)).toEqual([10, 11]);
  }, 30_000);

  it('a follower survives a Redis restart: it resumes after the last entry it saw, missing and doubling nothing', async () => {
    const room = newRoom();
    await a.createRoom(room, '999999');
    const seen: RoomEvent[] = [];
    const stop = b.follow(room, '0', (event) => seen.push(event));
    try {
      await Promise.all(Array.from({ length: 10 }, (_, i) => a.vote(room, 'deck:q1', voter(i), 0)));
      await until(() => seen.length >= 11);
      await crashAndRestartRedis();
      // Votes taken after the restart reach the follower too (its reader reconnects by itself).
      await Promise.all(Array.from({ length: 10 }, (_, i) => a.vote(room, 'deck:q1', voter(100 + i), 1)));
      await until(() => seen.length >= 21, 15_000);
      const votes = seen.filter((e) => e.record.k === 'vote').map((e) => (e.record as { voter: string }).voter);
      expect(votes).toHaveLength(20);
      expect(new Set(votes).size).toBe(20);
      expect(seen.map((e) => e.id)).toEqual((await a.history(room)).map((e) => e.id));
    } finally {
      await stop();
    }
  }, 30_000);

  it('refuses records the journal would refuse, and reads back only valid entries', async () => {
    const room = newRoom();
    await a.createRoom(room, '888888');
    await expect(a.vote(room, 'deck:q1', 'not a token', 0)).rejects.toThrow(RangeError);
    await expect(a.vote(room, 'deck:q1', voter(1), -1)).rejects.toThrow(RangeError);
    await expect(a.vote(room, 'deck:q1', voter(1), Number.NaN)).rejects.toThrow(RangeError);
    // Something else wrote to the stream (another tool, a bad hand edit): it is not taken for a record.
    await clients[0]!.xAdd(`vdl:{${room}}:events`, '*', { r: '{"k":"vote","room":"<b>"}' });
    await clients[0]!.xAdd(`vdl:{${room}}:events`, '*', { r: 'not json' });
    await clients[0]!.hSet(`vdl:{${room}}:counts:deck:q1`, 'NaN', 'x');
    expect((await a.history(room)).map((e) => e.record.k)).toEqual(['room']);
    expect(await a.counts(room, 'deck:q1', 2)).toEqual([0, 0]);
  });
});
