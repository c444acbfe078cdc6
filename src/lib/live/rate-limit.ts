/**
 * A token bucket per connection: `burst` messages at once, refilled at `perSecond`. Pure: the caller passes
 * the clock, so tests need no timers.
 */

/** The bucket's state; start with `createBucket`. */
export interface Bucket {
  tokens: number;
  /** When `tokens` was last brought up to date (ms). */
  at: number;
}

/** Limits of one bucket. */
export interface RateLimit {
  burst: number;
  perSecond: number;
}

/** The live server's limit: generous for a trainer clicking through slides or typing into an island. */
export const LIVE_RATE: RateLimit = { burst: 40, perSecond: 20 };

/** A full bucket at time `now`. */
export function createBucket(limit: RateLimit, now: number): Bucket {
  return { tokens: limit.burst, at: now };
}

/**
 * Takes one token if there is one. Returns whether the message may pass; updates `bucket` in place.
 * A clock that goes backwards adds nothing; a non-finite clock refuses.
 */
export function take(bucket: Bucket, limit: RateLimit, now: number): boolean {
  if (!Number.isFinite(now)) return false;
  const elapsed = Math.max(0, now - bucket.at);
  bucket.tokens = Math.min(limit.burst, bucket.tokens + (elapsed / 1000) * limit.perSecond);
  bucket.at = Math.max(bucket.at, now);
  if (bucket.tokens < 1) return false;
  bucket.tokens -= 1;
  return true;
}
