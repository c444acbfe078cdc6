import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_IDLE_HOURS,
  DEFAULT_RESULTS_DAYS,
  lifecycleFromEnv,
  resultsUntil,
  roomPhase,
  streamIdTime,
} from '../../../src/lib/live/room-lifecycle';

const H = 3_600_000;
const D = 24 * H;
const life = { idleMs: 24 * H, retentionMs: 30 * D };

describe('lifecycleFromEnv', () => {
  it('defaults to a day idle and 30 days of results', () => {
    expect(lifecycleFromEnv({})).toEqual({ idleMs: DEFAULT_IDLE_HOURS * H, retentionMs: DEFAULT_RESULTS_DAYS * D });
    expect(lifecycleFromEnv({ LIVE_IDLE_HOURS: '', LIVE_RESULTS_DAYS: ' ' })).toEqual(lifecycleFromEnv({}));
  });
  it('reads whole and decimal numbers', () => {
    expect(lifecycleFromEnv({ LIVE_IDLE_HOURS: '0.5', LIVE_RESULTS_DAYS: '7' })).toEqual({
      idleMs: H / 2,
      retentionMs: 7 * D,
    });
  });
  it.each(['0', '-1', 'NaN', 'Infinity', '1e3', '24h', '1,5', '99999999', '0.0'])('refuses %s with the name', (v) => {
    expect(() => lifecycleFromEnv({ LIVE_IDLE_HOURS: v })).toThrow(/LIVE_IDLE_HOURS/);
    expect(() => lifecycleFromEnv({ LIVE_RESULTS_DAYS: v })).toThrow(/LIVE_RESULTS_DAYS/);
  });
});

describe('streamIdTime', () => {
  it('reads the millisecond part of a stream id', () => {
    expect(streamIdTime('1733530000000-0')).toBe(1733530000000);
    expect(streamIdTime('0-1')).toBe(0);
  });
  it.each(['', '-', '1733530000000', 'abc-0', '1-2-3', '9999999999999999-0'])('refuses %j', (id) => {
    expect(streamIdTime(id)).toBeNull();
  });
});

describe('roomPhase', () => {
  it('is open until exactly the idle time, then idle', () => {
    expect(roomPhase({ at: 1000, endedAt: null }, 1000 + life.idleMs - 1, life)).toEqual({
      phase: 'open',
      idleAt: 1000 + life.idleMs,
    });
    expect(roomPhase({ at: 1000, endedAt: null }, 1000 + life.idleMs, life)).toEqual({ phase: 'idle' });
  });
  it('keeps an ended room until the retention ends, then expired', () => {
    expect(roomPhase({ at: 5, endedAt: 10 }, 10 + life.retentionMs - 1, life)).toEqual({
      phase: 'ended',
      endedAt: 10,
      resultsUntil: 10 + life.retentionMs,
    });
    expect(roomPhase({ at: 5, endedAt: 10 }, 10 + life.retentionMs, life)).toEqual({ phase: 'expired', endedAt: 10 });
  });
  it('decides nothing on a bad clock', () => {
    for (const now of [NaN, Infinity, -Infinity]) {
      expect(roomPhase({ at: 0, endedAt: null }, now, life).phase).toBe('open');
      expect(roomPhase({ at: 0, endedAt: 0 }, now, life).phase).toBe('ended');
    }
    expect(roomPhase({ at: NaN, endedAt: null }, 5, life).phase).toBe('open');
  });
  it('property: idle exactly when the last activity is at least idleMs old; never both ended and idle', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 45 }),
        fc.integer({ min: -(2 ** 40), max: 2 ** 40 }),
        fc.integer({ min: 1, max: 366 * D }),
        fc.option(fc.integer({ min: 0, max: 2 ** 45 })),
        (at, delta, idleMs, endedAt) => {
          const lifecycle = { idleMs, retentionMs: 30 * D };
          const now = at + delta;
          const phase = roomPhase({ at, endedAt }, now, lifecycle);
          if (endedAt === null) {
            expect(phase.phase).toBe(delta >= idleMs ? 'idle' : 'open');
          } else {
            expect(['ended', 'expired']).toContain(phase.phase);
            expect(phase.phase === 'expired').toBe(now >= resultsUntil(endedAt, lifecycle));
          }
        },
      ),
    );
  });
  it('property: the results stay until a time after the end, as far as the retention says', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 45 }), fc.integer({ min: 1, max: 3660 }), (endedAt, days) => {
        const lifecycle = lifecycleFromEnv({ LIVE_RESULTS_DAYS: String(days) });
        expect(resultsUntil(endedAt, lifecycle) - endedAt).toBe(days * D);
        expect(Number.isSafeInteger(resultsUntil(endedAt, lifecycle))).toBe(true);
      }),
    );
  });
});
