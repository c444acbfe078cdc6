/**
 * How fast one address may bring new participants (new voter tokens) into a room. A voter token is made by
 * the phone's browser; a script can make thousands, so a vote per token alone would let one laptop vote a
 * thousand times. On a LAN every phone has its own address (the laptop and the phones share the Wi-Fi, no
 * router translates between them), so "one address" is "one device": a few tokens per device are allowed (a
 * second browser, a private tab reloaded), more are refused, and the trainer hears about it. Pure (the
 * caller passes the clock); the server keeps it behind `NewcomerLimit` so a shared store can replace it.
 */

/** The limits. */
export interface NewcomerLimits {
  /** New tokens one address may bring at once. */
  burst: number;
  /** Tokens that come back per minute. */
  perMinute: number;
  /** The window in which attempts are counted for the trainer's warning (ms). */
  windowMs: number;
}

/** The live server's limits: 4 at once, then one every 30 s per device. */
export const NEWCOMER_LIMITS: NewcomerLimits = { burst: 4, perMinute: 2, windowMs: 10_000 };

/** The outcome of one new token. */
export interface NewcomerOutcome {
  allowed: boolean;
  /** New tokens this address tried in the last `windowMs` (allowed or not). */
  recent: number;
}

/** What the server needs from a newcomer store. */
export interface NewcomerLimit {
  admit(address: string, now: number): NewcomerOutcome;
}

interface AddressState {
  tokens: number;
  at: number;
  attempts: number[];
}

/** Newcomers per address, in memory. Addresses unused for a while are forgotten (bounded memory). */
export class NewcomerGuard implements NewcomerLimit {
  private readonly addresses = new Map<string, AddressState>();

  constructor(private readonly limits: NewcomerLimits = NEWCOMER_LIMITS) {}

  admit(address: string, now: number): NewcomerOutcome {
    if (!Number.isFinite(now)) return { allowed: false, recent: 0 };
    const { burst, perMinute, windowMs } = this.limits;
    const state = this.addresses.get(address) ?? { tokens: burst, at: now, attempts: [] };
    state.tokens = Math.min(burst, state.tokens + (Math.max(0, now - state.at) / 60_000) * perMinute);
    state.at = Math.max(state.at, now);
    state.attempts = state.attempts.filter((t) => t > now - windowMs);
    state.attempts.push(now);
    const allowed = state.tokens >= 1;
    if (allowed) state.tokens -= 1;
    this.addresses.set(address, state);
    if (this.addresses.size > 10_000) this.forget(now);
    return { allowed, recent: state.attempts.length };
  }

  /** Drops addresses whose bucket is full again and that tried nothing lately. */
  private forget(now: number): void {
    const full = (this.limits.burst / Math.max(this.limits.perMinute, 1e-9)) * 60_000;
    for (const [address, state] of this.addresses) if (now - state.at > full) this.addresses.delete(address);
  }
}
