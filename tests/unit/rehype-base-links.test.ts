import { describe, expect, it } from 'vitest';
import rehypeBaseLinks, { prefixHref } from '../../src/lib/rehype-base-links';

describe('prefixHref', () => {
  it('prefixes root-relative links only', () => {
    expect(prefixHref('/lessen/x/', '/cursus/')).toBe('/cursus/lessen/x/');
    expect(prefixHref('/lessen/x/#kop', '/cursus')).toBe('/cursus/lessen/x/#kop');
    expect(prefixHref('/cursus/lessen/x/', '/cursus/')).toBe('/cursus/lessen/x/');
    expect(prefixHref('https://example.org/', '/cursus/')).toBe('https://example.org/');
    expect(prefixHref('//example.org/', '/cursus/')).toBe('//example.org/');
    expect(prefixHref('#kop', '/cursus/')).toBe('#kop');
    expect(prefixHref('/lessen/x/', '/')).toBe('/lessen/x/');
    expect(prefixHref('', '/cursus/')).toBe('');
  });
});

describe('rehypeBaseLinks', () => {
  it('rewrites the href of every link in the tree', () => {
    const tree = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'p', children: [{ type: 'element', tagName: 'a', properties: { href: '/begrippen/' } }] },
        { type: 'element', tagName: 'img', properties: { src: '/x.png' } },
      ],
    };
    rehypeBaseLinks({ base: '/cursus/' })(tree);
    expect(JSON.stringify(tree)).toContain('"href":"/cursus/begrippen/"');
    expect(JSON.stringify(tree)).toContain('"src":"/x.png"');
  });
});
