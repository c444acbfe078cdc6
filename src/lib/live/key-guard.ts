/**
 * How often a wrong organiser key may be tried, per address (issue 26: rooms opened from the browser). Pure:
 * the caller passes the clock. The same doubling wait as the trainer PIN (`pinDelay` in `pin-guard.ts`), but
 * no lock for everyone: a lock would let anyone shut the real organiser out by guessing on purpose. The key
 * itself is long (the server refuses one under `MIN_ORGANISER_KEY_LENGTH` characters), so a few guesses an
 * hour per address get nowhere.
 *
 * An address is forgotten `forgetAfterMs` after its last miss, and at most `maxAddresses` are remembered (the
 * oldest go first), so a flood from many addresses cannot fill the memory.
 */
import { pinDelay } from './pin-guard';

export interface KeyLimits {
  freeMisses: number;
  firstDelayMs: number;
  maxDelayMs: number;
  forgetAfterMs: number;
  maxAddresses: number;
}

/** The organiser API's limits: three free misses, then 1 s, 2 s, 4 s … up to 15 minutes between tries. */
export const KEY_LIMITS: KeyLimits = {
  freeMisses: 3,
  firstDelayMs: 1_000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 24 * 3_600_000,
  maxAddresses: 10_000,
};

/** The shortest organiser key the server accepts. */
export const MIN_ORGANISER_KEY_LENGTH = 16;

/** Whether a key try may go ahead. */
export type KeyCheck = { ok: true } | { ok: false; retryInMs: number };

interface AddressState {
  misses: number;
  until: number;
  lastMissAt: number;
}

/** Wrong-key attempts per address, in memory. */
export class KeyGuard {
  private readonly addresses = new Map<string, AddressState>();

  constructor(private readonly limits: KeyLimits = KEY_LIMITS) {}

  check(address: string, now: number): KeyCheck {
    if (!Number.isFinite(now)) return { ok: false, retryInMs: this.limits.firstDelayMs };
    const state = this.current(address, now);
    if (state && now < state.until) return { ok: false, retryInMs: state.until - now };
    return { ok: true };
  }

  miss(address: string, now: number): void {
    const at = Number.isFinite(now) ? now : 0;
    const state = this.current(address, at) ?? { misses: 0, until: 0, lastMissAt: at };
    state.misses++;
    state.lastMissAt = at;
    state.until = at + pinDelay(state.misses, { ...this.limits, lockAfter: Infinity });
    // Re-inserted at the end: the Map's order is the order of last misses, oldest first.
    this.addresses.delete(address);
    this.addresses.set(address, state);
    while (this.addresses.size > this.limits.maxAddresses) {
      this.addresses.delete(this.addresses.keys().next().value!);
    }
  }

  hit(address: string): void {
    this.addresses.delete(address);
  }

  /** Addresses remembered now (for tests). */
  get size(): number {
    return this.addresses.size;
  }

  private current(address: string, now: number): AddressState | undefined {
    const state = this.addresses.get(address);
    if (state && now - state.lastMissAt >= this.limits.forgetAfterMs) {
      this.addresses.delete(address);
      return undefined;
    }
    return state;
  }
}
