// Inline scripts go into every page minified (src/lib/inline-script.ts), and the CSP hash covers those bytes.
import { describe, expect, it } from 'vitest';
import { minifyScript, scriptHash } from '../../src/lib/inline-script';
import { headScript } from '../../src/components/layout/inline-scripts';
import { DECK_BOOT, DECK_BOOT_HASH } from '../../src/components/workshop/deck-boot';
import offlineSource from '../../src/scripts/offline-register.js?raw';
import themeSource from '../../src/scripts/theme-bootstrap.js?raw';

describe('minifyScript', () => {
  it('drops comments and whitespace, keeps what runs', () => {
    const out = minifyScript(
      '// why\n(() => {\n  /* note */\n  const answer = 42;\n  globalThis.seen = answer;\n})();\n',
    );
    expect(out).not.toMatch(/why|note|\n/);
    const scope: { seen?: number } = {};
    new Function('globalThis', out)(scope);
    expect(scope.seen).toBe(42);
  });
  it('gives an empty script for an empty or comment-only source', () => {
    expect(minifyScript('')).toBe('');
    expect(minifyScript('// nothing\n')).toBe('');
  });
  it('keeps modern syntax as written (optional chaining, ??, catch without binding)', () => {
    const out = minifyScript('try { x?.y ?? z(); } catch {}');
    expect(out).toContain('?.');
    expect(out).toContain('??');
    expect(out).toContain('catch{}');
  });
  it('throws on a script that does not parse, so a broken script fails the build', () => {
    expect(() => minifyScript('(() => {')).toThrow();
  });
});

describe("the site's inline scripts", () => {
  it('are the minified sources, theme first, as one script at most two thirds of their size', () => {
    const source = `${themeSource}\n${offlineSource}`;
    expect(headScript).toBe(minifyScript(source));
    expect(headScript.length).toBeLessThan((source.length * 2) / 3);
    expect(headScript).not.toContain('\n');
    // The theme runs first (before the first paint), the registration after it.
    expect(headScript.indexOf('vdl-theme')).toBeLessThan(headScript.indexOf('serviceWorker'));
  });
  it('hash the bytes the page carries', () => {
    expect(DECK_BOOT).not.toContain('\n');
    expect(DECK_BOOT_HASH).toBe(scriptHash(DECK_BOOT));
  });
});
