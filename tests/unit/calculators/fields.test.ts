import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkField, numberOf, resolveForm, type Field, type NumberField } from '../../../src/lib/calculators/fields';

const count: NumberField = { kind: 'number', id: 'likes', label: 'Likes', unit: 'count', min: 0, max: 1e9 };
const percent: NumberField = { kind: 'number', id: 'klik', label: 'Klikken', unit: 'percent', min: 0, max: 100 };
const followers: NumberField = {
  kind: 'number',
  id: 'volgers',
  label: 'Volgers',
  unit: 'count',
  min: 0,
  minExclusive: true,
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
  return c.status === 'error' ? c.message : c.status;
};

describe('checkField', () => {
  it('accepts valid Dutch numbers', () => {
    expect(checkField('1.000', count)).toEqual({ status: 'ok', value: 1000 });
    expect(checkField('2,5 %', percent)).toEqual({ status: 'ok', value: 2.5 });
    expect(checkField('100', percent)).toEqual({ status: 'ok', value: 100 });
    expect(checkField('0', count)).toEqual({ status: 'ok', value: 0 });
  });
  it('reports an empty required field as empty, and an empty optional one as no value', () => {
    expect(checkField('', count)).toEqual({ status: 'empty' });
    expect(checkField('  ', optional)).toEqual({ status: 'ok', value: null });
  });
  it('explains letters, negatives, rates over 100 % and absurd sizes in Dutch', () => {
    expect(message('abc', count)).toMatch(/lezen we niet als een aantal/);
    expect(message('-5', count)).toBe('Dit kan niet negatief zijn.');
    expect(message('120', percent)).toMatch(/percentage kan niet hoger zijn dan 100/);
    expect(message('5.000.000.000', count)).toMatch(/onwaarschijnlijk veel/);
    expect(message('0', followers)).toMatch(/meer zijn dan 0/);
  });
  it('checks choices against their options', () => {
    expect(checkField('a', choice)).toEqual({ status: 'ok', value: null });
    expect(message('<script>', choice)).toMatch(/Kies een van de mogelijkheden/);
  });
  it('never accepts a value outside the field’s range, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 20 }), fc.double().map(String)), (raw) => {
        for (const field of [count, percent, followers]) {
          const c = checkField(raw, field);
          if (c.status === 'ok' && c.value !== null) {
            expect(Number.isFinite(c.value)).toBe(true);
            expect(c.value).toBeGreaterThanOrEqual(field.min);
            expect(c.value).toBeLessThanOrEqual(field.max);
          }
        }
      }),
    );
  });
});

describe('resolveForm', () => {
  const fields = [count, percent, choice];
  const lastValid = { likes: 1000, klik: 5, bron: 'a' };

  it('uses the typed values when they are valid', () => {
    const form = resolveForm(fields, { likes: '2.000', klik: '7,5', bron: 'b' }, lastValid);
    expect(form.values).toEqual({ likes: 2000, klik: 7.5, bron: 'b' });
    expect(form.issues).toEqual([]);
  });
  it('falls back to the last valid value per field and lists the issue', () => {
    const form = resolveForm(fields, { likes: '', klik: 'veel', bron: 'x' }, lastValid);
    expect(form.values).toEqual(lastValid);
    expect(form.issues.map((i) => [i.fieldId, i.kind])).toEqual([
      ['likes', 'empty'],
      ['klik', 'error'],
      ['bron', 'error'],
    ]);
  });
  it('treats a missing field as empty', () => {
    const form = resolveForm(fields, { klik: '1', bron: 'a' }, lastValid);
    expect(form.checks['likes']).toEqual({ status: 'empty' });
    expect(form.values['likes']).toBe(1000);
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
