import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOT_A_NUMBER, formatCompact, formatEuro, formatNumber, formatPercent, formatRate } from '../../src/lib/format';

// The formatters put a no-break space between number and unit; compare with ordinary spaces for readability.
const plain = (s: string) => s.replace(/\u00a0/g, ' ');
const nonFinite = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];

describe('formatNumber', () => {
  it('uses Dutch separators', () => {
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(2.5, 1)).toBe('2,5');
    expect(formatNumber(2.5)).toBe('3');
  });
  it('drops trailing zeros and never shows -0', () => {
    expect(formatNumber(4, 2)).toBe('4');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(-0.001, 2)).toBe('0');
    expect(formatNumber(-12.5, 1)).toBe('-12,5');
  });
  it('handles huge numbers and odd decimal requests', () => {
    expect(formatNumber(1e21)).toBe('1.000.000.000.000.000.000.000');
    expect(formatNumber(1.25, -3)).toBe('1');
    expect(formatNumber(1.23456, 99)).toBe('1,23456');
    expect(formatNumber(1.5, Number.NaN)).toBe('2');
  });
  it('formats non-finite values as a dash', () => {
    for (const v of nonFinite) expect(formatNumber(v)).toBe(NOT_A_NUMBER);
  });
  it('never shows NaN or Infinity for any double', () => {
    fc.assert(
      fc.property(fc.double(), fc.integer({ min: -5, max: 30 }), (v, d) => {
        expect(formatNumber(v, d)).not.toMatch(/NaN|∞|Infinity/);
      }),
    );
  });
  it('round-trips integers through the Dutch separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        expect(Number(formatNumber(n).replace(/\./g, ''))).toBe(n);
      }),
    );
  });
});

describe('formatPercent', () => {
  it('formats fractions as percentages with a space and a comma', () => {
    expect(plain(formatPercent(0.024))).toBe('2,4 %');
    expect(plain(formatPercent(0.08))).toBe('8 %');
    expect(plain(formatPercent(0.0365))).toBe('3,65 %');
    expect(plain(formatPercent(0.0921))).toBe('9,21 %');
    expect(plain(formatPercent(1))).toBe('100 %');
  });
  it('keeps at most two decimals unless asked for more', () => {
    expect(plain(formatPercent(0.123456))).toBe('12,35 %');
    expect(plain(formatPercent(0.00035))).toBe('0,04 %');
    expect(plain(formatPercent(0.00035, 3))).toBe('0,035 %');
    expect(plain(formatPercent(0.5, 0))).toBe('50 %');
  });
  it('handles zero, negatives and huge values', () => {
    expect(plain(formatPercent(0))).toBe('0 %');
    expect(plain(formatPercent(-0.25))).toBe('-25 %');
    expect(plain(formatPercent(1e6))).toBe('100.000.000 %');
  });
  it('keeps number and sign together with a no-break space', () => {
    expect(formatPercent(0.024)).toBe('2,4\u00a0%');
  });
  it('formats non-finite values as a dash', () => {
    for (const v of nonFinite) expect(formatPercent(v)).toBe(NOT_A_NUMBER);
  });
  it('always ends in " %" for finite input', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), (v) => {
        expect(formatPercent(v)).toMatch(/^-?[\d.]+(,\d{1,2})?\u00a0%$/);
      }),
    );
  });
});

describe('formatEuro', () => {
  it('formats euros the Dutch way', () => {
    expect(plain(formatEuro(1234.5))).toBe('€ 1.234,50');
    expect(plain(formatEuro(0.4))).toBe('€ 0,40');
    expect(plain(formatEuro(250))).toBe('€ 250,00');
    expect(plain(formatEuro(0))).toBe('€ 0,00');
  });
  it('shows negatives and never "-0,00"', () => {
    expect(plain(formatEuro(-1234.5))).toBe('€ -1.234,50');
    expect(plain(formatEuro(-0))).toBe('€ 0,00');
    expect(plain(formatEuro(-0.001))).toBe('€ 0,00');
  });
  it('handles huge amounts and non-finite values', () => {
    expect(plain(formatEuro(1e12))).toBe('€ 1.000.000.000.000,00');
    for (const v of nonFinite) expect(formatEuro(v)).toBe(NOT_A_NUMBER);
  });
  it('always shows two decimals for finite input', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), (v) => {
        expect(plain(formatEuro(v))).toMatch(/^€ -?[\d.]+,\d\d$/);
      }),
    );
  });
});

describe('formatCompact', () => {
  it('writes millions and billions short', () => {
    expect(plain(formatCompact(10_100_000))).toBe('10,1 mln');
    expect(plain(formatCompact(2_950_000))).toBe('2,95 mln');
    expect(plain(formatCompact(1_030_000))).toBe('1,03 mln');
    expect(plain(formatCompact(1_000_000))).toBe('1 mln');
    expect(plain(formatCompact(1_200_000_000))).toBe('1,2 mld');
  });
  it('writes smaller numbers in full', () => {
    expect(formatCompact(2_500)).toBe('2.500');
    expect(formatCompact(999_999)).toBe('999.999');
    expect(formatCompact(0)).toBe('0');
  });
  it('moves to "mld" when millions round to a thousand', () => {
    expect(plain(formatCompact(999_999_999))).toBe('1 mld');
    expect(plain(formatCompact(999_994_000))).toBe('999,99 mln');
  });
  it('handles negatives and non-finite values', () => {
    expect(plain(formatCompact(-3_500_000))).toBe('-3,5 mln');
    for (const v of nonFinite) expect(formatCompact(v)).toBe(NOT_A_NUMBER);
  });
  it('never writes "1.000 mln" and keeps the value within rounding', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), (v) => {
        const out = plain(formatCompact(v));
        expect(out).not.toMatch(/^-?1\.000 mln$/);
        const m = /^(-?[\d.]+(?:,\d+)?)(?: (mln|mld))?$/.exec(out);
        expect(m).not.toBeNull();
        const scale = m![2] === 'mld' ? 1e9 : m![2] === 'mln' ? 1e6 : 1;
        const back = Number(m![1]!.replace(/\./g, '').replace(',', '.')) * scale;
        // Two decimals of the unit, or a whole number below a million.
        expect(Math.abs(back - v)).toBeLessThanOrEqual(scale === 1 ? 0.5 : 0.005 * scale + 1e-6 * Math.abs(v));
      }),
    );
  });
});

describe('formatRate', () => {
  it('keeps two decimals, three for rates below 0,1 %', () => {
    expect(plain(formatRate(0.024))).toBe('2,4 %');
    expect(plain(formatRate(0.0004))).toBe('0,04 %');
    expect(plain(formatRate(0.00035))).toBe('0,035 %');
    expect(plain(formatRate(-0.00035))).toBe('-0,035 %');
    expect(plain(formatRate(0))).toBe('0 %');
    for (const v of nonFinite) expect(formatRate(v)).toBe(NOT_A_NUMBER);
  });
  it('never rounds a small non-zero rate to "0 %" above 0,0005 %', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.000005, max: 0.001, noNaN: true }), (v) => {
        expect(plain(formatRate(v))).not.toBe('0 %');
      }),
    );
  });
});
