/**
 * Participants per room across processes (Redis mode): each process writes how many participants (voter
 * tokens with an open socket) it holds in a room, in the room's hash `vdl:{code}:present` (field: process),
 * and reads what the other live processes hold (`liveProcesses`: those that beat lately), so the projector
 * shows everyone in the room, not only the phones that landed on its own process. A process that dies drops
 * out of the sum with its beat; its field is overwritten or ignored. A voter with sockets on two processes
 * counts twice (rare: one phone keeps one socket).
 */
import type { RedisConnection } from './redis-room-store';

const presentKey = (room: string) => `vdl:{${room}}:present`;

/** Participants of other processes, per room, as Redis has them. */
export class RedisPresence {
  constructor(
    private readonly redis: RedisConnection,
    private readonly processId: string,
    private readonly liveProcesses: () => Promise<string[]>,
  ) {}

  /** This process now holds `count` participants of `room`. */
  async set(room: string, count: number): Promise<void> {
    if (count > 0) await this.redis.hSet(presentKey(room), this.processId, String(count));
    else await this.redis.hDel(presentKey(room), this.processId);
  }

  /** The participants of `room` on every other live process. */
  async others(room: string): Promise<number> {
    const [live, stored] = await Promise.all([this.liveProcesses(), this.redis.hGetAll(presentKey(room))]);
    const alive = new Set(live);
    let sum = 0;
    for (const [process, count] of Object.entries(stored)) {
      if (process !== this.processId && alive.has(process)) sum += Number(count) || 0;
    }
    return sum;
  }
}
