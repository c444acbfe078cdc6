import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare } from '../../../src/lib/selftest/share';
import { scores } from './arbitraries';

describe('share encoding', () => {
  it('round-trips any valid scores', () => {
    fc.assert(
      fc.property(scores, (s) => {
        expect(decodeShare(encodeShare(s))).toEqual(s);
      }),
    );
  });

  it('encodes in dimension order', () => {
    expect(encodeShare({ doelen: 83, meten: 42, gesprek: 58, inhoud: 17, middelen: 100, kanalen: 0 })).toBe(
      '83-42-58-17-100-0',
    );
  });

  it('refuses scores the test cannot give (issue 10, item 9)', () => {
    expect(decodeShare('1-2-3-4-5-6')).toBeNull();
    expect(decodeShare('80-40-60-20-100-50')).toBeNull();
    expect(decodeShare('83-42-58-17-100-50')).not.toBeNull();
  });

  it('refuses anything but six whole numbers from 0 to 100', () => {
    for (const bad of [
      null,
      undefined,
      '',
      '1-2-3-4-5',
      '1-2-3-4-5-6-7',
      '1-2-3-4-5-101',
      '1-2-3-4-5--1',
      '1-2-3-4-5-NaN',
      '1-2-3-4-5-2.5',
      '1-2-3-4-5-6 ',
      '<b>1</b>-2-3-4-5-6',
      '9'.repeat(400),
    ]) {
      expect(decodeShare(bad)).toBeNull();
    }
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (text) => void decodeShare(text)));
  });
});
