import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describePace, formatClock, formatDuration, formatMinutes, pace } from '../../../src/lib/workshop/timing';

describe('formatDuration', () => {
  it('formats minutes and hours', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(59_999)).toBe('0:59');
    expect(formatDuration(61_000)).toBe('1:01');
    expect(formatDuration(3_600_000)).toBe('1:00:00');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
  });
  it('treats negative, NaN and Infinity as zero', () => {
    expect(formatDuration(-5_000)).toBe('0:00');
    expect(formatDuration(Number.NaN)).toBe('0:00');
    expect(formatDuration(Number.POSITIVE_INFINITY)).toBe('0:00');
  });
  it('property: always m:ss or h:mm:ss', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: false }), (ms) => {
        expect(formatDuration(ms)).toMatch(/^(\d+:\d{2}:\d{2}|\d+:\d{2})$/);
      }),
    );
  });
});

describe('formatClock and formatMinutes', () => {
  it('formats the time of day on a 24-hour clock', () => {
    expect(formatClock(new Date(2026, 0, 1, 9, 5))).toBe('09:05');
    expect(formatClock(new Date(2026, 0, 1, 23, 59))).toBe('23:59');
    expect(formatClock(new Date(Number.NaN))).toBe('--:--');
  });
  it('says minutes in Dutch', () => {
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(60)).toBe('1 uur');
    expect(formatMinutes(80)).toBe('1 uur 20 min');
    expect(formatMinutes(0)).toBe('0 min');
    expect(formatMinutes(-3)).toBe('0 min');
    expect(formatMinutes(Number.NaN)).toBe('0 min');
  });
});

describe('pace', () => {
  it('is on schedule within a minute of the plan', () => {
    expect(pace(15 * 60_000, 15, 30).status).toBe('op schema');
    expect(pace(15 * 60_000 + 59_000, 15, 30).status).toBe('op schema');
  });
  it('is ahead or behind', () => {
    const ahead = pace(5 * 60_000, 15, 30);
    expect(ahead.status).toBe('voor');
    expect(describePace(ahead)).toBe('10 min voor');
    const behind = pace(20 * 60_000, 15, 30);
    expect(behind.status).toBe('achter');
    expect(describePace(behind)).toBe('5 min achter');
    expect(describePace(pace(0, 0, 30))).toBe('op schema');
    expect(pace(15 * 60_000, 15, 30).used).toBeCloseTo(0.5);
  });
  it('copes with empty plans and odd input', () => {
    expect(pace(Number.NaN, 10, 30)).toMatchObject({ status: 'voor', used: 0 });
    expect(pace(60_000, 3, 0)).toMatchObject({ expectedMs: 0, used: 0 });
    expect(pace(60_000, 99, 30).expectedMs).toBe(30 * 60_000);
    expect(pace(60_000, -4, 30).expectedMs).toBe(0);
  });
  it('property: results are finite', () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), fc.double(), (e, x, p) => {
        const r = pace(e, x, p);
        expect(Number.isFinite(r.expectedMs) && Number.isFinite(r.deltaMs) && Number.isFinite(r.used)).toBe(true);
      }),
    );
  });
});
