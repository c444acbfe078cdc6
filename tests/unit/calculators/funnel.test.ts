import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveForm } from '../../../src/lib/calculators/fields';
import { computeFunnel, funnelFields, funnelInputsFrom, type FunnelInputs } from '../../../src/lib/calculators/funnel';
import { funnelCalculator } from '../../../src/lib/calculators/funnel-calculator';
import { funnelRows } from '../../../src/lib/charts/funnel-chart';
import { funnelPresets, kledingmerk, nicheExpert, sportwagenpagina } from '../../../src/lib/calculators/funnel-presets';

/** A preset's inputs, through the same parsing the page uses. */
function inputsOf(values: Readonly<Record<string, string>>): FunnelInputs {
  const form = resolveForm(funnelFields, values);
  expect(form.issues).toEqual([]);
  return funnelInputsFrom(form.values);
}

/** Any valid input: within the fields' ranges (rates as fractions). */
const validInputs: fc.Arbitrary<FunnelInputs> = fc.record({
  likes: fc.double({ min: 0, max: 1e9, noNaN: true }),
  reachPerLike: fc.double({ min: 0, max: 1000, noNaN: true }),
  visitRate: fc.double({ min: 0, max: 1, noNaN: true }),
  retargetClickRate: fc.double({ min: 0, max: 1, noNaN: true }),
  clickConversion: fc.double({ min: 0, max: 1, noNaN: true }),
  visitConversion: fc.double({ min: 0, max: 1, noNaN: true }),
  withoutLike: fc.double({ min: 0, max: 1, noNaN: true }),
  orderValue: fc.double({ min: 0, max: 1e6, noNaN: true }),
  margin: fc.double({ min: 0, max: 1, noNaN: true }),
  adSpend: fc.double({ min: 0, max: 1e8, noNaN: true }),
  tools: fc.double({ min: 0, max: 1e6, noNaN: true }),
  hours: fc.double({ min: 0, max: 10_000, noNaN: true }),
  hourlyRate: fc.double({ min: 0, max: 10_000, noNaN: true }),
});

// Not visitRate: more visitors means fewer likers left for the retargeting ad (one base per step).
const rateKeys = ['retargetClickRate', 'clickConversion', 'visitConversion'] as const;
const growKeys = ['likes', 'orderValue', ...rateKeys] as const;

describe('the clothing brand of lesson 4', () => {
  const r = computeFunnel(inputsOf(kledingmerk.values));
  it('reaches 5.000 extra people and brings 200 likers to the site', () => {
    expect(r.reach).toBeCloseTo(5000, 9);
    expect(r.visits).toBeCloseTo(200, 9);
  });
  it('gets 50 clicks on the retargeting ad and 5 purchases from them, € 250', () => {
    expect(r.clicks).toBeCloseTo(50, 9);
    expect(r.customersViaAd).toBeCloseTo(5, 9);
    expect(r.revenueViaAd).toBeCloseTo(250, 9);
  });
  it('gets 3 more purchases from the 200 visitors, € 150', () => {
    expect(r.customersViaSite).toBeCloseTo(3, 9);
    expect(r.revenueViaSite).toBeCloseTo(150, 9);
  });
  it('adds up to exactly 8 purchases, € 400 and € 0,40 per like', () => {
    expect(r.customers).toBeCloseTo(8, 9);
    expect(r.revenue).toBeCloseTo(400, 9);
    expect(r.revenuePerLike).toBeCloseTo(0.4, 12);
  });
  it('leaves € 50 after lesson 4’s 50 % margin, € 60 ad and 2 hours at € 45: € 0,05 per like', () => {
    expect(r.grossMargin).toBeCloseTo(200, 9);
    expect(r.cost).toBe(150);
    expect(r.net).toBeCloseTo(50, 9);
    expect(r.netPerLike).toBeCloseTo(0.05, 12);
    // ROI on margin, as lesson 4 and the glossary teach it: € 50 ÷ € 150.
    expect(r.roi).toBeCloseTo(1 / 3, 12);
    expect(r.breakEvenCustomers).toBeCloseTo(6, 9);
  });
});

describe('the other presets', () => {
  it('follow lesson 1 per post: Victor € 80 from 8.000 likes, the expert € 1.500 from 25 likes', () => {
    const cars = computeFunnel(inputsOf(sportwagenpagina.values));
    const expert = computeFunnel(inputsOf(nicheExpert.values));
    expect(cars.likes).toBe(8000);
    expect(cars.reach).toBe(400_000);
    expect(cars.visits).toBeCloseTo(400, 9);
    expect(cars.customers).toBeCloseTo(4, 9);
    expect(cars.revenue).toBeCloseTo(80, 9);
    expect(cars.revenuePerLike).toBeCloseTo(0.01, 12);
    expect(expert.likes).toBe(25);
    expect(expert.reach).toBe(1200);
    expect(expert.visits).toBeCloseTo(2, 9);
    expect(expert.customers).toBeCloseTo(1, 9);
    expect(expert.revenue).toBeCloseTo(1500, 9);
    expect(expert.revenuePerLike).toBeCloseTo(60, 9);
    expect(cars.net).toBeLessThan(0);
    expect(expert.net).toBeGreaterThan(0);
  });
  it('name the same persona as lesson 1: the expert is a man with 2.500 fans', () => {
    expect(nicheExpert.description).toMatch(/2\.500 fans/);
    expect(nicheExpert.description).toMatch(/\bhij\b|\bhem\b/);
    expect(sportwagenpagina.description).toMatch(/Victor/);
  });
  it('every preset is valid for every field and names the basis of its numbers', () => {
    for (const preset of funnelPresets) {
      const form = resolveForm(funnelFields, preset.values);
      expect(form.issues, preset.id).toEqual([]);
      expect(Object.keys(preset.values).sort()).toEqual(funnelFields.map((f) => f.id).sort());
      expect(preset.basis.length).toBeGreaterThan(20);
    }
  });
  it('the definition’s default preset exists', () => {
    expect(funnelCalculator.presets.some((p) => p.id === funnelCalculator.defaultPreset)).toBe(true);
  });
});

describe('computeFunnel', () => {
  it('gives null, not NaN or Infinity, where it would divide by zero', () => {
    const zero = computeFunnel({
      likes: 0,
      reachPerLike: 0,
      visitRate: 0,
      retargetClickRate: 0,
      clickConversion: 0,
      visitConversion: 0,
      withoutLike: 0,
      orderValue: 0,
      margin: 0,
      adSpend: 0,
      tools: 0,
      hours: 0,
      hourlyRate: 0,
    });
    expect(zero.revenuePerLike).toBeNull();
    expect(zero.breakEvenVisitConversion).toBe(0);
    expect(zero.costPerCustomer).toBeNull();
    expect(zero.roi).toBeNull();
    expect(zero.breakEvenCustomers).toBeNull();
    expect(zero.breakEvenLikes).toBeNull();
  });
  it('treats NaN, Infinity and negative inputs as 0 and clamps rates to 100 %', () => {
    const r = computeFunnel({
      likes: Number.NaN,
      reachPerLike: Number.POSITIVE_INFINITY,
      visitRate: 5,
      retargetClickRate: -1,
      clickConversion: 0.5,
      visitConversion: 0.5,
      withoutLike: Number.NaN,
      orderValue: 10,
      margin: 2,
      adSpend: -100,
      tools: Number.NEGATIVE_INFINITY,
      hours: 1,
      hourlyRate: Number.NaN,
    });
    for (const v of Object.values(r)) if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
    expect(r.likes).toBe(0);
    expect(r.cost).toBe(0);
    const clamped = computeFunnel({ ...inputsOf(kledingmerk.values), visitRate: 5 });
    expect(clamped.visits).toBe(clamped.likes);
  });
  it('is finite for every valid input', () => {
    fc.assert(
      fc.property(validInputs, (input) => {
        const r = computeFunnel(input);
        for (const [key, v] of Object.entries(r)) {
          if (v !== null) expect(Number.isFinite(v), key).toBe(true);
        }
      }),
    );
  });
  it('never lets a step exceed the one before', () => {
    fc.assert(
      fc.property(validInputs, (input) => {
        const r = computeFunnel(input);
        expect(r.visits).toBeLessThanOrEqual(r.likes);
        expect(r.clicks).toBeLessThanOrEqual(r.retargeted);
        expect(r.visits + r.clicks).toBeLessThanOrEqual(r.likes * (1 + 1e-12));
        expect(r.customersViaSite).toBeLessThanOrEqual(r.visits);
        expect(r.customersViaAd).toBeLessThanOrEqual(r.clicks);
        expect(r.customers).toBeLessThanOrEqual((r.visits + r.clicks) * (1 + 1e-12));
        expect(r.creditedCustomers).toBeLessThanOrEqual(r.customers);
        const rows = funnelRows(r).map((row) => row.value);
        for (let i = 1; i < rows.length; i += 1) expect(rows[i]).toBeLessThanOrEqual(rows[i - 1]! * (1 + 1e-12));
      }),
    );
  });
  it('never lowers revenue when likes, order value or any conversion rate goes up', () => {
    fc.assert(
      fc.property(
        validInputs,
        fc.constantFrom(...growKeys),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (input, key, t) => {
          const max = key === 'likes' ? 1e9 : key === 'orderValue' ? 1e6 : 1;
          const higher = { ...input, [key]: input[key] + (max - input[key]) * t };
          expect(computeFunnel(higher).revenue).toBeGreaterThanOrEqual(computeFunnel(input).revenue);
        },
      ),
    );
  });
  it('never lowers the customer count when a conversion rate goes up', () => {
    fc.assert(
      fc.property(
        validInputs,
        fc.constantFrom(...rateKeys),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (input, key, t) => {
          const higher = { ...input, [key]: input[key] + (1 - input[key]) * t };
          expect(computeFunnel(higher).customers).toBeGreaterThanOrEqual(computeFunnel(input).customers);
        },
      ),
    );
  });
  it('never lowers the cost when ad spend or hours go up', () => {
    fc.assert(
      fc.property(validInputs, fc.double({ min: 0, max: 1e6, noNaN: true }), (input, extra) => {
        const base = computeFunnel(input).cost;
        expect(computeFunnel({ ...input, adSpend: input.adSpend + extra }).cost).toBeGreaterThanOrEqual(base);
        expect(computeFunnel({ ...input, hours: input.hours + extra / 1000 }).cost).toBeGreaterThanOrEqual(base);
      }),
    );
  });
  it('splits revenue exactly into its two routes', () => {
    fc.assert(
      fc.property(validInputs, (input) => {
        const r = computeFunnel(input);
        expect(r.revenueViaAd + r.revenueViaSite).toBe(r.totalRevenue);
        expect(r.customersViaAd + r.customersViaSite).toBe(r.customers);
      }),
    );
  });
  it('breaks even exactly at the break-even customer count', () => {
    fc.assert(
      fc.property(validInputs, (input) => {
        const r = computeFunnel(input);
        if (r.breakEvenCustomers === null) return;
        expect(r.breakEvenCustomers * r.marginPerCustomer).toBeCloseTo(r.cost, 4);
        // Break-even likes come from the rates (margin per like before rounding to cents), so they exist at 0 likes too.
        if (r.breakEvenLikes !== null) {
          expect(r.breakEvenLikes * r.creditedCustomersPerLike * r.marginPerCustomer).toBeCloseTo(r.cost, 4);
        }
      }),
    );
  });
  it('goal seek: at the break-even visitor conversion, margin equals cost', () => {
    fc.assert(
      fc.property(validInputs, (input) => {
        const r = computeFunnel(input);
        const v = r.breakEvenVisitConversion;
        if (v === null || v === 0) return;
        const atGoal = computeFunnel({ ...input, visitConversion: v });
        expect(Math.abs(atGoal.net)).toBeLessThanOrEqual(1e-6 * Math.max(1, r.cost));
      }),
    );
  });
  it('gives less credit to the like as more sales would have come anyway', () => {
    fc.assert(
      fc.property(validInputs, fc.double({ min: 0, max: 1, noNaN: true }), (input, more) => {
        const base = computeFunnel(input);
        const higher = computeFunnel({ ...input, withoutLike: input.withoutLike + (1 - input.withoutLike) * more });
        expect(higher.creditedCustomers).toBeLessThanOrEqual(base.creditedCustomers);
        expect(higher.net).toBeLessThanOrEqual(base.net);
        expect(higher.totalRevenue).toBe(base.totalRevenue);
      }),
    );
  });
  it('counts nobody twice: 100 % everywhere gives at most one customer per like (issue 10, item 5)', () => {
    const r = computeFunnel({
      ...inputsOf(kledingmerk.values),
      visitRate: 1,
      retargetClickRate: 1,
      clickConversion: 1,
      visitConversion: 1,
    });
    expect(r.customers).toBe(1000);
    expect(r.clicks).toBe(0);
  });
});
