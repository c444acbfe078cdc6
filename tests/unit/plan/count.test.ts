import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_COUNT, parseCount } from '../../../src/lib/plan/count';

describe('parseCount', () => {
  it('reads whole counts the Dutch way', () => {
    expect(parseCount('12')).toEqual({ ok: true, value: 12 });
    expect(parseCount('0')).toEqual({ ok: true, value: 0 });
    expect(parseCount('1.250')).toEqual({ ok: true, value: 1250 });
    expect(parseCount('1 250 000')).toEqual({ ok: true, value: 1_250_000 });
    expect(parseCount(' 7 ')).toEqual({ ok: true, value: 7 });
  });

  it('refuses what it would have to guess, with a Dutch message', () => {
    for (const text of [
      '',
      ' ',
      '1,5',
      '1,000',
      '2.0000',
      '1.5',
      '-3',
      'abc',
      '12 klanten',
      'NaN',
      'Infinity',
      '1e3',
      '1.25.000',
    ]) {
      const result = parseCount(text);
      expect(result.ok, text).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/^[A-Z]/);
    }
    expect(parseCount(String(MAX_COUNT + 1)).ok).toBe(false);
    expect(parseCount('9'.repeat(400)).ok).toBe(false);
  });

  it('reads back every whole number from 0 to 10^9, plain and with thousands dots', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_COUNT }), (n) => {
        expect(parseCount(String(n))).toEqual({ ok: true, value: n });
        expect(parseCount(new Intl.NumberFormat('nl-NL').format(n))).toEqual({ ok: true, value: n });
      }),
    );
  });

  it('never throws and never returns a non-finite number', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = parseCount(text);
        if (result.ok) expect(Number.isSafeInteger(result.value) && result.value >= 0).toBe(true);
      }),
    );
  });
});
