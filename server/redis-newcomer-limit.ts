// cspell:words HGET HINCRBY HSET PEXPIRE ZADD ZREMRANGEBYSCORE tonumber tostring
/**
 * The newcomer limit (`src/lib/live/newcomer-guard.ts`) kept in Redis, so that one device bringing new voter
 * tokens is limited across every server process, not once per process: the same token bucket (`burst` at
 * once, then `perMinute`) and the same count of recent attempts for the trainer's warning, decided in one Lua
 * script per newcomer. An address's keys expire once its bucket is full again and its window is over, as the
 * in-memory guard forgets such addresses.
 */
import { NEWCOMER_LIMITS, type NewcomerLimits, type NewcomerOutcome } from '../src/lib/live/newcomer-guard';
import type { RedisConnection } from './redis-room-store';

/**
 * KEYS: the address's bucket (hash: tokens, at, seq), its attempts (sorted set by time).
 * ARGV: now, burst, perMinute, windowMs, expiry ms. Returns {1 allowed | 0 refused, recent attempts}.
 */
const ADMIT_SCRIPT = `
local now = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local perMinute = tonumber(ARGV[3])
local windowMs = tonumber(ARGV[4])
local tokens = tonumber(redis.call('HGET', KEYS[1], 'tokens') or burst)
local at = tonumber(redis.call('HGET', KEYS[1], 'at') or now)
tokens = math.min(burst, tokens + (math.max(0, now - at) / 60000) * perMinute)
at = math.max(at, now)
local seq = redis.call('HINCRBY', KEYS[1], 'seq', 1)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - windowMs)
redis.call('ZADD', KEYS[2], now, now .. ':' .. seq)
local allowed = 0
if tokens >= 1 then
  allowed = 1
  tokens = tokens - 1
end
-- %.17g: a double read back is the same double (tostring keeps 14 digits, and the bucket would drift).
redis.call('HSET', KEYS[1], 'tokens', string.format('%.17g', tokens), 'at', string.format('%.17g', at))
redis.call('PEXPIRE', KEYS[1], ARGV[5])
redis.call('PEXPIRE', KEYS[2], ARGV[5])
return {allowed, redis.call('ZCARD', KEYS[2])}
`;

/** Newcomers per address, shared by every process through Redis. */
export class RedisNewcomerLimit {
  constructor(
    private readonly redis: RedisConnection,
    private readonly limits: NewcomerLimits = NEWCOMER_LIMITS,
  ) {}

  async admit(address: string, now: number): Promise<NewcomerOutcome> {
    if (!Number.isFinite(now)) return { allowed: false, recent: 0 };
    const { burst, perMinute, windowMs } = this.limits;
    // Kept until the bucket is full again and the window is over (then the address starts afresh anyway).
    const refillMs = (burst / Math.max(perMinute, 1e-9)) * 60_000;
    const expiryMs = Math.ceil(Math.min(Math.max(refillMs, windowMs), 7 * 24 * 3_600_000));
    const [allowed, recent] = (await this.redis.eval(ADMIT_SCRIPT, {
      keys: [`vdl:newcomers:{${address}}:bucket`, `vdl:newcomers:{${address}}:attempts`],
      arguments: [String(now), String(burst), String(perMinute), String(windowMs), String(expiryMs)],
    })) as [number, number];
    return { allowed: allowed === 1, recent };
  }
}
