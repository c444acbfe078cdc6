/**
 * The organisers' rooms in Redis (issue 26): every process of the hosted service sees the same list.
 *
 * - A room is opened with `RedisRoomStore.createRoom` (so every live-server process serves it), plus a small
 *   hash `vdl:{code}:organiser` (owner, opened at) that expires with the room's other keys.
 * - The owner's list is a sorted set `vdl:organiser:{owner}:rooms` (score: opened at); codes whose room has
 *   expired are dropped from it when it is read.
 * - Ended or not, and since when, is read from the room's stream (`room-lifecycle-redis.ts`), so a room the
 *   sweeper or another process ended shows as ended here too.
 */
import { randomBytes } from 'node:crypto';
import { resultsCsv } from '../src/lib/live/csv';
import { resultsUntil, type Lifecycle } from '../src/lib/live/room-lifecycle';
import { newPin, newRoomCode } from '../src/lib/live/secrets';
import type { RedisConnection, RedisRoomStore } from './redis-room-store';
import { newestFirst, type DirectoryRoom, type RoomDirectory } from './room-directory';
import { endRoomOnce, expireRoom, lastActivity, roomKey } from './room-lifecycle-redis';

const ownerKey = (owner: string) => `vdl:organiser:{${owner}}:rooms`;

export class RedisRoomDirectory implements RoomDirectory {
  constructor(
    private readonly redis: RedisConnection,
    private readonly store: RedisRoomStore,
    private readonly lifecycle: Lifecycle,
  ) {}

  async open(owner: string, now: number) {
    // A code already taken (a chance of about one in a billion) is drawn again.
    for (let attempt = 0; ; attempt++) {
      const code = newRoomCode(randomBytes);
      const pin = newPin(randomBytes);
      try {
        await this.store.createRoom(code, pin, now);
      } catch (error) {
        if (attempt < 5 && /exists already/.test(String(error))) continue;
        throw error;
      }
      await this.redis.hSet(roomKey(code, 'organiser'), { owner, openedAt: String(now) });
      await this.redis.zAdd(ownerKey(owner), { score: now, value: code });
      return { code, pin, openedAt: now };
    }
  }

  async end(owner: string, code: string, now: number) {
    const room = await this.room(owner, code);
    if (!room) return null;
    if (room.endedAt === null) {
      await endRoomOnce(this.redis, code, now);
      return this.retain(owner, code);
    }
    return room;
  }

  async list(owner: string, now: number) {
    const codes = await this.redis.zRange(ownerKey(owner), 0, -1);
    const rooms: DirectoryRoom[] = [];
    for (const code of codes) {
      const room = await this.room(owner, code);
      if (room && (room.resultsUntil === null || now < room.resultsUntil)) rooms.push(room);
      else if (!room) await this.redis.zRem(ownerKey(owner), code);
    }
    return rooms.sort(newestFirst);
  }

  async resultsCsv(owner: string, code: string, now: number) {
    const room = await this.room(owner, code);
    if (!room || (room.resultsUntil !== null && now >= room.resultsUntil)) return null;
    return resultsCsv(await this.store.results(code));
  }

  /** After an end: every key of the room expires at the end of the retention. */
  private async retain(owner: string, code: string) {
    const room = await this.room(owner, code);
    if (room?.resultsUntil != null) await expireRoom(this.redis, code, room.resultsUntil);
    return room;
  }

  /** The owner's room as it stands in Redis; null when it is gone or another key's. */
  private async room(owner: string, code: string): Promise<DirectoryRoom | null> {
    const meta = await this.redis.hGetAll(roomKey(code, 'organiser'));
    if (meta['owner'] !== owner) return null;
    const last = await lastActivity(this.redis, code);
    if (!last) return null;
    const openedAt = Number(meta['openedAt']);
    return {
      code,
      openedAt: Number.isFinite(openedAt) ? openedAt : last.at,
      endedAt: last.endedAt,
      resultsUntil: last.endedAt === null ? null : resultsUntil(last.endedAt, this.lifecycle),
    };
  }
}
