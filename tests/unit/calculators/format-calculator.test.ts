import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount, formatEuroPerUnit } from '../../../src/lib/calculators/format-calculator';

const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('formatCount', () => {
  it('shows whole counts whole and small expected counts with one decimal', () => {
    expect(formatCount(5000)).toBe('5.000');
    expect(formatCount(8)).toBe('8');
    expect(formatCount(2.4)).toBe('2,4');
    expect(formatCount(8.000000000000002)).toBe('8');
    expect(formatCount(12.6)).toBe('13');
    expect(formatCount(0)).toBe('0');
  });
  it('never shows NaN or Infinity', () => {
    fc.assert(
      fc.property(fc.double(), (v) => {
        expect(formatCount(v)).not.toMatch(/NaN|∞|Infinity/);
      }),
    );
  });
});

describe('formatEuroPerUnit', () => {
  it('shows cents from € 0,10 up, and more decimals below', () => {
    expect(plain(formatEuroPerUnit(0.4))).toBe('€ 0,40');
    expect(plain(formatEuroPerUnit(1.5))).toBe('€ 1,50');
    expect(plain(formatEuroPerUnit(0.0011))).toBe('€ 0,0011');
    expect(plain(formatEuroPerUnit(0.05))).toBe('€ 0,05');
    expect(plain(formatEuroPerUnit(0))).toBe('€ 0,00');
    expect(plain(formatEuroPerUnit(-0.002))).toBe('€ -0,002');
  });
  it('never rounds a small positive amount down to zero, and never shows NaN', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-8, max: 0.099, noNaN: true }), (v) => {
        expect(formatEuroPerUnit(v)).toMatch(/[1-9]/);
      }),
    );
    fc.assert(
      fc.property(fc.double(), (v) => {
        expect(formatEuroPerUnit(v)).not.toMatch(/NaN|∞|Infinity/);
      }),
    );
  });
});

describe('formatCount below one (issue 24, item 4)', () => {
  it('keeps two significant digits, so a small expected count is never shown as 0', () => {
    expect(formatCount(0.125)).toBe('0,13');
    expect(formatCount(0.03)).toBe('0,03');
    expect(formatCount(0.1)).toBe('0,1');
    expect(formatCount(0.024)).toBe('0,024');
    expect(formatCount(0.996)).toBe('1');
    fc.assert(
      fc.property(fc.double({ min: 1e-9, max: 0.99, noNaN: true }), (v) => {
        expect(formatCount(v)).toMatch(/[1-9]/);
      }),
    );
  });
});
