// cspell:words HGET HINCRBY PEXPIRE ZADD ZRANGEBYSCORE
/**
 * Open sockets per address across every server process (Redis mode), for the live server's cap on sockets
 * per address. Each process keeps its own counts in a hash of its own (`vdl:sockets:{process}`: address →
 * open sockets) and beats every `beatMs`: the beat renews the hash's expiry and the process's time in
 * `vdl:processes`. A process that dies (kill -9) stops beating: its hash expires and it drops out of the
 * live processes within `deadAfterMs`, so its sockets stop counting within a few seconds, with no one to
 * clean up after it. Counting is a check, not a lock: two processes admitting the same address at the same
 * moment may let it have one socket more than the cap, which is harmless for a cap against floods.
 */
import type { RedisConnection } from './redis-room-store';

const PROCESSES = 'vdl:processes';
const socketsKey = (processId: string) => `vdl:sockets:{${processId}}`;

/** Sockets per address in Redis, for one process among several. */
export class RedisSocketCount {
  private readonly timer: NodeJS.Timeout;
  /** This process's counts, also kept here so a beat after a Redis restart writes them back. */
  private readonly mine = new Map<string, number>();

  constructor(
    private readonly redis: RedisConnection,
    private readonly processId: string,
    private readonly beatMs = 1_000,
    private readonly deadAfterMs = 4_000,
  ) {
    this.timer = setInterval(() => void this.beat().catch(() => undefined), beatMs);
    this.timer.unref();
    void this.beat().catch(() => undefined);
  }

  /** Renews this process's hash and its place among the live processes. */
  async beat(): Promise<void> {
    const now = Date.now();
    // Processes gone for an hour leave the list (a restarted process has a new id).
    const multi = this.redis
      .multi()
      .zAdd(PROCESSES, { score: now, value: this.processId })
      .zRemRangeByScore(PROCESSES, '-inf', now - 3_600_000);
    // Written in full each beat: Redis restarted from an older file still ends up with today's counts.
    multi.del(socketsKey(this.processId));
    if (this.mine.size > 0) {
      multi.hSet(socketsKey(this.processId), Object.fromEntries([...this.mine].map(([a, n]) => [a, String(n)])));
      multi.pExpire(socketsKey(this.processId), this.deadAfterMs);
    }
    await multi.exec();
  }

  private live: { at: number; list: Promise<string[]> } | null = null;

  /**
   * The processes that beat lately (this one included once it has beaten), read at most once per beat: a
   * hundred phones joining at once ask Redis once, not a hundred times.
   */
  liveProcesses(): Promise<string[]> {
    const now = Date.now();
    if (!this.live || now - this.live.at >= this.beatMs) {
      const list = this.redis.zRangeByScore(PROCESSES, now - this.deadAfterMs, '+inf');
      this.live = { at: now, list };
      list.catch(() => (this.live = null));
    }
    return this.live.list;
  }

  /** Open sockets of `address` on every live process. */
  async count(address: string): Promise<number> {
    const others = (await this.liveProcesses()).filter((p) => p !== this.processId);
    const counts = others.length ? await Promise.all(others.map((p) => this.redis.hGet(socketsKey(p), address))) : [];
    return (this.mine.get(address) ?? 0) + counts.reduce((sum, n) => sum + (Number(n) || 0), 0);
  }

  /** A socket of `address` opened (+1) or closed (-1) on this process. */
  change(address: string, delta: 1 | -1): void {
    const n = (this.mine.get(address) ?? 0) + delta;
    if (n > 0) this.mine.set(address, n);
    else this.mine.delete(address);
    const write =
      n > 0
        ? this.redis
            .multi()
            .hSet(socketsKey(this.processId), address, String(n))
            .pExpire(socketsKey(this.processId), this.deadAfterMs)
            .exec()
        : this.redis.hDel(socketsKey(this.processId), address);
    // Redis away: the next beat writes the whole hash again.
    void write.catch(() => undefined);
  }

  /** Stops beating and takes this process's counts out at once. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.redis
      .multi()
      .del(socketsKey(this.processId))
      .zRem(PROCESSES, this.processId)
      .exec()
      .catch(() => undefined);
  }
}
