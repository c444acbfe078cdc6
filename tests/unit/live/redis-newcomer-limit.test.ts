/**
 * The newcomer limit in Redis against a real redis-server: it decides as the in-memory guard does, and one
 * device is limited across two processes (two clients) as it would be on one.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NewcomerGuard } from '../../../src/lib/live/newcomer-guard';
import { connectRedis, type RedisConnection } from '../../../server/redis-room-store';
import { RedisNewcomerLimit } from '../../../server/redis-newcomer-limit';
import { startRedis, type TestRedis } from './redis-helpers';

const LIMITS = { burst: 4, perMinute: 2, windowMs: 10_000 };
let redis: TestRedis;
let clients: RedisConnection[] = [];
let addressSeq = 0;
/** A fresh address per case: the limit is per address and lives on in Redis between cases. */
const newAddress = () => `10.9.${Math.floor(++addressSeq / 250)}.${addressSeq % 250}`;

beforeAll(async () => {
  redis = await startRedis();
  clients = [await connectRedis(redis.url), await connectRedis(redis.url)];
}, 30_000);

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close().catch(() => undefined)));
  await redis?.stop();
});

describe('newcomer limit in Redis', () => {
  it('decides as the in-memory guard for any sequence of arrivals', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 40_000 }), { minLength: 1, maxLength: 15 }), async (gaps) => {
        const address = newAddress();
        const memory = new NewcomerGuard(LIMITS);
        const shared = new RedisNewcomerLimit(clients[0]!, LIMITS);
        let now = 1_000_000;
        for (const gap of gaps) {
          now += gap;
          expect(await shared.admit(address, now)).toEqual(memory.admit(address, now));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('one device limited across two processes as on one: 4 at once, not 4 per process', async () => {
    const address = newAddress();
    const a = new RedisNewcomerLimit(clients[0]!, LIMITS);
    const b = new RedisNewcomerLimit(clients[1]!, LIMITS);
    const now = 5_000_000;
    const outcomes = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).admit(address, now)));
    expect(outcomes.filter((o) => o.allowed)).toHaveLength(4);
    expect(Math.max(...outcomes.map((o) => o.recent))).toBe(10);
    // Another device is not affected.
    expect((await a.admit(newAddress(), now)).allowed).toBe(true);
  });

  it('refuses a clock that is not a number, and keys expire (no address kept for ever)', async () => {
    const address = newAddress();
    const limit = new RedisNewcomerLimit(clients[0]!, LIMITS);
    expect(await limit.admit(address, Number.NaN)).toEqual({ allowed: false, recent: 0 });
    expect(await limit.admit(address, Number.POSITIVE_INFINITY)).toEqual({ allowed: false, recent: 0 });
    await limit.admit(address, 1_000);
    const ttl = await clients[0]!.pTTL(`vdl:newcomers:{${address}}:bucket`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(120_000);
  });
});
