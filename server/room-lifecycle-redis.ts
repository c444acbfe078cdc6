// cspell:words XREVRANGE XADD PEXPIREAT cjson pcall
/**
 * A hosted room's lifecycle in Redis (issue 26), shared by the organiser API and the idle sweeper: when the
 * room was last active, ending it once, and letting its keys expire after the retention.
 *
 * - Last activity = the time of the last entry in the room's stream (stream ids are millisecond times); the
 *   room ended when that entry is an `end` record (the contract between the issue-26 branches: anyone ends a
 *   room by appending `{k:'end'}`, and every process that follows it tells its clients).
 * - Ending is one Lua script that appends the `end` record only when the last entry is not one already (and,
 *   for the sweeper, only when the room is still idle): two sweepers, or a sweeper and an organiser, at the
 *   same moment end a room once.
 * - Expiry: `PEXPIREAT` on every key of the room (`vdl:{code}:*`, found with SCAN; the braces put them in
 *   one slot), so Redis itself deletes votes and history when the retention ends. Setting it again is harmless.
 */
import { parseRecord, type JournalRecord } from '../src/lib/live/journal';
import { streamIdTime } from '../src/lib/live/room-lifecycle';
import type { RedisConnection } from './redis-room-store';

/** A key of a room, named as `redis-room-store.ts` names them. */
export const roomKey = (code: string, part: string) => `vdl:{${code}}:${part}`;

/**
 * KEYS: the room's stream. ARGV: the `end` record as JSON; a cutoff in ms (0: none): when the last entry is
 * at or after it, the room is active again and is not ended. Returns 1 when this call ended the room.
 */
const END_SCRIPT = `
local last = redis.call('XREVRANGE', KEYS[1], '+', '-', 'COUNT', 1)[1]
if last then
  local fields = last[2]
  for i = 1, #fields, 2 do
    if fields[i] == 'r' then
      local ok, record = pcall(cjson.decode, fields[i + 1])
      if ok and type(record) == 'table' and record.k == 'end' then return 0 end
    end
  end
  local cutoff = tonumber(ARGV[2])
  local at = tonumber(string.match(last[1], '^(%d+)'))
  if cutoff > 0 and at >= cutoff then return 0 end
end
redis.call('XADD', KEYS[1], '*', 'r', ARGV[1])
return 1
`;

/** The room's last activity (ms) and, when its last entry is an `end`, the end's time; null: no such stream. */
export async function lastActivity(
  redis: RedisConnection,
  code: string,
): Promise<{ at: number; endedAt: number | null } | null> {
  const last = (await redis.xRevRange(roomKey(code, 'events'), '+', '-', { COUNT: 1 }))?.[0];
  if (!last) return null;
  const at = streamIdTime(last.id) ?? 0;
  let record: JournalRecord | null = null;
  try {
    record = parseRecord(JSON.parse(last.message['r'] ?? ''));
  } catch {
    record = null;
  }
  return { at, endedAt: record?.k === 'end' ? record.t : null };
}

/**
 * Ends the room unless it has ended already (or, with `activeSince`, unless it was active at or after that
 * time). Returns whether this call ended it.
 */
export async function endRoomOnce(redis: RedisConnection, code: string, now: number, activeSince = 0) {
  const record: JournalRecord = { k: 'end', room: code, t: now };
  if (!parseRecord(record)) throw new RangeError(`invalid room ${code}`);
  const ended = await redis.eval(END_SCRIPT, {
    keys: [roomKey(code, 'events')],
    arguments: [JSON.stringify(record), String(Math.max(0, Math.floor(activeSince)))],
  });
  return ended === 1;
}

/** Every key of the room expires at `at` (ms): Redis deletes its votes and history then. */
export async function expireRoom(redis: RedisConnection, code: string, at: number): Promise<number> {
  let keys = 0;
  for await (const batch of redis.scanIterator({ MATCH: roomKey(code, '*'), COUNT: 100 })) {
    await Promise.all(batch.map((key) => redis.pExpireAt(key, at)));
    keys += batch.length;
  }
  return keys;
}

/** The codes of every room that exists in Redis (its `room` hash), in batches. */
export async function* everyRoom(redis: RedisConnection): AsyncGenerator<string[]> {
  for await (const batch of redis.scanIterator({ MATCH: 'vdl:{*}:room', COUNT: 200 })) {
    const codes = batch.map((key) => /^vdl:\{([a-z0-9]+)\}:room$/.exec(key)?.[1]).filter((c) => c !== undefined);
    if (codes.length > 0) yield codes;
  }
}
