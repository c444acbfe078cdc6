import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  customerValue,
  hoursPerYearFrom,
  timeCostPerYear,
  WEEKS_PER_YEAR,
} from '../../../src/lib/calculators/customer-value';

const bad = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1, -0.5, 0];

describe('hours per year', () => {
  it('are 52 weeks of the weekly hours, without binary noise', () => {
    expect(WEEKS_PER_YEAR).toBe(52);
    expect(hoursPerYearFrom(2)).toBe(104);
    expect(hoursPerYearFrom(5)).toBe(260);
    expect(hoursPerYearFrom(0.1)).toBe(5.2);
    expect(hoursPerYearFrom(1.7)).toBe(88.4);
  });

  it('are 0 for nothing, negatives, NaN and infinities; a huge week stays finite or 0', () => {
    for (const x of bad) expect(hoursPerYearFrom(x)).toBe(0);
    expect(hoursPerYearFrom(Number.MAX_VALUE)).toBe(0);
    expect(hoursPerYearFrom(1e300)).toBe(5.2e301);
  });

  it('equal the weekly half hours × 26 for any hours on a half-hour grid (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 336 }), (halves) => {
        expect(hoursPerYearFrom(halves / 2)).toBe(halves * 26);
      }),
    );
  });
});

describe('time cost per year', () => {
  it('is the year’s hours at the rate, in whole cents', () => {
    expect(timeCostPerYear(2, 60)).toBe(6240);
    expect(timeCostPerYear(5, 55)).toBe(14_300);
    expect(timeCostPerYear(0, 60)).toBe(0);
    expect(timeCostPerYear(2, 0)).toBe(0);
    expect(timeCostPerYear(1, 0.005)).toBe(0.26);
  });

  it('never passes NaN or Infinity on', () => {
    for (const x of bad) {
      expect(timeCostPerYear(x, 60)).toBe(0);
      expect(timeCostPerYear(2, x)).toBe(0);
    }
  });

  it('equals half hours × 26 × the rate in cents, for any hours and any rate on a cent (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 336 }), fc.integer({ min: 0, max: 1_000_000 }), (halves, cents) => {
        // In cents the product is a whole number: no rounding for the model to get wrong.
        expect(timeCostPerYear(halves / 2, cents / 100)).toBe((halves * 26 * cents) / 100);
      }),
    );
  });

  it('grows with the hours and with the rate (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 168, noNaN: true }),
        fc.double({ min: 0, max: 168, noNaN: true }),
        fc.double({ min: 0, max: 10_000, noNaN: true }),
        (a, b, rate) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(timeCostPerYear(low, rate)).toBeLessThanOrEqual(timeCostPerYear(high, rate));
          expect(timeCostPerYear(low, rate)).toBeLessThanOrEqual(timeCostPerYear(low, rate + 1));
        },
      ),
    );
  });
});

describe('customer value', () => {
  it('is the yearly amount × the years, in whole cents', () => {
    expect(customerValue(1200, 3)).toBe(3600);
    expect(customerValue(1200, 1.5)).toBe(1800);
    expect(customerValue(0.333, 3)).toBe(1);
    expect(customerValue(1200, 0)).toBe(0);
  });

  it('is 0 for bad input and never NaN, also when the product overflows', () => {
    for (const x of bad) {
      expect(customerValue(x, 3)).toBe(0);
      expect(customerValue(1200, x)).toBe(0);
    }
    expect(customerValue(1e300, 1e300)).toBe(0);
  });

  it('equals the amount in cents × the years for any amount on a cent (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), fc.integer({ min: 0, max: 100 }), (cents, years) => {
        expect(customerValue(cents / 100, years)).toBe((cents * years) / 100);
      }),
    );
  });
});
