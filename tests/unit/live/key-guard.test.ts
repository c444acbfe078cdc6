import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyGuard, KEY_LIMITS } from '../../../src/lib/live/key-guard';

describe('KeyGuard', () => {
  it('lets the free misses through, then doubles the wait per address', () => {
    const guard = new KeyGuard();
    for (let i = 0; i < KEY_LIMITS.freeMisses; i++) {
      expect(guard.check('a', 0)).toEqual({ ok: true });
      guard.miss('a', 0);
    }
    expect(guard.check('a', 0)).toEqual({ ok: true });
    guard.miss('a', 0);
    expect(guard.check('a', 0)).toEqual({ ok: false, retryInMs: 1_000 });
    expect(guard.check('a', 1_000)).toEqual({ ok: true });
    guard.miss('a', 1_000);
    expect(guard.check('a', 1_000)).toEqual({ ok: false, retryInMs: 2_000 });
    // Another address is not held up: no lock for everyone.
    expect(guard.check('b', 1_000)).toEqual({ ok: true });
  });
  it('a right key clears the address; an old miss is forgotten', () => {
    const guard = new KeyGuard();
    for (let i = 0; i < 6; i++) guard.miss('a', 0);
    expect(guard.check('a', 0).ok).toBe(false);
    guard.hit('a');
    expect(guard.check('a', 0).ok).toBe(true);
    for (let i = 0; i < 6; i++) guard.miss('a', 0);
    expect(guard.check('a', KEY_LIMITS.forgetAfterMs).ok).toBe(true);
    expect(guard.size).toBe(0);
  });
  it('refuses on a bad clock and survives one in miss', () => {
    const guard = new KeyGuard();
    expect(guard.check('a', NaN).ok).toBe(false);
    guard.miss('a', NaN);
    expect(guard.check('a', 0).ok).toBe(true);
  });
  it('property: the wait never exceeds the maximum, and memory stays bounded', () => {
    const limits = { ...KEY_LIMITS, maxAddresses: 20 };
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 10 ** 9 })), { maxLength: 300 }),
        (tries) => {
          const guard = new KeyGuard(limits);
          let now = 0;
          for (const [address, step] of tries) {
            now += step;
            const check = guard.check(String(address), now);
            if (!check.ok) expect(check.retryInMs).toBeLessThanOrEqual(limits.maxDelayMs);
            else guard.miss(String(address), now);
            expect(guard.size).toBeLessThanOrEqual(limits.maxAddresses);
          }
        },
      ),
    );
  });
});
