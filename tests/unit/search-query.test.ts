import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, queryFromSearch, resultStatus } from '../../src/lib/search-query';

describe('queryFromSearch', () => {
  it('reads, trims and folds the q parameter', () => {
    expect(queryFromSearch('?q=%20geschenken%20')).toBe('geschenken');
    expect(queryFromSearch('?q=likes++en%0Aeuro')).toBe('likes en euro');
    expect(queryFromSearch('')).toBe('');
    expect(queryFromSearch('?x=1')).toBe('');
  });

  it('caps any input at the maximum length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 1000 }), (s) => {
        const q = queryFromSearch(`?q=${encodeURIComponent(s)}`);
        expect(q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        expect(q).toBe(q.trim());
      }),
    );
  });
});

describe('resultStatus', () => {
  it('speaks Dutch for every count', () => {
    expect(resultStatus('', 0)).toBe('Typ een woord om te zoeken.');
    expect(resultStatus('likes', 0)).toContain('Niets gevonden');
    expect(resultStatus('likes', 1)).toBe('1 resultaat voor “likes”');
    expect(resultStatus('likes', 12)).toBe('12 resultaten voor “likes”');
  });
});
