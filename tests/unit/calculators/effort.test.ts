import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeEffort,
  effortFields,
  effortInputsFrom,
  wholeCustomers,
  WEEKS_PER_MONTH,
  type EffortInputs,
} from '../../../src/lib/calculators/effort';
import { effortCalculator } from '../../../src/lib/calculators/effort-calculator';
import { resolveForm } from '../../../src/lib/calculators/fields';

const validInputs: fc.Arbitrary<EffortInputs> = fc.record({
  hoursPerWeek: fc.double({ min: 0, max: 168, noNaN: true }),
  hourlyRate: fc.double({ min: 0, max: 10_000, noNaN: true }),
  toolsPerMonth: fc.double({ min: 0, max: 1e6, noNaN: true }),
  adsPerMonth: fc.double({ min: 0, max: 1e8, noNaN: true }),
  orderValue: fc.double({ min: 0, max: 1e6, noNaN: true }),
  margin: fc.double({ min: 0, max: 1, noNaN: true }),
});

describe('computeEffort', () => {
  it('turns hours per week into a monthly and yearly cost', () => {
    const r = computeEffort({
      hoursPerWeek: 3,
      hourlyRate: 60,
      toolsPerMonth: 20,
      adsPerMonth: 100,
      orderValue: 100,
      margin: 0.5,
    });
    expect(r.hoursPerMonth).toBeCloseTo(13, 10); // 3 × 52 ÷ 12
    expect(r.timeCostPerMonth).toBeCloseTo(780, 10);
    expect(r.costPerMonth).toBeCloseTo(900, 10);
    expect(r.costPerYear).toBeCloseTo(10_800, 10);
    expect(r.earnedPerCustomer).toBe(50);
    expect(r.customersPerMonth).toBeCloseTo(18, 10);
    expect(r.customersPerYear).toBeCloseTo(216, 10);
    expect(r.timeShare).toBeCloseTo(780 / 900, 12);
  });
  it('says null, not Infinity, when a customer earns nothing', () => {
    const r = computeEffort({
      hoursPerWeek: 1,
      hourlyRate: 50,
      toolsPerMonth: 0,
      adsPerMonth: 0,
      orderValue: 100,
      margin: 0,
    });
    expect(r.customersPerMonth).toBeNull();
    expect(r.customersPerYear).toBeNull();
  });
  it('has no cost and no time share with nothing put in', () => {
    const r = computeEffort({
      hoursPerWeek: 0,
      hourlyRate: 0,
      toolsPerMonth: 0,
      adsPerMonth: 0,
      orderValue: 0,
      margin: 0,
    });
    expect(r.costPerMonth).toBe(0);
    expect(r.timeShare).toBe(0);
  });
  it('treats NaN and negative inputs as 0 and a margin over 100 % as 100 %', () => {
    const r = computeEffort({
      hoursPerWeek: Number.NaN,
      hourlyRate: -5,
      toolsPerMonth: 10,
      adsPerMonth: Number.POSITIVE_INFINITY,
      orderValue: 10,
      margin: 3,
    });
    expect(r.costPerMonth).toBe(10);
    expect(r.earnedPerCustomer).toBe(10);
  });
  it('is finite for every valid input', () => {
    fc.assert(
      fc.property(validInputs, (input) => {
        for (const [key, v] of Object.entries(computeEffort(input))) {
          if (v !== null) expect(Number.isFinite(v), key).toBe(true);
        }
      }),
    );
  });
  it('never needs fewer customers when the cost goes up, nor more when the margin goes up', () => {
    fc.assert(
      fc.property(
        validInputs,
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (input, extra, t) => {
          const base = computeEffort(input).customersPerMonth;
          const costlier = computeEffort({ ...input, adsPerMonth: input.adsPerMonth + extra }).customersPerMonth;
          const richer = computeEffort({ ...input, margin: input.margin + (1 - input.margin) * t }).customersPerMonth;
          if (base !== null && costlier !== null) expect(costlier).toBeGreaterThanOrEqual(base);
          if (base !== null && richer !== null) expect(richer).toBeLessThanOrEqual(base);
        },
      ),
    );
  });
  it('uses 52 ÷ 12 weeks per month', () => {
    expect(WEEKS_PER_MONTH * 12).toBeCloseTo(52, 12);
  });
});

describe('wholeCustomers', () => {
  it('rounds up to whole people, ignoring binary noise', () => {
    expect(wholeCustomers(2.1)).toBe(3);
    expect(wholeCustomers(50)).toBe(50);
    expect(wholeCustomers(50.000000000001)).toBe(50);
    expect(wholeCustomers(49.9999999999999)).toBe(50);
    expect(wholeCustomers(0)).toBe(0);
    expect(wholeCustomers(Number.NaN)).toBe(0);
    expect(wholeCustomers(-3)).toBe(0);
  });
  it('is never below the exact count (beyond noise)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), (n) => {
        expect(wholeCustomers(n)).toBeGreaterThanOrEqual(Number(n.toPrecision(12)));
      }),
    );
  });
});

describe('the effort form', () => {
  it('every preset is valid', () => {
    for (const preset of effortCalculator.presets) {
      const form = resolveForm(effortFields, preset.values);
      expect(form.issues, preset.id).toEqual([]);
      expect(computeEffort(effortInputsFrom(form.values)).customersPerMonth).not.toBeNull();
    }
  });
  it('reads the margin as a percentage', () => {
    const form = resolveForm(effortFields, { ...effortCalculator.presets[0]!.values, marge: '35' });
    expect(effortInputsFrom(form.values).margin).toBeCloseTo(0.35, 12);
  });
});
