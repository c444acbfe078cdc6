import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkField, numberOf, resolveForm, type Field, type NumberField } from '../../../src/lib/calculators/fields';

const count: NumberField = {
  kind: 'number',
  id: 'likes',
  label: 'Likes',
  unit: 'count',
  noun: 'likes',
  min: 0,
  max: 1e9,
};
const percent: NumberField = { kind: 'number', id: 'klik', label: 'Klikken', unit: 'percent', min: 0, max: 100 };
const euro: NumberField = { kind: 'number', id: 'order', label: 'Order', unit: 'euro', min: 0, max: 1e6 };
const hours: NumberField = { kind: 'number', id: 'uren', label: 'Uren', unit: 'hours', min: 0, max: 1000 };
const followers: NumberField = {
  kind: 'number',
  id: 'volgers',
  label: 'Volgers',
  unit: 'count',
  noun: 'volgers',
  min: 1,
  max: 1e9,
};
const optional: NumberField = { ...count, id: 'gedeeld', label: 'Gedeeld', optional: true };
const choice: Field = {
  kind: 'choice',
  id: 'bron',
  label: 'Bron',
  options: [
    { value: 'a', label: 'A' },
    { value: 'b', label: 'B' },
  ],
};

const message = (raw: string, field: Field) => {
  const c = checkField(raw, field);
  return c.status === 'error' || c.status === 'ambiguous' ? c.message : c.status;
};
const ok = (value: number | null, readBack: string | null = null) => ({ status: 'ok', value, readBack });

describe('checkField', () => {
  it('accepts valid Dutch numbers', () => {
    expect(checkField('1.000', count)).toEqual(ok(1000));
    expect(checkField('2,5 %', percent)).toEqual(ok(2.5));
    expect(checkField('100', percent)).toEqual(ok(100));
    expect(checkField('0', count)).toEqual(ok(0));
    expect(checkField('1500', euro)).toEqual(ok(1500));
  });
  it('reads back how a text was read when it differs from how the field writes it', () => {
    expect(checkField('20000', count)).toEqual(ok(20000, 'gelezen als 20.000 likes'));
    expect(checkField('2.000 likes', count)).toEqual(ok(2000));
    expect(checkField('€ 50,-', euro)).toEqual(ok(50));
    expect(checkField('50,-', euro)).toEqual(ok(50));
    expect(checkField('10%', percent)).toEqual(ok(10));
    expect(checkField('1500,5', euro)).toEqual(ok(1500.5, 'gelezen als €\u00a01.500,50'));
    expect(checkField('12,50', euro)).toEqual(ok(12.5));
    expect(checkField('12,5', euro)).toEqual(ok(12.5));
    expect(checkField('1.500,00', euro)).toEqual(ok(1500));
    expect(checkField('12.50', euro)).toMatchObject({ status: 'ambiguous' });
    // Only one reading fits a percentage: 1.000 % cannot be.
    expect(checkField('1,000', percent)).toEqual(ok(1, 'gelezen als 1\u00a0%'));
    // Only one reading fits a count: 12,5 people cannot be.
    expect(checkField('12.500', count)).toEqual(ok(12500));
  });
  it('asks "bedoel je …?" with both readings for ambiguous text', () => {
    const c = checkField('1,000', followers);
    expect(c.status).toBe('ambiguous');
    if (c.status !== 'ambiguous') return;
    expect(c.message).toBe('Bedoel je 1 volger of 1.000 volgers?');
    expect(c.suggestions.map((x) => x.text)).toEqual(['1', '1.000']);
    expect(message('12.50', euro)).toBe('Bedoel je €\u00a012,50 of €\u00a01.250?');
    expect(message('2.0000', count)).toBe('Bedoel je 2 likes of 20.000 likes?');
    expect(message('1.5', percent)).toBe('Bedoel je 1,5\u00a0% of 15\u00a0%?');
    // Each suggestion's text reads back as exactly its value, without a new question.
    for (const [raw, field] of [
      ['1,000', followers],
      ['12.50', euro],
      ['2.0000', count],
      ['1.5', percent],
    ] as const) {
      const check = checkField(raw, field);
      if (check.status !== 'ambiguous') throw new Error(raw);
      for (const s of check.suggestions) expect(checkField(s.text, field)).toEqual(ok(s.value));
    }
  });
  it('keeps counts whole and followers at least 1', () => {
    expect(message('1,5', followers)).toMatch(/heel getal/);
    expect(message('0,5', followers)).toMatch(/heel getal/);
    expect(message('0', followers)).toMatch(/minstens 1/);
    expect(message('0,0000001', count)).toMatch(/heel getal/);
    const c = checkField('1.5', count);
    expect(c.status).toBe('error');
    if (c.status === 'error') expect(c.suggestions.map((x) => x.value)).toEqual([15]);
  });
  it('flags a unit typed in the wrong field', () => {
    expect(message('€ 50', percent)).toMatch(/Hier hoort een percentage, maar je typte een bedrag/);
    expect(message('10%', euro)).toMatch(/Hier hoort een bedrag, maar je typte een percentage/);
    expect(message('3 uur', count)).toMatch(/Hier hoort een aantal, maar je typte uren/);
    expect(message('4 uur', hours)).toBe('ok');
  });
  it('reports an empty required field as empty, and an empty optional one as no value', () => {
    expect(checkField('', count)).toEqual({ status: 'empty' });
    expect(checkField('  ', optional)).toEqual(ok(null));
  });
  it('explains letters, negatives, rates over 100 % and absurd sizes in Dutch', () => {
    expect(message('abc', count)).toMatch(/lezen we niet als een aantal/);
    expect(message('-5', count)).toBe('Dit kan niet negatief zijn.');
    expect(message('120', percent)).toMatch(/percentage kan niet hoger zijn dan 100/);
    expect(message('5.000.000.000', count)).toMatch(/onwaarschijnlijk veel/);
    expect(message('0', followers)).toMatch(/minstens 1/);
  });
  it('checks choices against their options', () => {
    expect(checkField('a', choice)).toEqual(ok(null));
    expect(message('<script>', choice)).toMatch(/Kies een van de mogelijkheden/);
  });
  it('never accepts a value outside the field’s range, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 20 }), fc.double().map(String)), (raw) => {
        for (const field of [count, percent, followers, euro]) {
          const c = checkField(raw, field);
          if (c.status === 'ok' && c.value !== null) {
            expect(Number.isFinite(c.value)).toBe(true);
            expect(c.value).toBeGreaterThanOrEqual(field.min);
            expect(c.value).toBeLessThanOrEqual(field.max);
            if (field.unit === 'count') expect(Number.isInteger(c.value)).toBe(true);
          }
        }
      }),
    );
  });
});

describe('resolveForm', () => {
  const fields = [count, percent, choice];

  it('uses the typed values when they are all usable', () => {
    const form = resolveForm(fields, { likes: '2.000', klik: '7,5', bron: 'b' });
    expect(form.values).toEqual({ likes: 2000, klik: 7.5, bron: 'b' });
    expect(form.issues).toEqual([]);
    expect(form.complete).toBe(true);
  });
  it('never fills in a value from elsewhere: unusable fields have no value and the form is incomplete', () => {
    const form = resolveForm(fields, { likes: '', klik: 'veel', bron: 'x' });
    expect(form.values).toEqual({});
    expect(form.complete).toBe(false);
    expect(form.issues.map((i) => [i.fieldId, i.kind])).toEqual([
      ['likes', 'empty'],
      ['klik', 'error'],
      ['bron', 'error'],
    ]);
  });
  it('counts an ambiguous field as an issue', () => {
    const form = resolveForm(fields, { likes: '2.0000', klik: '5', bron: 'a' });
    expect(form.complete).toBe(false);
    expect(form.issues).toEqual([{ fieldId: 'likes', label: 'Likes', kind: 'ambiguous' }]);
  });
  it('treats a missing field as empty', () => {
    const form = resolveForm(fields, { klik: '1', bron: 'a' });
    expect(form.checks['likes']).toEqual({ status: 'empty' });
    expect('likes' in form.values).toBe(false);
  });
});

describe('numberOf', () => {
  it('gives 0 for absent, null, text or non-finite values', () => {
    expect(numberOf({ a: 3 }, 'a')).toBe(3);
    expect(numberOf({}, 'a')).toBe(0);
    expect(numberOf({ a: null }, 'a')).toBe(0);
    expect(numberOf({ a: 'x' }, 'a')).toBe(0);
    expect(numberOf({ a: Number.NaN }, 'a')).toBe(0);
  });
});

describe('checkField at the edges (issue 24)', () => {
  const euroField = euro;
  const volgers = followers;
  const likesPerPost = count;
  it('reads normal Dutch amounts as meant, without a question', () => {
    for (const [raw, v] of [
      ['€ 1.000', 1000],
      ['2.000 euro', 2000],
      ['12.500,-', 12500],
      ['1.000', 1000],
    ] as const) {
      const c = checkField(raw, euroField);
      expect(c.status, raw).toBe('ok');
      if (c.status === 'ok') expect(c.value).toBe(v);
    }
  });
  it('flags a count of the wrong thing, and accepts the field’s own word', () => {
    expect(message('400 likes', volgers)).toBe(
      'Hier hoort een aantal volgers, maar je typte likes. Staat het in het goede veld? Typ alleen het getal.',
    );
    expect(message('60 volgers', likesPerPost)).toMatch(/Hier hoort een aantal likes, maar je typte volgers/);
    expect(checkField('400 volgers', volgers)).toMatchObject({ status: 'ok', value: 400 });
    expect(checkField('400 fans', volgers)).toMatchObject({ status: 'ok', value: 400 });
  });
  it('agrees the noun with the number in every question and read-back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), (g) => {
        const c = checkField(`${g},000`, volgers);
        const text = c.status === 'ambiguous' || c.status === 'error' ? c.message : '';
        for (const m of text.matchAll(/([\d.,]+) (volgers?)\b/g)) {
          expect(m[2], text).toBe(m[1] === '1' ? 'volger' : 'volgers');
        }
      }),
    );
  });
});
