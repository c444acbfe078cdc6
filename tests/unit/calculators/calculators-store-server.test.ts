import { describe, expect, it } from 'vitest';
import { funnelCalculator } from '../../../src/lib/calculators/funnel-calculator';
import { $calculators, calculatorInstance, getCalculatorState } from '../../../src/stores/calculators';

// Runs in Node, as Astro's server render does: pages render in one process, so state must not carry over.
describe('calculator instances on the server', () => {
  it('are fresh on every call and not registered', () => {
    const a = calculatorInstance('a', funnelCalculator, 'kledingmerk');
    a.setField('likes', '5');
    const b = calculatorInstance('a', funnelCalculator, 'kledingmerk');
    expect(b).not.toBe(a);
    expect(b.$state.get().values['likes']).toBe('1.000');
    expect($calculators.get()).toEqual({});
    expect(getCalculatorState('a')).toBeNull();
  });
});
