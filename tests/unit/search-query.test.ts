import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cleanExcerpt,
  markedWords,
  matchesQuery,
  MAX_QUERY_LENGTH,
  queryFromSearch,
  resultKind,
  resultStatus,
} from '../../src/lib/search-query';

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

describe('resultKind', () => {
  it('tells a lesson from a calculator with the same title, and finds terms and myths', () => {
    expect(resultKind('/lessen/van-like-naar-euro/', '/')).toBe('Les');
    expect(resultKind('/rekenhulpen/like-naar-euro/', '/')).toBe('Rekenhulp');
    expect(resultKind('/begrippen/#roi', '/')).toBe('Begrip');
    expect(resultKind('/lessen/twintig-mythes/#mythe-3-titel', '/')).toBe('Mythe');
    expect(resultKind('/zelftest/', '/')).toBe('Zelftest');
    expect(resultKind('/', '/')).toBe('Pagina');
  });

  it('works under a sub-folder, with or without its trailing slash', () => {
    expect(resultKind('/cursus/lessen/x/#kop', '/cursus/')).toBe('Les');
    expect(resultKind('/cursus/rekenhulpen/x/', '/cursus')).toBe('Rekenhulp');
  });

  it('never throws on odd input', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (url, base) => {
        expect(typeof resultKind(url, base)).toBe('string');
      }),
    );
  });
});

describe('matchesQuery', () => {
  it('accepts stems and longer forms of the query’s words', () => {
    expect(matchesQuery('geschenken', markedWords('een <mark>geschenk</mark> dus'))).toBe(true);
    expect(matchesQuery('like', ['likes'])).toBe(true);
    expect(matchesQuery('ROI', ['roi'])).toBe(true);
    expect(matchesQuery('geschenken', ['geschenkje'])).toBe(true);
  });

  it('rejects a stray letter or an unrelated word (no hits for nonsense)', () => {
    expect(matchesQuery('xyzzyq', markedWords('<mark>X</mark> en Y'))).toBe(false);
    expect(matchesQuery('xyzzyq', [])).toBe(false);
    expect(matchesQuery('', ['likes'])).toBe(false);
    expect(matchesQuery('bereik', ['be'])).toBe(false);
  });

  it('never matches without any highlight', () => {
    fc.assert(
      fc.property(fc.string(), (q) => {
        expect(matchesQuery(q, [])).toBe(false);
      }),
    );
  });
});

describe('cleanExcerpt', () => {
  it('removes a word doubled by the index and folds whitespace', () => {
    expect(cleanExcerpt('<mark>Engagement</mark> <mark>Engagement</mark> is het')).toBe(
      '<mark>Engagement</mark> is het',
    );
    expect(cleanExcerpt('Engagement Engagement.')).toBe('Engagement.');
    expect(cleanExcerpt('  een\n twee  ')).toBe('een twee');
  });

  it('keeps different words and never grows the text', () => {
    expect(cleanExcerpt('de dekking')).toBe('de dekking');
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(cleanExcerpt(s).length).toBeLessThanOrEqual(s.length);
      }),
    );
  });
});
