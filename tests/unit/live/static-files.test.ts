import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtBase, resolveFile } from '../../../server/static-files';

describe('resolveFile', () => {
  const root = mkdtempSync(join(tmpdir(), 'live-static-'));
  mkdirSync(join(root, 'lessen'));
  writeFileSync(join(root, 'index.html'), 'home');
  writeFileSync(join(root, 'lessen', 'index.html'), 'lessen');

  it('finds files and directory index pages', () => {
    expect(resolveFile(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveFile(root, '/lessen/')).toBe(join(root, 'lessen', 'index.html'));
    expect(resolveFile(root, '/missing.js')).toBeNull();
  });

  it.each(['/../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/lessen/%00', '/%E0%A4%A', '/..%2f..%2fetc%2fpasswd'])(
    'never leaves the folder: %s',
    (path) => {
      expect(resolveFile(root, path)).toBeNull();
    },
  );
});

describe('builtBase', () => {
  it('reads the base path a build was made for from its asset links', () => {
    expect(builtBase('<link rel="stylesheet" href="/_astro/a.css"><script src="/_astro/b.js"></script>')).toBe('/');
    expect(builtBase('<a href="/cursus/">x</a><script type="module" src="/cursus/_astro/b.js"></script>')).toBe(
      '/cursus',
    );
    expect(builtBase('<p>no assets</p>')).toBe('/');
    expect(builtBase('')).toBe('/');
  });
});
