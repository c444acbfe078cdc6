/**
 * The Redis mode's rooms (`RoomBackend`, `redisUrl` / `LIVE_REDIS_URL` in main.ts): any number of identical
 * processes share every room through Redis (the connection and its parts: `redis-live-backend.ts`). There is
 * no local journal: a room's history is its Redis stream.
 *
 * - A room is loaded on its first join (its history replayed by the same rules as the journal) and followed
 *   (`store.follow`) while this process serves it; a room nobody here used for `UNLOAD_AFTER_MS` is let go.
 * - Every room change (vote, slide, poll, door, reset, end) is written to Redis first and applied when it
 *   comes back from the stream, on every process alike, the writer included, so each process applies each
 *   entry once and in the same order.
 * - Votes are decided by the store's Lua script (once per participant per question, atomically) and
 *   acknowledged when Redis answered: "on disk" then means Redis with `appendfsync always`.
 * - PIN attempts, newcomers per address and sockets per address are counted in Redis; the projectors count
 *   the participants of every process (`redis-presence.ts`).
 * - Redis unreachable: voters hear `not-saved`, hosts are warned, the process goes on and picks up again when
 *   the client has reconnected.
 */
// cspell:words appendfsync journaled
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { isRoomCode } from '../src/lib/island-sync/live-protocol';
import type { JournalRecord } from '../src/lib/live/journal';
import type { NewcomerLimits } from '../src/lib/live/newcomer-guard';
import type { PinLimits } from '../src/lib/live/pin-guard';
import { newPin, newRoomCode } from '../src/lib/live/secrets';
import { JOURNALED_KEY, participantCount, toHosts, type Room } from './live-room';
import { MAX_SAMPLES } from './live-metrics';
import { openRedisBackend } from './redis-live-backend';
import type { RoomEvent } from './redis-room-store';
import type { HealthWords, RoomBackend, RoomHost } from './room-backend';

/** How often the participants on other processes are read for the projectors. */
const PRESENCE_EVERY_MS = 1_000;
/** A room without sockets here for this long is no longer followed (loaded again on a join). */
const UNLOAD_AFTER_MS = 60_000;

const WORDS: HealthWords = {
  back: 'De opslag werkt weer: stemmen worden weer bewaard.',
  lost: 'Let op: de stemmen kunnen nu niet worden opgeslagen (opslag onbereikbaar). Even geduld.',
  logBack: 'redis: answering again; votes are saved again',
  // The client reconnects by itself; the followers read on after the last entry they saw.
  logLost: (error) => `!!! redis: NOT answering (${error}): votes are NOT saved until it is back`,
};

/** Connects to Redis at `url` (fails when it cannot: a process in Redis mode without Redis serves nothing). */
export async function openRedisRoomBackend(
  host: RoomHost,
  options: { url: string; pinLimits: PinLimits; newcomerLimits: NewcomerLimits },
): Promise<RoomBackend> {
  const { rooms, log } = host;
  const redis = await openRedisBackend(options.url, options);
  const { store } = redis;
  let closed = false;
  /** Whether each room's PIN is locked, as last heard from Redis. */
  const pinLocks = new Map<string, boolean>();
  /** How to stop following each loaded room's stream. */
  const following = new Map<string, () => Promise<void>>();
  /** Rooms being loaded (a second join waits for the first load). */
  const loading = new Map<string, Promise<Room | null>>();
  /** When a vote of this process arrived (for the server's share of the latency), by room/q/voter. */
  const arrivals = new Map<string, number>();

  const answered = () => host.health(true);
  const failed = (error: unknown) => {
    host.note('redis', (n, seconds) => `redis: ${n} write(s) failed in ${seconds} s (${String(error)})`);
    host.health(false, String(error));
  };
  redis.onHealth((ok, error) => host.health(ok, error));

  /** One entry of a room's stream, applied once, on every process alike (the writer too). */
  const applyEvent = (room: Room, { record, origin }: RoomEvent) => {
    const counted = host.apply(room, record, redis.ownConn(origin));
    if (record.k !== 'vote' || !counted) return;
    const key = `${room.code} ${record.q} ${record.voter}`;
    const at = arrivals.get(key);
    arrivals.delete(key);
    if (at !== undefined) room.tallies.arrived(at);
  };

  const load = async (code: string): Promise<Room | null> => {
    const pin = await store.pinOf(code);
    if (!pin || closed) return null;
    const history = await store.history(code);
    if (rooms.has(code)) return rooms.get(code)!;
    const room = host.addRoom(code, pin);
    for (const event of history) host.replay(room, event.record);
    const locked = await store.pinCheck(code, '', Date.now());
    pinLocks.set(code, !locked.ok && locked.reason === 'locked');
    following.set(
      code,
      store.follow(code, history.at(-1)?.id ?? '0', (event) => {
        try {
          applyEvent(room, event);
        } catch (error) {
          log(`error applying ${event.id} of room ${code}: ${String(error)}`);
        }
      }),
    );
    return room;
  };

  // The projectors count everyone in the room (all processes), and rooms nobody here uses any more stop
  // being followed (a hosted service sees many rooms come and go).
  const shared = setInterval(() => {
    const now = Date.now();
    for (const room of rooms.values()) {
      if (room.hosts.size === 0 && room.voters.size === 0 && now - room.lastUsed > UNLOAD_AFTER_MS) {
        rooms.delete(room.code);
        void following.get(room.code)?.();
        following.delete(room.code);
        pinLocks.delete(room.code);
        continue;
      }
      if (room.hosts.size === 0) continue;
      redis.presence.others(room.code).then((others) => {
        if (others === room.othersPresent) return;
        room.othersPresent = others;
        toHosts(room, { kind: 'count', participants: participantCount(room) });
      }, failed);
    }
  }, PRESENCE_EVERY_MS);

  const backend: RoomBackend = {
    mode: 'redis',
    behindProxy: true,
    redisStore: store,
    words: WORDS,
    loadRoom(code) {
      let loaded = loading.get(code);
      if (!loaded) {
        loaded = load(code).finally(() => loading.delete(code));
        loading.set(code, loaded);
      }
      return loaded;
    },
    knowsRoom: async (code) => isRoomCode(code) && (await store.pinOf(code)) !== null,
    createRoom() {
      throw new Error('Redis mode: open rooms with openRoom()');
    },
    async openRoom() {
      for (;;) {
        const code = newRoomCode(randomBytes);
        const pin = newPin(randomBytes);
        try {
          await store.createRoom(code, pin);
        } catch (error) {
          // Another process drew the same code (HSETNX refused it): draw again; anything else is a failure.
          if ((await store.pinOf(code)) !== null) continue;
          throw error;
        }
        if (!rooms.has(code)) await backend.loadRoom(code);
        return { code, pin };
      }
    },
    // Anyone may end any room; every process that serves it tells its clients.
    endRoom: (code, next) =>
      store
        .append({ k: 'end', room: code, ...(next ? { next } : {}), t: Date.now() }, redis.origin())
        .then(() => undefined),
    append(_room, record, conn) {
      store.append(record, redis.origin(conn?.id)).then(answered, failed);
    },
    changeState(room, stamped, conn) {
      // Every process's hosts need it, host-only keys too: all of it goes through the stream; the
      // participant keys also into the state hash (the room's latest state for whoever reads Redis).
      const origin = redis.origin(conn.id);
      const record: JournalRecord = { k: 'state', room: room.code, ...stamped };
      const written = JOURNALED_KEY.test(stamped.key)
        ? store.setState(room.code, stamped.key, stamped.json, stamped.t, origin)
        : store.append(record, origin);
      written.then(answered, failed);
    },
    /**
     * The store's script decides (once per participant per question, whichever process asks) and writes the
     * vote to the stream; the voter hears once Redis answered, the hosts when the follower reads it.
     */
    vote(conn, room, question, option) {
      const voter = conn.voter!;
      const key = `${room.code} ${question} ${voter}`;
      if (!arrivals.has(key) && arrivals.size < MAX_SAMPLES) arrivals.set(key, performance.now());
      store.vote(room.code, question, voter, option, Date.now(), redis.origin(conn.id)).then(
        (outcome) => {
          if (outcome.status === 'duplicate') arrivals.delete(key);
          answered();
          host.send(conn, { kind: 'voted', question, option: outcome.option });
        },
        (error: unknown) => {
          arrivals.delete(key);
          host.stats.notSaved++;
          failed(error);
          host.send(conn, { kind: 'error', code: 'not-saved' });
        },
      );
    },
    reset(room, question, t) {
      // The discard and its history entry are one step in Redis; the followers apply both.
      const poll = room.polls.get(question);
      const reopen = poll && !poll.open;
      store.discard(room.code, question, t, redis.origin()).then(() => {
        if (reopen) backend.append(room, { k: 'poll', room: room.code, q: question, n: poll.options, open: true, t });
        answered();
      }, failed);
    },
    unlockPin(room) {
      store.pinUnlock(room.code).then(() => {
        pinLocks.set(room.code, false);
        host.tellHosts(room);
      }, failed);
    },
    pinLocked: (room) => pinLocks.get(room.code) ?? false,
    async pinCheck(room, address, now) {
      const check = await store.pinCheck(room.code, address, now);
      // What Redis says now (another process's trainer may have lifted the lock meanwhile).
      pinLocks.set(room.code, !check.ok && check.reason === 'locked');
      return check;
    },
    pinHit: (room, address) => store.pinHit(room.code, address),
    async pinMiss(room, address, now) {
      const { lockedNow } = await store.pinMiss(room.code, address, now);
      if (lockedNow) pinLocks.set(room.code, true);
      return { lockedNow, misses: options.pinLimits.lockAfter };
    },
    admitNewcomer: (address, now) => redis.newcomers.admit(address, now),
    votesOf: (room, voter) => store.votesOf(room.code, voter),
    socketsOf: (address) => redis.sockets.count(address).catch(() => 0),
    socketsChanged: (address, delta) => redis.sockets.change(address, delta),
    participantsChanged(room) {
      room.lastUsed = Date.now();
      redis.presence.set(room.code, room.voters.size).catch(() => undefined);
    },
    beforeTallies: () => undefined,
    storeUnreachable(error) {
      failed(error);
      return true;
    },
    async drain() {
      closed = true;
      clearInterval(shared);
      await Promise.all([...following.values()].map((stop) => stop()));
    },
    close: () => redis.close(),
  };
  return backend;
}
