import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spaceBlockBoundaries } from '../../src/lib/search-index-html';

describe('spaceBlockBoundaries', () => {
  it('keeps the text of touching blocks apart', () => {
    expect(spaceBlockBoundaries('<td>laag?</td><td>lees dan</td>')).toBe('<td>laag?</td> <td>lees dan</td>');
    expect(spaceBlockBoundaries('<p>een</p><p>twee</p>')).toBe('<p>een</p> <p>twee</p>');
    expect(spaceBlockBoundaries('regel<br>regel<br/>x')).toBe('regel<br> regel<br/> x');
  });

  it('leaves inline markup and existing spacing alone', () => {
    expect(spaceBlockBoundaries('<strong>En</strong>gagement')).toBe('<strong>En</strong>gagement');
    expect(spaceBlockBoundaries('<p>a</p>\n<p>b</p>')).toBe('<p>a</p>\n<p>b</p>');
    expect(spaceBlockBoundaries('')).toBe('');
  });

  it('only ever adds spaces, and is idempotent', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('<p>', '</p>', '<td>', '</td>', 'woord', '<br>', ' ', '<em>', '</em>')),
        (parts) => {
          const html = parts.join('');
          const once = spaceBlockBoundaries(html);
          expect(once.replace(/ /g, '')).toBe(html.replace(/ /g, ''));
          expect(spaceBlockBoundaries(once)).toBe(once);
        },
      ),
    );
  });
});
