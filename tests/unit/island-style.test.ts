// Astro's island <style> moves from <body> (invalid unless first child) into <head> (src/lib/island-style.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ISLAND_STYLE, islandStyleInHead } from '../../src/lib/island-style';

const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const island = '<astro-island uid="1"></astro-island>';

describe('islandStyleInHead', () => {
  it('moves the style from before the first island to the end of <head>', () => {
    const before = page('<title>t</title>', `<main><p>x</p>${ISLAND_STYLE}<script>1</script>${island}</main>`);
    expect(islandStyleInHead(before)).toBe(
      page(`<title>t</title>${ISLAND_STYLE}`, `<main><p>x</p><script>1</script>${island}</main>`),
    );
  });
  it('keeps one copy when <head> already has it, and takes out every copy in <body>', () => {
    const before = page(ISLAND_STYLE, `${ISLAND_STYLE}${island}<div>${ISLAND_STYLE}</div>`);
    expect(islandStyleInHead(before)).toBe(page(ISLAND_STYLE, `${island}<div></div>`));
  });
  it('leaves a page without islands, an empty text and a fragment without <head> unchanged', () => {
    expect(islandStyleInHead(page('', '<p>x</p>'))).toBe(page('', '<p>x</p>'));
    expect(islandStyleInHead('')).toBe('');
    expect(islandStyleInHead(`<p>${ISLAND_STYLE}</p>`)).toBe(`<p>${ISLAND_STYLE}</p>`);
  });
  it('never changes anything but where the style stands', () => {
    const text = fc.string().filter((s) => !s.includes('</head>') && !s.includes('<style>'));
    fc.assert(
      fc.property(text, text, fc.nat(3), (head, body, copies) => {
        const before = page(head, ISLAND_STYLE.repeat(copies) + body);
        const after = islandStyleInHead(before);
        expect(after.split(ISLAND_STYLE).length - 1).toBe(copies > 0 ? 1 : 0);
        expect(after.split(ISLAND_STYLE).join('')).toBe(before.split(ISLAND_STYLE).join(''));
        expect(islandStyleInHead(after)).toBe(after);
      }),
    );
  });
});
