import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benchmarkSets, referencePoints } from '../../src/data/engagement-benchmarks';
import {
  UNKNOWN_YEAR,
  asSentence,
  keepUnitsTogether,
  shortSource,
  sourceText,
  sourceYear,
} from '../../src/lib/figure-source';

describe('sourceYear', () => {
  it('shows a known year as is and an unknown one in words', () => {
    expect(sourceYear(2016)).toBe('2016');
    expect(sourceYear(null)).toBe(UNKNOWN_YEAR);
    expect(sourceYear(undefined)).toBe(UNKNOWN_YEAR);
    expect(sourceYear(Number.NaN)).toBe(UNKNOWN_YEAR);
  });
  it('never shows "null" or "NaN"', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.constant(null), fc.constant(undefined)), (y) => {
        expect(sourceYear(y)).not.toMatch(/null|NaN|undefined|Infinity/);
      }),
    );
  });
});

describe('sourceText', () => {
  it('joins name, quoted title and year', () => {
    expect(sourceText({ name: 'Markerly', title: 'Does Influencer Size Matter?', year: 2016, measures: 'x' })).toBe(
      'Markerly, “Does Influencer Size Matter?”, 2016',
    );
  });
  it('leaves out a missing title and says when the year is unknown', () => {
    expect(sourceText({ name: 'Jerry', year: null, measures: 'x' })).toBe(`Jerry, ${UNKNOWN_YEAR}`);
  });
  it('does not repeat a title the name already carries', () => {
    expect(sourceText({ name: 'DataReportal, Digital 2025', title: 'Digital 2025', year: 2025, measures: 'x' })).toBe(
      'DataReportal, Digital 2025, 2025',
    );
  });
  it('gives every figure in the data a year or "jaar niet vermeld"', () => {
    const sources = [...benchmarkSets.map((s) => s.source), ...referencePoints.map((p) => p.source)];
    for (const s of sources) expect(sourceText(s)).toMatch(/(\d{4}|jaar niet vermeld)$/);
  });
});

describe('shortSource', () => {
  it('gives name and year', () => {
    expect(shortSource({ name: 'Newcom', year: 2024 })).toBe('Newcom, 2024');
    expect(shortSource({ name: 'Jerry', year: null })).toBe(`Jerry, ${UNKNOWN_YEAR}`);
  });
});

describe('asSentence', () => {
  it('adds a full stop only where one is missing', () => {
    expect(asSentence('likes ÷ volgers')).toBe('likes ÷ volgers.');
    expect(asSentence('Klopt.')).toBe('Klopt.');
    expect(asSentence('Echt? ')).toBe('Echt?');
    expect(asSentence('')).toBe('');
  });
});

describe('keepUnitsTogether', () => {
  it('binds numbers to %, mln and mld', () => {
    expect(keepUnitsTogether('0,5 % en 0,04 %')).toBe('0,5\u00a0% en 0,04\u00a0%');
    expect(keepUnitsTogether('7,3–7,5 mln, 2 mld.')).toBe('7,3–7,5\u00a0mln, 2\u00a0mld.');
  });
  it('leaves other text alone', () => {
    expect(keepUnitsTogether('')).toBe('');
    expect(keepUnitsTogether('2 mlnx en 3 keer')).toBe('2 mlnx en 3 keer');
    expect(keepUnitsTogether('geen cijfers')).toBe('geen cijfers');
  });
});
