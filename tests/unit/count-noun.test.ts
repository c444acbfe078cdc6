import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countNoun, isSingularText, nounFromPlural, nouns } from '../../src/lib/count-noun';
import { formatCount } from '../../src/lib/calculators/format-calculator';
import { formatNumber } from '../../src/lib/format';

const whole = (n: number) => formatNumber(n);

describe('countNoun', () => {
  it('agrees the noun with the number as shown', () => {
    expect(countNoun(1, nouns.klant, whole)).toBe('1 klant');
    expect(countNoun(0, nouns.klant, whole)).toBe('0 klanten');
    expect(countNoun(2, nouns.like, whole)).toBe('2 likes');
    expect(countNoun(1500, nouns.volger, whole)).toBe('1.500 volgers');
    expect(countNoun(2.4, nouns.klant, formatCount)).toBe('2,4 klanten');
    // 0,96 shown as "1" is one customer; 1,04 shown with one decimal is not.
    expect(countNoun(0.96, nouns.klant, whole)).toBe('1 klant');
    expect(countNoun(1.04, nouns.klant, (n) => formatNumber(n, 2))).toBe('1,04 klanten');
    expect(countNoun(1, nouns.dia, whole)).toBe('1 dia');
    expect(countNoun(3, nouns.les, whole)).toBe('3 lessen');
  });
  it('takes the singular exactly when the shown number reads 1, for any number and format', () => {
    const formats = [whole, formatCount, (n: number) => formatNumber(n, 6)];
    fc.assert(
      fc.property(
        fc.oneof(fc.double({ noNaN: false }), fc.integer({ min: -3, max: 3 }), fc.double({ min: 0.9, max: 1.1 })),
        fc.constantFrom(...formats),
        fc.constantFrom(...Object.values(nouns)),
        (n, format, noun) => {
          const text = countNoun(n, noun, format);
          const shown = format(n);
          expect(text).toBe(`${shown} ${isSingularText(shown) ? noun.one : noun.many}`);
          expect(text).not.toMatch(/NaN|Infinity/);
          if (noun.one !== noun.many) {
            expect(text.endsWith(` ${noun.one}`)).toBe(shown === '1' || shown === '-1');
          }
        },
      ),
    );
  });
  it('finds the singular of the course’s plurals', () => {
    expect(nounFromPlural('volgers')).toEqual(nouns.volger);
    expect(nounFromPlural('keer')).toEqual(nouns.keer);
    expect(nounFromPlural('onbekend')).toEqual({ one: 'onbekend', many: 'onbekend' });
  });
});
