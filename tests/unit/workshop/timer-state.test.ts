import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { STALE_MS, parseTimer, timerElapsed, toggleTimerPause } from '../../../src/lib/workshop/timer-state';

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
