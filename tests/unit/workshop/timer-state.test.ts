import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { STALE_MS, msUntilNextTick, parseTimer, timerElapsed, toggleTimerPause } from '../../../src/lib/workshop/timer-state';

describe('parseTimer', () => {
  const now = 1_000_000_000;
  it('reads a running and a paused timer', () => {
    expect(parseTimer({ start: now - 5000 }, now)).toEqual({ start: now - 5000 });
    expect(parseTimer({ start: now - 5000, pausedAt: now - 1000 }, now)).toEqual({ start: now - 5000, pausedAt: now - 1000 });
  });
  it('treats broken, future and stale values as not started', () => {
    for (const raw of [null, 'x', 5, {}, { start: 'a' }, { start: Number.NaN }, { start: now + 10 }, { start: now - STALE_MS }])
      expect(parseTimer(raw, now)).toBeNull();
  });
  it('drops a pause that cannot be', () => {
    expect(parseTimer({ start: now - 10, pausedAt: now - 20 }, now)).toEqual({ start: now - 10 });
    expect(parseTimer({ start: now - 10, pausedAt: 'x' }, now)).toEqual({ start: now - 10 });
  });
});

describe('timer', () => {
  it('stands still while paused and does not count the pause', () => {
    let t = toggleTimerPause(null, 0);
    expect(timerElapsed(t, 60_000)).toBe(60_000);
    t = toggleTimerPause(t, 60_000);
    expect(timerElapsed(t, 600_000)).toBe(60_000);
    t = toggleTimerPause(t, 600_000);
    expect(timerElapsed(t, 630_000)).toBe(90_000);
    expect(timerElapsed(null, 5)).toBe(0);
  });
  it('property: pausing and resuming never changes the elapsed time at that moment', () => {
    fc.assert(
      fc.property(fc.nat(1e9), fc.nat(1e7), fc.nat(1e7), (start, a, b) => {
        const running = { start };
        const paused = toggleTimerPause(running, start + a);
        expect(timerElapsed(paused, start + a + b)).toBe(a);
        const resumed = toggleTimerPause(paused, start + a + b);
        expect(timerElapsed(resumed, start + a + b)).toBe(a);
      }),
    );
  });
});

describe('msUntilNextTick', () => {
  it('wakes a running timer at its next whole second', () => {
    expect(msUntilNextTick({ start: 1000 }, 1000)).toBe(1000);
    expect(msUntilNextTick({ start: 1000 }, 1250)).toBe(750);
    expect(msUntilNextTick({ start: 1300 }, 5000)).toBe(300);
  });
  it('wakes a stopped or paused timer only for the clock, at the next minute', () => {
    expect(msUntilNextTick(null, 120_000)).toBe(60_000);
    expect(msUntilNextTick(null, 125_500)).toBe(54_500);
    expect(msUntilNextTick({ start: 0, pausedAt: 10 }, 59_999)).toBe(1);
  });
  it('never asks for a tight loop, whatever comes in', () => {
    for (const now of [0, -1, -60_001, Number.NaN, Infinity, -Infinity, Number.MAX_VALUE, 1e300])
      for (const timer of [null, { start: 0 }, { start: Number.NaN }, { start: 5, pausedAt: 6 }]) {
        const ms = msUntilNextTick(timer, now);
        expect(ms).toBeGreaterThanOrEqual(1);
        expect(ms).toBeLessThanOrEqual(60_000);
      }
  });
  it('property: the wait lands on the next change (a new second on the timer, a new minute on the clock)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 45 }), fc.integer({ min: 0, max: 2 ** 30 }), fc.boolean(), (now, age, running) => {
        const timer = running ? { start: now - age } : null;
        const ms = msUntilNextTick(timer, now);
        expect(ms).toBeGreaterThanOrEqual(1);
        expect(ms).toBeLessThanOrEqual(running ? 1000 : 60_000);
        const period = running ? 1000 : 60_000;
        const phase = (t: number) => Math.floor((running ? t - (now - age) : t) / period);
        // Nothing changes before the wake-up, and something does at it.
        expect(phase(now + ms - 1)).toBe(phase(now));
        expect(phase(now + ms)).toBe(phase(now) + 1);
      }),
    );
  });
});
