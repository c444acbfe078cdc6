import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInputNumber, parseDutchNumber } from '../../../src/lib/calculators/parse-number';

const value = (s: string) => {
  const r = parseDutchNumber(s);
  return r.ok ? r.value : r.reason;
};

describe('parseDutchNumber', () => {
  it('reads Dutch notation', () => {
    expect(value('2,5')).toBe(2.5);
    expect(value('1.000')).toBe(1000);
    expect(value('1.000.000')).toBe(1_000_000);
    expect(value('1.234,50')).toBe(1234.5);
    expect(value(',5')).toBe(0.5);
    expect(value('0,04')).toBe(0.04);
  });
  it('reads plain digits and a decimal point that cannot be a thousands dot', () => {
    expect(value('2500')).toBe(2500);
    expect(value('2.5')).toBe(2.5);
    expect(value('0.125')).toBe(0.125);
    expect(value('12.3456')).toBe(12.3456);
  });
  it('ignores euro signs, percent signs, units and spaces', () => {
    expect(value('€ 50')).toBe(50);
    expect(value('€50')).toBe(50);
    expect(value('50 euro')).toBe(50);
    expect(value('2,5 %')).toBe(2.5);
    expect(value('5%')).toBe(5);
    expect(value('  12  ')).toBe(12);
    expect(value('€\u00a01.234,50')).toBe(1234.5);
    expect(value('1 000 000')).toBe(1_000_000);
  });
  it('accepts a trailing comma while the reader is still typing', () => {
    expect(value('2,')).toBe(2);
  });
  it('reads a minus sign (range checks are the caller’s job)', () => {
    expect(value('-5')).toBe(-5);
    expect(value('\u22122,5')).toBe(-2.5);
    expect(value('-0')).toBe(0);
    expect(Object.is(value('-0'), -0)).toBe(false);
  });
  it('says empty for empty input', () => {
    expect(value('')).toBe('empty');
    expect(value('   ')).toBe('empty');
    expect(value('€')).toBe('empty');
  });
  it('rejects what is not a number', () => {
    for (const s of [
      'abc',
      '12abc',
      '1,2,3',
      '1.2.3',
      '1e5',
      'Infinity',
      'NaN',
      '0x10',
      '-',
      ',',
      '.',
      '1.000.00',
      '--5',
      '5-',
    ]) {
      expect(value(s), s).toBe('invalid');
    }
  });
  it('rejects numbers too long to be finite', () => {
    expect(value('9'.repeat(400))).toBe('invalid');
  });
  it('never returns a non-finite value for any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const r = parseDutchNumber(s);
        if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
      }),
    );
  });
  it('reads back every number it writes for inputs', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (n) => {
        const rounded = Number(n.toFixed(6));
        const r = parseDutchNumber(formatInputNumber(rounded));
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.value).toBeCloseTo(rounded, 6);
      }),
    );
  });
  it('reads whole numbers with thousands dots', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        const text = new Intl.NumberFormat('nl-NL').format(n);
        expect(parseDutchNumber(text)).toEqual({ ok: true, value: n });
      }),
    );
  });
});

describe('formatInputNumber', () => {
  it('writes numbers the way a Dutch reader types them', () => {
    expect(formatInputNumber(1000)).toBe('1.000');
    expect(formatInputNumber(2.5)).toBe('2,5');
    expect(formatInputNumber(0.04)).toBe('0,04');
    expect(formatInputNumber(-3)).toBe('-3');
  });
  it('writes nothing for non-finite values', () => {
    expect(formatInputNumber(Number.NaN)).toBe('');
    expect(formatInputNumber(Number.POSITIVE_INFINITY)).toBe('');
  });
});
