import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ratio } from '../../../src/lib/calculators/ratio';

describe('ratio', () => {
  it('divides, or gives null where a reader would see NaN or Infinity', () => {
    expect(ratio(400, 1000)).toBe(0.4);
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(1, -2)).toBeNull();
    expect(ratio(1, Number.NaN)).toBeNull();
    expect(ratio(1, 5e-324)).toBeNull();
    expect(ratio(Number.NaN, 2)).toBeNull();
  });
  it('is finite or null for any pair', () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), (a, b) => {
        const r = ratio(a, b);
        if (r !== null) expect(Number.isFinite(r)).toBe(true);
      }),
    );
  });
});
