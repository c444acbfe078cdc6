import { describe, expect, it } from 'vitest';
import { scriptHash } from '../../src/lib/inline-script';
import { serviceWorkerSource } from '../../src/lib/offline/service-worker-source';

describe('serviceWorkerSource', () => {
  const source = serviceWorkerSource({ version: 'abc123', base: '/cursus/', urls: ['/cursus/', '/cursus/a "b".js'] });

  it('names its cache after the version and keeps the base path', () => {
    expect(source).toContain('const VERSION = "abc123"');
    expect(source).toContain('const BASE = "/cursus/"');
  });

  it('embeds the URL list as JSON, so odd file names cannot break the script', () => {
    expect(source).toContain(JSON.stringify(['/cursus/', '/cursus/a "b".js']));
    expect(() => new Function(source.replace(/self\.|caches\./g, 'globalThis.'))).not.toThrow();
  });
});

describe('scriptHash', () => {
  it('gives the CSP hash of a script text', () => {
    expect(scriptHash('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
    expect(scriptHash('')).toMatch(/^sha256-[A-Za-z0-9+/]+=*$/);
  });
});
