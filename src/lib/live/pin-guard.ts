/**
 * How many times the trainer PIN may be tried, per address and per room. Pure: the caller passes the clock,
 * so tests need no timers; the server keeps one guard per room behind the `PinAttempts` interface, so a
 * shared store (Redis, many processes) can take its place later.
 *
 * - Per address: the first `freeMisses` misses cost nothing (a trainer mistyping); after that each miss
 *   doubles the wait before the next try from that address, from `firstDelayMs` up to `maxDelayMs`.
 * - Per room: after `lockAfter` misses in all (from every address together) since the trainer last lifted
 *   the lock, the room is locked for PIN joins until the trainer lifts it on the laptop (which needs no PIN).
 *   While waiting or locked, the PIN is not even compared: the right PIN is refused too.
 *
 * The arithmetic (six digits, 10⁶ PINs): an attacker gets at most `lockAfter` guesses per lift of the lock,
 * so one lift gives a chance of `lockAfter / 10⁶` (10 / 10⁶ = 1 in 100.000).
 */

/** The limits. */
export interface PinLimits {
  freeMisses: number;
  firstDelayMs: number;
  maxDelayMs: number;
  lockAfter: number;
}

/** The live server's limits. */
export const PIN_LIMITS: PinLimits = { freeMisses: 3, firstDelayMs: 1_000, maxDelayMs: 60_000, lockAfter: 10 };

/** Whether a PIN try may go ahead. */
export type PinCheck =
  { ok: true } | { ok: false; reason: 'wait'; retryInMs: number } | { ok: false; reason: 'locked' };

/** What the server needs from a PIN-attempt store (in memory now; a shared store later). */
export interface PinAttempts {
  check(address: string, now: number): PinCheck;
  /** Records a miss; returns whether this miss locked the room. */
  miss(address: string, now: number): { lockedNow: boolean };
  /** A right PIN: that address starts afresh. */
  hit(address: string): void;
  /** The trainer lifts the lock (and every wait). */
  unlock(): void;
  readonly locked: boolean;
  /** Misses since the last lift. */
  readonly misses: number;
}

interface AddressState {
  misses: number;
  /** When the next try is allowed (ms). */
  until: number;
}

/** The wait after `misses` misses from one address (0 while within the free ones). */
export function pinDelay(misses: number, limits: PinLimits = PIN_LIMITS): number {
  if (!Number.isFinite(misses) || misses <= limits.freeMisses) return 0;
  const steps = Math.min(Math.floor(misses) - limits.freeMisses - 1, 30);
  return Math.min(limits.maxDelayMs, limits.firstDelayMs * 2 ** steps);
}

/** A room's PIN guard, in memory. */
export class PinGuard implements PinAttempts {
  private readonly addresses = new Map<string, AddressState>();
  private total = 0;
  private isLocked = false;

  constructor(private readonly limits: PinLimits = PIN_LIMITS) {}

  get locked(): boolean {
    return this.isLocked;
  }

  get misses(): number {
    return this.total;
  }

  check(address: string, now: number): PinCheck {
    if (this.isLocked) return { ok: false, reason: 'locked' };
    if (!Number.isFinite(now)) return { ok: false, reason: 'wait', retryInMs: this.limits.firstDelayMs };
    const state = this.addresses.get(address);
    if (state && now < state.until) return { ok: false, reason: 'wait', retryInMs: state.until - now };
    return { ok: true };
  }

  miss(address: string, now: number): { lockedNow: boolean } {
    const state = this.addresses.get(address) ?? { misses: 0, until: 0 };
    state.misses++;
    state.until = (Number.isFinite(now) ? now : 0) + pinDelay(state.misses, this.limits);
    this.addresses.set(address, state);
    this.total++;
    const lockedNow = !this.isLocked && this.total >= this.limits.lockAfter;
    if (lockedNow) this.isLocked = true;
    return { lockedNow };
  }

  hit(address: string): void {
    this.addresses.delete(address);
  }

  unlock(): void {
    this.isLocked = false;
    this.total = 0;
    this.addresses.clear();
  }
}
