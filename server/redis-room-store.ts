// cspell:words HGET HINCRBY HSET ipairs XADD ZADD ZRANGE ZREM ZSCORE tonumber
/**
 * Live rooms kept in Redis, so that any number of identical server processes can share them (issue 26).
 *
 * What each process may do with a room is decided in Redis, never in one process's memory:
 * - Votes: once per participant (voter token) per question, decided by one Lua script that checks the voter,
 *   counts the option and appends the vote to the room's event stream in one step. Two processes that get
 *   the same participant's vote at the same moment: Redis runs one script after the other, the second one
 *   sees the first vote and reports a duplicate.
 * - The room's history is a Redis stream (`XADD`), one per room, in the shape of the local journal's records
 *   (`src/lib/live/journal.ts`); a process reads it back with `history()` and follows it with `follow()`:
 *   that is how a slide change or a vote made on one process reaches the sockets of every other process.
 *   A stream, not pub/sub: a follower that lost its connection resumes after the last entry it saw, so it
 *   misses nothing (the trade-off in `../shared/notes/live-scale.md`).
 * - The room's latest state (slide, reveals) is a hash next to the stream, so a (re)joining client gets a
 *   snapshot without replaying the history.
 * - PIN attempts: misses per address and per room are counted in Redis, so ten wrong tries spread over two
 *   processes lock the room as ten on one would (the same `PinLimits` and `pinDelay` as `pin-guard.ts`).
 *
 * Keys carry the room code in braces (`vdl:{code}:…`): every key of a room hashes to one slot, which a
 * Redis Cluster needs for the scripts. Entries read back are validated (`parseRecord`) like journal lines.
 *
 * Every history entry may carry its origin (`o`: which process and socket wrote it), so that the process that
 * wrote an entry and reads it back from its own follower knows it was its own (`redis-live-backend.ts`).
 * The live server uses this store through `redis-backend.ts` when `LIVE_REDIS_URL` is set.
 */
import { createClient } from 'redis';
import { parseRecord, type JournalRecord } from '../src/lib/live/journal';
import { PIN_LIMITS, pinDelay, type PinCheck, type PinLimits } from '../src/lib/live/pin-guard';
import type { VoteOutcome } from '../src/lib/live/vote-book';

/** A connected client, as `connectRedis` makes it. */
export type RedisConnection = Awaited<ReturnType<typeof connectRedis>>;

/** A history entry: its stream id (to resume after) and the record. */
export interface RoomEvent {
  id: string;
  record: JournalRecord;
  /** Who wrote it (`process:socket`), when the writer said so. */
  origin?: string;
}

const key = (room: string, part: string) => `vdl:{${room}}:${part}`;
const votersKey = (room: string, question: string) => key(room, `voters:${question}`);
const countsKey = (room: string, question: string) => key(room, `counts:${question}`);

/**
 * KEYS: voters hash, counts hash, questions (sorted set: first-vote order), event stream, question counter.
 * ARGV: voter, option, question, the vote record as JSON, origin. Returns {1 counted | 0 duplicate, option}.
 */
const VOTE_SCRIPT = `
local earlier = redis.call('HGET', KEYS[1], ARGV[1])
if earlier then return {0, tonumber(earlier)} end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('HINCRBY', KEYS[2], ARGV[2], 1)
if not redis.call('ZSCORE', KEYS[3], ARGV[3]) then redis.call('ZADD', KEYS[3], redis.call('INCR', KEYS[5]), ARGV[3]) end
redis.call('XADD', KEYS[4], '*', 'r', ARGV[4], 'o', ARGV[5])
return {1, tonumber(ARGV[2])}
`;

/** KEYS: voters hash, counts hash, questions, stream. ARGV: question, the reset record, origin. Atomic with the history. */
const DISCARD_SCRIPT = `
redis.call('DEL', KEYS[1], KEYS[2])
redis.call('ZREM', KEYS[3], ARGV[1])
redis.call('XADD', KEYS[4], '*', 'r', ARGV[2], 'o', ARGV[3])
return 1
`;

/**
 * KEYS: misses per address (hash), the room's total misses, the lock flag. ARGV: address, now, lockAfter.
 * Returns {the address's misses, 1 when this miss locked the room}. The caller stores the address's wait
 * afterwards (computed with `pinDelay`); the counts, which decide the lock, are atomic.
 */
const PIN_MISS_SCRIPT = `
local misses = redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
local total = redis.call('INCR', KEYS[2])
local lockedNow = 0
if total >= tonumber(ARGV[3]) and redis.call('SET', KEYS[3], '1', 'NX') then lockedNow = 1 end
return {misses, lockedNow}
`;

/**
 * KEYS: the questions (sorted set). ARGV: voter, the voters-hash key without its question. Returns the voter's
 * {question, option, …} in question order. Reads only keys of the same room (one hash slot).
 */
const VOTES_OF_SCRIPT = `
local result = {}
for _, question in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  local option = redis.call('HGET', ARGV[2] .. question, ARGV[1])
  if option then
    table.insert(result, question)
    table.insert(result, option)
  end
end
return result
`;

/**
 * Connects to `url` (redis://host:port); the caller closes it with `close()`. While Redis is away, commands
 * fail at once (no offline queue: a voter hears `not-saved` rather than wait) and the client reconnects by
 * itself every 100 ms to 1 s.
 */
export async function connectRedis(url: string) {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: { reconnectStrategy: (retries: number) => Math.min(100 * (retries + 1), 1_000) },
  });
  // Errors reach the commands that fail; the event must have a listener or Node ends the process.
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** Rooms, votes, history and PIN attempts of every live room, in one Redis shared by every process. */
export class RedisRoomStore {
  constructor(
    private readonly redis: RedisConnection,
    private readonly pinLimits: PinLimits = PIN_LIMITS,
  ) {}

  /** The connection under this store: the organiser API and the sweeper use the live server's (one per process). */
  get connection(): RedisConnection {
    return this.redis;
  }

  /** Opens a room: its PIN in the room hash, and the `room` record first in its history. */
  async createRoom(room: string, pin: string, t = Date.now()): Promise<void> {
    const record: JournalRecord = { k: 'room', room, pin, t };
    if (!parseRecord(record)) throw new RangeError(`invalid room ${room}`);
    const created = await this.redis.hSetNX(key(room, 'room'), 'pin', pin);
    if (!created) throw new Error(`room ${room} exists already`);
    await this.append(record);
  }

  /** The room's PIN, or null when there is no such room. */
  async pinOf(room: string): Promise<string | null> {
    return (await this.redis.hGet(key(room, 'room'), 'pin')) ?? null;
  }

  /** Records a vote once per voter per question, atomically across processes; the history gets it too. */
  async vote(
    room: string,
    question: string,
    voter: string,
    option: number,
    t = Date.now(),
    origin = '',
  ): Promise<VoteOutcome> {
    const record: JournalRecord = { k: 'vote', room, q: question, o: option, voter, t };
    if (!parseRecord(record)) throw new RangeError(`invalid vote ${JSON.stringify(record)}`);
    const reply = (await this.redis.eval(VOTE_SCRIPT, {
      keys: [
        votersKey(room, question),
        countsKey(room, question),
        key(room, 'questions'),
        key(room, 'events'),
        key(room, 'question-seq'),
      ],
      arguments: [voter, String(option), question, JSON.stringify(record), origin],
    })) as [number, number];
    return { status: reply[0] === 1 ? 'counted' : 'duplicate', option: reply[1] };
  }

  /** Discards every vote on a question (the trainer starts it over); the history gets a `reset`. */
  async discard(room: string, question: string, t = Date.now(), origin = ''): Promise<void> {
    const record: JournalRecord = { k: 'reset', room, q: question, t };
    await this.redis.eval(DISCARD_SCRIPT, {
      keys: [votersKey(room, question), countsKey(room, question), key(room, 'questions'), key(room, 'events')],
      arguments: [question, JSON.stringify(record), origin],
    });
  }

  /** Counts per option, padded with zeros to `options` entries (as `VoteBook.counts`). */
  async counts(room: string, question: string, options = 0): Promise<number[]> {
    const stored = await this.redis.hGetAll(countsKey(room, question));
    const counts: number[] = [];
    for (const [option, count] of Object.entries(stored)) {
      const index = Number(option);
      const n = Number(count);
      // Only what the vote script writes is counted: a stray field never turns a tally into NaN.
      if (!Number.isInteger(index) || index < 0 || index > 64 || !Number.isInteger(n) || n < 0) continue;
      while (counts.length <= index) counts.push(0);
      counts[index] = n;
    }
    while (counts.length < options) counts.push(0);
    return counts;
  }

  /** The option a voter chose per question (a reconnecting phone gets its votes back, on any process). */
  async votesOf(room: string, voter: string): Promise<Record<string, number>> {
    // One round trip (a joining phone waits for it): the script reads the questions and the voter's options.
    const reply = (await this.redis.eval(VOTES_OF_SCRIPT, {
      keys: [key(room, 'questions')],
      arguments: [voter, votersKey(room, '')],
    })) as string[];
    const result: Record<string, number> = {};
    for (let i = 0; i + 1 < reply.length; i += 2) {
      const option = Number(reply[i + 1]);
      if (Number.isInteger(option)) result[reply[i]!] = option;
    }
    return result;
  }

  /** Every question with its counts, in the order the questions first got a vote (as `VoteBook.results`). */
  async results(room: string): Promise<{ question: string; counts: number[] }[]> {
    const questions = await this.redis.zRange(key(room, 'questions'), 0, -1);
    return Promise.all(questions.map(async (question) => ({ question, counts: await this.counts(room, question) })));
  }

  /** Keeps a participant-facing state key (slide, reveal) as the latest value and in the history. */
  async setState(room: string, stateKey: string, json: string, t = Date.now(), origin = ''): Promise<void> {
    const record: JournalRecord = { k: 'state', room, key: stateKey, json, t };
    if (!parseRecord(record)) throw new RangeError(`invalid state ${stateKey}`);
    await this.redis
      .multi()
      .hSet(key(room, 'state'), stateKey, JSON.stringify(record))
      .xAdd(key(room, 'events'), '*', { r: JSON.stringify(record), o: origin })
      .exec();
  }

  /** The latest state entries, for a snapshot to a (re)joining client. */
  async state(room: string): Promise<{ key: string; json: string; t: number }[]> {
    const stored = await this.redis.hGetAll(key(room, 'state'));
    const entries: { key: string; json: string; t: number }[] = [];
    for (const text of Object.values(stored)) {
      const record = parseJson(text);
      if (record?.k === 'state') entries.push({ key: record.key, json: record.json, t: record.t });
    }
    return entries;
  }

  /** Appends a record of any kind to the room's history (poll opened, door closed, room ended). */
  async append(record: JournalRecord, origin = ''): Promise<string> {
    if (!parseRecord(record)) throw new RangeError(`invalid record ${JSON.stringify(record)}`);
    return this.redis.xAdd(key(record.room, 'events'), '*', { r: JSON.stringify(record), o: origin });
  }

  /** The room's history after the entry `after` ('0': from the start), in order; invalid entries are left out. */
  async history(room: string, after = '0'): Promise<RoomEvent[]> {
    const entries = await this.redis.xRange(key(room, 'events'), after === '0' ? '-' : `(${after}`, '+');
    return toEvents(entries);
  }

  /**
   * Follows the room's history from after `after` on a connection of its own (a blocking read holds it),
   * calling `onEvent` for each new entry in order. A lost connection resumes after the last entry seen.
   * Returns a function that stops following.
   */
  follow(room: string, after: string, onEvent: (event: RoomEvent) => void): () => Promise<void> {
    const reader = this.redis.duplicate();
    reader.on('error', () => undefined);
    let last = after;
    let stopped = false;
    const loop = (async () => {
      await reader.connect();
      while (!stopped) {
        try {
          const reply = await reader.xRead({ key: key(room, 'events'), id: last }, { BLOCK: 500, COUNT: 500 });
          for (const stream of (reply as StreamReply[] | null) ?? []) {
            for (const event of toEvents(stream.messages)) {
              last = event.id;
              onEvent(event);
            }
          }
        } catch {
          // Redis restarting or the connection lost: the client reconnects; read again after `last`.
          if (!stopped) await new Promise((done) => setTimeout(done, 100));
        }
      }
    })();
    return async () => {
      stopped = true;
      // Not waiting for the blocking read to time out: closing the connection ends it now.
      try {
        reader.destroy();
      } catch {
        // Not connected yet, or already gone: nothing to end.
      }
      await loop.catch(() => undefined);
    };
  }

  /** Whether a PIN try from `address` may go ahead: the lock and the waits hold across processes. */
  async pinCheck(room: string, address: string, now: number): Promise<PinCheck> {
    const [locked, until] = await Promise.all([
      this.redis.get(key(room, 'pin-locked')),
      this.redis.hGet(key(room, 'pin-until'), address),
    ]);
    if (locked) return { ok: false, reason: 'locked' };
    if (!Number.isFinite(now)) return { ok: false, reason: 'wait', retryInMs: this.pinLimits.firstDelayMs };
    const waitUntil = Number(until ?? 0);
    if (Number.isFinite(waitUntil) && now < waitUntil) return { ok: false, reason: 'wait', retryInMs: waitUntil - now };
    return { ok: true };
  }

  /** Records a wrong PIN; returns whether this miss locked the room (exactly one miss does, on any process). */
  async pinMiss(room: string, address: string, now: number): Promise<{ lockedNow: boolean }> {
    const [misses, lockedNow] = (await this.redis.eval(PIN_MISS_SCRIPT, {
      keys: [key(room, 'pin-misses'), key(room, 'pin-total'), key(room, 'pin-locked')],
      arguments: [address, String(now), String(this.pinLimits.lockAfter)],
    })) as [number, number];
    const until = (Number.isFinite(now) ? now : 0) + pinDelay(misses, this.pinLimits);
    await this.redis.hSet(key(room, 'pin-until'), address, String(until));
    return { lockedNow: lockedNow === 1 };
  }

  /** A right PIN: that address starts afresh. */
  async pinHit(room: string, address: string): Promise<void> {
    await Promise.all([
      this.redis.hDel(key(room, 'pin-misses'), address),
      this.redis.hDel(key(room, 'pin-until'), address),
    ]);
  }

  /** The trainer lifts the lock and every wait. */
  async pinUnlock(room: string): Promise<void> {
    await this.redis.del([
      key(room, 'pin-locked'),
      key(room, 'pin-total'),
      key(room, 'pin-misses'),
      key(room, 'pin-until'),
    ]);
  }
}

interface StreamReply {
  name: string;
  messages: { id: string; message: Record<string, string> }[];
}

function parseJson(text: string): JournalRecord | null {
  try {
    return parseRecord(JSON.parse(text));
  } catch {
    return null;
  }
}

function toEvents(
  entries: readonly ({ id: string; message: Record<string, string> | null } | null)[] | null,
): RoomEvent[] {
  const events: RoomEvent[] = [];
  for (const entry of entries ?? []) {
    const record = parseJson(entry?.message?.['r'] ?? '');
    const origin = entry?.message?.['o'];
    if (record && entry) events.push({ id: entry.id, record, ...(origin ? { origin } : {}) });
  }
  return events;
}
