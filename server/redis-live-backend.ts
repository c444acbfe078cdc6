/**
 * What a live-server process needs in Redis mode (`LIVE_REDIS_URL`), in one place: the connection, the shared
 * room store (votes, history, PIN attempts), the newcomer limit and the sockets per address across processes,
 * participants per room on the other processes, who this process is (`processId`, for the origin of the entries it writes) and whether Redis answers.
 *
 * The origin (`process:socket`) travels with each history entry: every process applies what it reads from a
 * room's stream once, including what it wrote itself, and a state change is not echoed to the host that sent
 * it (`ownConn`).
 */
import { randomBytes } from 'node:crypto';
import type { NewcomerLimits } from '../src/lib/live/newcomer-guard';
import type { PinLimits } from '../src/lib/live/pin-guard';
import { RedisNewcomerLimit } from './redis-newcomer-limit';
import { RedisPresence } from './redis-presence';
import { connectRedis, RedisRoomStore, type RedisConnection } from './redis-room-store';
import { RedisSocketCount } from './redis-socket-count';

/** A process's link to the shared rooms. */
export interface RedisLiveBackend {
  readonly processId: string;
  readonly redis: RedisConnection;
  readonly store: RedisRoomStore;
  readonly newcomers: RedisNewcomerLimit;
  readonly sockets: RedisSocketCount;
  readonly presence: RedisPresence;
  /** The origin to write with an entry made for socket `connId` (0: the server itself). */
  origin(connId?: number): string;
  /** The socket of this process that wrote an entry of this origin, or null (another process, or none). */
  ownConn(origin: string | undefined): number | null;
  /** Called with false when Redis stops answering and true when it is back (the client reconnects itself). */
  onHealth(listener: (ok: boolean, error?: string) => void): void;
  close(): Promise<void>;
}

/** Connects to Redis at `url` (fails when it cannot: a process in Redis mode without Redis serves nothing). */
export async function openRedisBackend(
  url: string,
  limits: { pinLimits: PinLimits; newcomerLimits: NewcomerLimits },
): Promise<RedisLiveBackend> {
  const redis = await connectRedis(url);
  const processId = `${process.pid.toString(36)}-${randomBytes(4).toString('hex')}`;
  const listeners: ((ok: boolean, error?: string) => void)[] = [];
  redis.on('error', (error: unknown) => {
    for (const listener of listeners) listener(false, error instanceof Error ? error.message : String(error));
  });
  redis.on('ready', () => {
    for (const listener of listeners) listener(true);
  });
  const sockets = new RedisSocketCount(redis, processId);
  return {
    processId,
    redis,
    store: new RedisRoomStore(redis, limits.pinLimits),
    newcomers: new RedisNewcomerLimit(redis, limits.newcomerLimits),
    sockets,
    presence: new RedisPresence(redis, processId, () => sockets.liveProcesses()),
    origin: (connId = 0) => `${processId}:${connId}`,
    ownConn(origin) {
      if (!origin) return null;
      const at = origin.lastIndexOf(':');
      if (at < 0 || origin.slice(0, at) !== processId) return null;
      const id = Number(origin.slice(at + 1));
      return Number.isInteger(id) ? id : null;
    },
    onHealth: (listener) => void listeners.push(listener),
    async close() {
      await sockets.close();
      try {
        await redis.close();
      } catch {
        redis.destroy();
      }
    },
  };
}
