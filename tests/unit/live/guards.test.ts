import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { liveness, LIVENESS } from '../../../src/lib/live/liveness';
import { NewcomerGuard, NEWCOMER_LIMITS } from '../../../src/lib/live/newcomer-guard';
import { PIN_LIMITS, PinGuard, pinDelay } from '../../../src/lib/live/pin-guard';
import { hostNames, isAllowedHost, isOwnMachine, plainAddress } from '../../../server/host-check';

describe('PIN guard', () => {
  it('lets three misses pass, then doubles the wait per address up to the maximum', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((n) => pinDelay(n))).toEqual([0, 0, 0, 0, 1_000, 2_000, 4_000]);
    expect(pinDelay(100)).toBe(PIN_LIMITS.maxDelayMs);
    expect(pinDelay(Number.NaN)).toBe(0);
    expect(pinDelay(-5)).toBe(0);
    expect(pinDelay(Number.POSITIVE_INFINITY)).toBe(0);
  });

  it('makes an address wait, and locks the room after ten misses from any addresses', () => {
    const guard = new PinGuard();
    for (let i = 0; i < 4; i++) guard.miss('a', 0);
    expect(guard.check('a', 500)).toEqual({ ok: false, reason: 'wait', retryInMs: 500 });
    expect(guard.check('a', 1_000)).toEqual({ ok: true });
    expect(guard.check('b', 0)).toEqual({ ok: true });
    let locked = 0;
    for (let i = 0; i < 6; i++) if (guard.miss(`x${i}`, 0).lockedNow) locked++;
    expect(locked).toBe(1);
    expect(guard.locked).toBe(true);
    expect(guard.check('fresh', 10 ** 9)).toEqual({ ok: false, reason: 'locked' });
    guard.unlock();
    expect(guard.check('a', 0)).toEqual({ ok: true });
    expect(guard.misses).toBe(0);
  });

  it('refuses on a clock that is not a number', () => {
    expect(new PinGuard().check('a', Number.NaN).ok).toBe(false);
  });

  it('property: never more than lockAfter PINs are compared between two lifts, whatever the addresses and times', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 10 ** 7 })), { maxLength: 400 }),
        (tries) => {
          const guard = new PinGuard();
          let compared = 0;
          for (const [address, now] of tries) {
            if (!guard.check(String(address), now).ok) continue;
            compared++;
            guard.miss(String(address), now);
          }
          expect(compared).toBeLessThanOrEqual(PIN_LIMITS.lockAfter);
        },
      ),
    );
  });
});

describe('newcomer guard', () => {
  it('admits a burst per address, then one every 30 s, and counts the attempts of the last 10 s', () => {
    const guard = new NewcomerGuard();
    const outcomes = Array.from({ length: 6 }, () => guard.admit('a', 0));
    expect(outcomes.map((o) => o.allowed)).toEqual([true, true, true, true, false, false]);
    expect(outcomes.at(-1)!.recent).toBe(6);
    expect(guard.admit('b', 0).allowed).toBe(true);
    expect(guard.admit('a', 29_000).allowed).toBe(false);
    expect(guard.admit('a', 31_000)).toEqual({ allowed: true, recent: 2 });
    expect(guard.admit('a', Number.NaN).allowed).toBe(false);
  });

  it('property: one address never gets more than burst + rate × time', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 600_000 }), { maxLength: 500 }), (times) => {
        const guard = new NewcomerGuard();
        const sorted = [...times].sort((x, y) => x - y);
        const admitted = sorted.filter((t) => guard.admit('a', t).allowed).length;
        const span = sorted.length > 0 ? sorted.at(-1)! - sorted[0]! : 0;
        expect(admitted).toBeLessThanOrEqual(
          NEWCOMER_LIMITS.burst + Math.floor((span / 60_000) * NEWCOMER_LIMITS.perMinute) + 1,
        );
      }),
    );
  });

  it('stays bounded in memory under many addresses', () => {
    const guard = new NewcomerGuard();
    for (let i = 0; i < 20_000; i++) guard.admit(`10.0.${i >> 8}.${i & 255}`, i * 1_000);
    expect((guard as unknown as { addresses: Map<string, unknown> }).addresses.size).toBeLessThanOrEqual(10_001);
  });
});

describe('liveness', () => {
  it('asks after 5 s of silence and gives up after 12 s', () => {
    expect(liveness(0, 4_999)).toBe('fresh');
    expect(liveness(0, LIVENESS.pingAfterMs)).toBe('ping');
    expect(liveness(0, LIVENESS.staleAfterMs)).toBe('stale');
    // A phone that slept for two minutes: stale at the first tick after waking.
    expect(liveness(0, 120_000)).toBe('stale');
    expect(liveness(10_000, 0)).toBe('fresh');
    expect(liveness(Number.NaN, 0)).toBe('stale');
    expect(liveness(0, Number.POSITIVE_INFINITY)).toBe('stale');
  });
});

describe('host check', () => {
  const own = new Set(['127.0.0.1', '::1', '192.168.1.20']);

  it('knows the laptop by its loopback and its own LAN address, not by another 127.x', () => {
    expect(isOwnMachine('::ffff:127.0.0.1', own)).toBe(true);
    expect(isOwnMachine('192.168.1.20', own)).toBe(true);
    expect(isOwnMachine('::ffff:192.168.1.20', own)).toBe(true);
    expect(isOwnMachine('192.168.1.21', own)).toBe(false);
    expect(isOwnMachine('127.0.0.2', own)).toBe(false);
    expect(isOwnMachine(undefined, own)).toBe(false);
    expect(plainAddress('::FFFF:10.0.0.1')).toBe('10.0.0.1');
  });

  it('accepts only the names and port the server listens on', () => {
    const names = hostNames('0.0.0.0', own, ['Laptop.local']);
    expect(isAllowedHost('192.168.1.20:4330', names, 4330)).toBe(true);
    expect(isAllowedHost('localhost:4330', names, 4330)).toBe(true);
    expect(isAllowedHost('[::1]:4330', names, 4330)).toBe(true);
    expect(isAllowedHost('laptop.local:4330', names, 4330)).toBe(true);
    expect(isAllowedHost('LOCALHOST:4330', names, 4330)).toBe(true);
    for (const bad of [
      'evil.example:4330',
      'localhost:80',
      'localhost',
      '192.168.1.20:4331',
      '',
      'a b:4330',
      'localhost:4330:1',
    ])
      expect(isAllowedHost(bad, names, 4330)).toBe(false);
    expect(isAllowedHost(undefined, names, 4330)).toBe(false);
    expect(isAllowedHost('localhost', names, 80)).toBe(true);
    const only = hostNames('127.0.0.1', own);
    expect(isAllowedHost('192.168.1.20:4330', only, 4330)).toBe(false);
    expect(isAllowedHost('127.0.0.1:4330', only, 4330)).toBe(true);
  });
});
