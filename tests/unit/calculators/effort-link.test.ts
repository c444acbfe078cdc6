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
  it('counts the likes a month’s cost takes at that value', () => {
    const result = computeEffort(inputs);
    const link = funnelLinkFor(inputs, result);
    expect(link.likesPerMonth).toBe(Math.ceil(result.costPerMonth / 0.4));
  });
  it('links to the clothing brand’s funnel with one month of hours, rate and ads', () => {
    const link = funnelLinkFor(inputs, computeEffort(inputs));
    const state = readInstanceState(link.search, 'a', funnelCalculator);
    expect(state?.preset).toBe('kledingmerk');
    expect(state?.values['uren']).toBe('13');
    expect(state?.values['tarief']).toBe('60');
    expect(state?.values['ads']).toBe('100');
  });
});
