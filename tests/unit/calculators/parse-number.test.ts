import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatInputNumber,
  parseDutchNumber,
  unambiguousText,
  type ParseOptions,
} from '../../../src/lib/calculators/parse-number';

/** The value, both readings, or the status. */
const value = (s: string, options?: ParseOptions) => {
  const r = parseDutchNumber(s, options);
  if (r.status === 'number') return r.value;
  if (r.status === 'ambiguous') return [...r.readings];
  return r.status;
};

describe('parseDutchNumber', () => {
  it('reads Dutch notation', () => {
    expect(value('2,5')).toBe(2.5);
    expect(value('1.000')).toBe(1000);
    expect(value('1.000.000')).toBe(1_000_000);
    expect(value('1.234,50')).toBe(1234.5);
    expect(value(',5')).toBe(0.5);
    expect(value('0,04')).toBe(0.04);
    expect(value('12,5')).toBe(12.5);
  });
  it('reads plain digits and a decimal point after a leading zero', () => {
    expect(value('2500')).toBe(2500);
    expect(value('0.125')).toBe(0.125);
    expect(value('.5')).toBe(0.5);
  });
  it('accepts euro signs, ",-", percent signs, units and spaces, and reports the unit', () => {
    expect(value('€ 50')).toBe(50);
    expect(value('€50')).toBe(50);
    expect(value('50 euro')).toBe(50);
    expect(value('€ 50,-')).toBe(50);
    expect(value('50,-')).toBe(50);
    expect(value('2,5 %')).toBe(2.5);
    expect(value('10%')).toBe(10);
    expect(value('2.000 likes')).toBe(2000);
    expect(value('  12  ')).toBe(12);
    expect(value('€\u00a01.234,50')).toBe(1234.5);
    expect(value('1 000 000')).toBe(1_000_000);
    expect(parseDutchNumber('€ 50,-')).toEqual({ status: 'number', value: 50, unit: 'euro' });
    expect(parseDutchNumber('10%')).toEqual({ status: 'number', value: 10, unit: 'percent' });
    expect(parseDutchNumber('4 uur')).toEqual({ status: 'number', value: 4, unit: 'hours' });
    expect(parseDutchNumber('2.000 likes')).toEqual({ status: 'number', value: 2000, unit: 'count', word: 'likes' });
    expect(parseDutchNumber('60 fans')).toEqual({ status: 'number', value: 60, unit: 'count', word: 'volgers' });
    expect(parseDutchNumber('50')).toEqual({ status: 'number', value: 50, unit: null });
  });
  it('rejects two different units in one text', () => {
    expect(value('€ 5 %')).toBe('invalid');
  });
  it('asks instead of guessing for shapes two conventions read differently', () => {
    expect(value('1,000')).toEqual([1, 1000]);
    expect(value('12,500')).toEqual([12.5, 12500]);
    expect(value('2.0000')).toEqual([2, 20000]);
    expect(value('1.5')).toEqual([1.5, 15]);
    expect(value('12.50')).toEqual([12.5, 1250]);
    // A single thousands dot is Dutch in money too: no one writes euros with three decimals (issue 24, item 6).
    expect(value('12.500', { money: true })).toBe(12500);
    expect(value('€ 1.000', { money: true })).toBe(1000);
    expect(value('2.000 euro', { money: true })).toBe(2000);
    expect(value('12.500,-', { money: true })).toBe(12500);
    expect(value('12.500')).toBe(12500);
    expect(value('1.234.500', { money: true })).toBe(1_234_500);
    expect(value('1.234,50', { money: true })).toBe(1234.5);
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
      '1,000,000',
    ]) {
      expect(value(s), s).toBe('invalid');
    }
  });
  it('rejects numbers too long to be finite', () => {
    expect(value('9'.repeat(400))).toBe('invalid');
  });
  it('never returns a non-finite value for any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.boolean(), (s, money) => {
        const r = parseDutchNumber(s, { money });
        if (r.status === 'number') expect(Number.isFinite(r.value)).toBe(true);
        if (r.status === 'ambiguous') expect(r.readings.every(Number.isFinite)).toBe(true);
      }),
    );
  });

  // Dutch shapes only one convention can read: thousands dots with a decimal comma, decimals that are not
  // exactly three digits after a comma, plain digits. Cents: every value has at most two decimals.
  const cents = fc.integer({ min: 0, max: 100_000_000_000 }).map((c) => c / 100);
  it('never misreads a Dutch-unambiguous number between 0 and 10^9', () => {
    fc.assert(
      fc.property(cents, fc.boolean(), (n, money) => {
        const text = formatInputNumber(n);
        const r = parseDutchNumber(text, { money });
        expect(r).toEqual({ status: 'number', value: n, unit: null });
      }),
    );
  });
  it('reads whole numbers with thousands dots (outside money) and with units', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), (n) => {
        const text = new Intl.NumberFormat('nl-NL').format(n);
        expect(value(text)).toBe(n);
        expect(value(`${text} likes`)).toBe(n);
        expect(value(`€ ${text},-`)).toBe(n);
      }),
    );
  });
  it('returns both readings for every ambiguous shape', () => {
    const group = fc.integer({ min: 1, max: 999 });
    const three = fc.integer({ min: 0, max: 999 }).map((d) => String(d).padStart(3, '0'));
    fc.assert(
      fc.property(group, three, (g, d) => {
        expect(value(`${g},${d}`)).toEqual([Number(`${g}.${d}`), Number(`${g}${d}`)]);
        // "12.500" is Dutch, in money too: no one writes euros with three decimals.
        expect(value(`${g}.${d}`, { money: true })).toBe(Number(`${g}${d}`));
      }),
    );
    const notThree = fc.oneof(fc.stringMatching(/^\d{1,2}$/), fc.stringMatching(/^\d{4,6}$/));
    fc.assert(
      fc.property(group, notThree, (g, d) => {
        expect(value(`${g}.${d}`)).toEqual([Number(`${g}.${d}`), Number(`${g}${d}`)]);
      }),
    );
  });
});

describe('unambiguousText', () => {
  it('writes text that reads back as exactly the value, never as a question', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.boolean(), fc.boolean(), (n, money, exact) => {
        const text = unambiguousText(n, { money, exact });
        const r = parseDutchNumber(text, { money });
        expect(r.status).toBe('number');
        if (r.status === 'number') {
          // Exact for every value a form holds (not the subnormal ones String() writes with an exponent).
          if (exact && (n === 0 || n >= 1e-6)) expect(r.value).toBe(n);
          else if (exact) expect(r.value).toBeCloseTo(n, 15);
          // Otherwise rounded to 6 decimals (plus the double's own spacing at 10^9).
          else expect(Math.abs(r.value - n)).toBeLessThanOrEqual(5e-7 + n * 1e-15);
        }
      }),
    );
  });
  it('drops the single thousands dot in money and adds a fourth decimal after three', () => {
    expect(unambiguousText(1500, { money: true })).toBe('1500');
    expect(unambiguousText(1500)).toBe('1.500');
    expect(unambiguousText(1.234)).toBe('1,2340');
    expect(unambiguousText(52 / 12, { exact: true })).toBe('4,333333333333333');
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
