import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalculatorState } from '../../../src/lib/calculators/calculator';

describe('isCalculatorState', () => {
  it('accepts a preset id with raw text per field', () => {
    expect(isCalculatorState({ preset: 'kledingmerk', values: { likes: '1.000', bereik: '' } })).toBe(true);
    expect(isCalculatorState({ preset: '', values: {} })).toBe(true);
  });

  it('rejects anything else', () => {
    for (const value of [
      null,
      undefined,
      0,
      Number.NaN,
      'kledingmerk',
      [],
      {},
      { preset: 'x' },
      { values: {} },
      { preset: 1, values: {} },
      { preset: 'x', values: null },
      { preset: 'x', values: ['1'] },
      { preset: 'x', values: { likes: 1000 } },
      { preset: 'x', values: { likes: null } },
      { preset: 'x', values: { likes: { toString: '<img src=x onerror=alert(1)>' } } },
    ]) {
      expect(isCalculatorState(value), JSON.stringify(value)).toBe(false);
    }
  });

  it('accepts exactly the objects whose values are all strings (property)', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.double(), fc.constant(null))),
        (preset, values) => {
          const allText = Object.values(values).every((v) => typeof v === 'string');
          expect(isCalculatorState({ preset, values })).toBe(allText);
        },
      ),
    );
  });
});
