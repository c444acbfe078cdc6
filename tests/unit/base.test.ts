import { afterEach, describe, expect, it, vi } from 'vitest';
import { basePath, stripBase, withBase } from '../../src/lib/base';

describe('base path helpers', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('leaves root-relative paths alone at the root', () => {
    vi.stubEnv('BASE_URL', '/');
    expect(basePath()).toBe('/');
    expect(withBase('/lessen/x/')).toBe('/lessen/x/');
    expect(withBase('zoeken/?q=like#top')).toBe('/zoeken/?q=like#top');
    expect(stripBase('/lessen/x/')).toBe('/lessen/x/');
  });

  it('prefixes every path with a sub-folder base, with or without its trailing slash', () => {
    for (const base of ['/cursus', '/cursus/']) {
      vi.stubEnv('BASE_URL', base);
      expect(basePath()).toBe('/cursus/');
      expect(withBase('/')).toBe('/cursus/');
      expect(withBase('/lessen/x/')).toBe('/cursus/lessen/x/');
      expect(withBase('pagefind/pagefind.js')).toBe('/cursus/pagefind/pagefind.js');
      expect(stripBase('/cursus/lessen/x/')).toBe('/lessen/x/');
      expect(stripBase('/cursus/')).toBe('/');
    }
  });

  it('never touches absolute URLs', () => {
    vi.stubEnv('BASE_URL', '/cursus/');
    expect(withBase('https://example.org/a')).toBe('https://example.org/a');
    expect(withBase('mailto:a@b.nl')).toBe('mailto:a@b.nl');
    expect(withBase('//cdn.example/x')).toBe('//cdn.example/x');
  });
});
