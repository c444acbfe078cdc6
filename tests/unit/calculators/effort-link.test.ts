import { describe, expect, it } from 'vitest';
import { computeEffort } from '../../../src/lib/calculators/effort';
import { funnelLinkFor, kledingmerkValuePerLike } from '../../../src/lib/calculators/effort-link';
import { funnelCalculator } from '../../../src/lib/calculators/funnel-calculator';
import { readInstanceState } from '../../../src/lib/calculators/url-state';

const inputs = { hoursPerWeek: 3, hourlyRate: 60, toolsPerMonth: 20, adsPerMonth: 100, orderValue: 100, margin: 0.5 };

describe('funnelLinkFor', () => {
  it('uses lesson 4’s € 0,40 per like', () => {
    expect(kledingmerkValuePerLike()).toBeCloseTo(0.4, 12);
  });
  it('counts the likes whose margin covers a month’s cost: cost ÷ (8 customers per 1.000 likes × order × margin)', () => {
    const result = computeEffort(inputs);
    const link = funnelLinkFor(inputs, result);
    expect(link.customersPerLike).toBeCloseTo(8 / 1000, 15);
    expect(link.marginPerLike).toBeCloseTo((8 / 1000) * 100 * 0.5, 12);
    expect(link.likesPerMonth).toBe(Math.ceil(result.costPerMonth / 0.4));
  });
  it('has no likes when the order value is 0, as it has no customers (issue 24, item 1)', () => {
    const free = { ...inputs, orderValue: 0 };
    const result = computeEffort(free);
    expect(result.customersPerMonth).toBeNull();
    expect(funnelLinkFor(free, result).likesPerMonth).toBeNull();
  });
  it('webshop: 1.330 a month at 35 % margin takes 9.500 likes, not 3.325 (issue 10, item 2)', () => {
    const webshop = {
      hoursPerWeek: 6,
      hourlyRate: 40,
      toolsPerMonth: 40,
      adsPerMonth: 250,
      orderValue: 50,
      margin: 0.35,
    };
    const result = computeEffort(webshop);
    expect(result.costPerMonth).toBeCloseTo(1330, 9);
    expect(funnelLinkFor(webshop, result).likesPerMonth).toBe(9500);
  });
  it('says "not reachable" with no number when the margin is 0', () => {
    const zero = { ...inputs, margin: 0 };
    expect(funnelLinkFor(zero, computeEffort(zero)).likesPerMonth).toBeNull();
  });
  it('links to the clothing brand’s funnel with one month of hours, rate, tools, ads, order value and margin', () => {
    const link = funnelLinkFor(inputs, computeEffort(inputs));
    const state = readInstanceState(link.search, 'a', funnelCalculator);
    expect(state?.preset).toBe('kledingmerk');
    expect(state?.values['uren']).toBe('13');
    expect(state?.values['tarief']).toBe('60');
    expect(state?.values['ads']).toBe('100');
    expect(state?.values['tools']).toBe('20');
    expect(state?.values['marge']).toBe('50');
    expect(state?.values['order']).toBe('100');
  });
  it('writes hours per month as a person types them: 1,2 hours a week is 5,2 a month (issue 24, item 3)', () => {
    const few = { ...inputs, hoursPerWeek: 1.2 };
    const state = readInstanceState(funnelLinkFor(few, computeEffort(few)).search, 'a', funnelCalculator);
    expect(state?.values['uren']).toBe('5,2');
  });
});
