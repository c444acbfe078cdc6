import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeEntities, splitTopLevel, textOf } from '../../../src/lib/workshop/html-blocks';

describe('splitTopLevel', () => {
  it('splits a lesson body into its top-level elements', () => {
    const html = '<p>Intro</p>\n<h2 id="a">Een <em>kop</em></h2>\n<p>tekst</p><ul><li>x<ul><li>y</li></ul></li></ul>';
    const blocks = splitTopLevel(html);
    expect(blocks.map((b) => b.tag)).toEqual(['p', 'h2', 'p', 'ul']);
    expect(blocks[1]!.attrs).toEqual({ id: 'a' });
    expect(blocks[1]!.inner).toBe('Een <em>kop</em>');
    expect(blocks[3]!.html).toBe('<ul><li>x<ul><li>y</li></ul></li></ul>');
  });
  it('keeps nested elements of the same name together', () => {
    const blocks = splitTopLevel('<div a><div>1</div><div>2</div></div><div>3</div>');
    expect(blocks.map((b) => b.inner)).toEqual(['<div>1</div><div>2</div>', '3']);
  });
  it('copes with > inside quoted attributes, void elements, comments and self-closing tags', () => {
    const html =
      '<astro-island props="{&quot;a&quot;:&quot;1 > 0&quot;}" data-x=\'<b>\'><input value="a>b"><br></astro-island><!-- <h2>no</h2> --><img src="x.png" alt="1 > 0"><svg><path d="M0 0"/></svg>';
    const blocks = splitTopLevel(html);
    expect(blocks.map((b) => b.tag)).toEqual(['astro-island', 'img', 'svg']);
    expect(blocks[0]!.attrs['props']).toBe('{"a":"1 > 0"}');
    expect(blocks[0]!.attrs['data-x']).toBe('<b>');
    expect(blocks[1]!.inner).toBe('');
  });
  it('treats script and style content as text', () => {
    const blocks = splitTopLevel(
      '<script>if (a < b) document.write("</div><h2>")</script><h2>Echt</h2><style>p>a{}</style>',
    );
    expect(blocks.map((b) => b.tag)).toEqual(['script', 'h2', 'style']);
    expect(blocks[1]!.inner).toBe('Echt');
  });
  it('keeps loose text as a block and drops whitespace between elements', () => {
    const blocks = splitTopLevel('  hallo <p>x</p>\n\n  <p>y</p>  ');
    expect(blocks.map((b) => b.tag)).toEqual(['', 'p', 'p']);
    expect(blocks[0]!.html.trim()).toBe('hallo');
  });
  it('records boolean attributes', () => {
    expect(splitTopLevel('<figure class="big-number" data-slide-keep>x</figure>')[0]!.attrs).toEqual({
      class: 'big-number',
      'data-slide-keep': '',
    });
  });
  it('survives unclosed elements and stray closing tags', () => {
    expect(splitTopLevel('<p>open').map((b) => b.html)).toEqual(['<p>open']);
    expect(splitTopLevel('</div><p>x</p>').map((b) => b.tag)).toEqual(['', 'p']);
  });
  it('property: the blocks put together give back the input without whitespace between them', () => {
    const leaf = fc.constantFrom('<p>a</p>', '<br>', '<em>b &amp; c</em>', '<!-- c -->', 'text', '<img alt="1>0">');
    const tree: fc.Arbitrary<string> = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc
          .tuple(fc.constantFrom('div', 'section', 'ul'), fc.array(tie('node'), { maxLength: 3 }))
          .map(([t, kids]) => `<${t} x="y">${kids.join('')}</${t}>`),
      ),
    })).node;
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), (parts) => {
        const html = parts.join('\n');
        const rebuilt = splitTopLevel(html)
          .map((b) => b.html)
          .join('');
        expect(rebuilt.replace(/<!--.*?-->/g, '').replace(/\s+/g, '')).toBe(
          html.replace(/<!--.*?-->/g, '').replace(/\s+/g, ''),
        );
      }),
    );
  });
});

describe('textOf and decodeEntities', () => {
  it('keeps the visible text only', () => {
    expect(textOf('<p>Een <strong>vet</strong>&nbsp;woord &amp; <script>x()</script>meer</p>')).toBe(
      'Een vet woord & meer',
    );
    expect(textOf('')).toBe('');
  });
  it('decodes numeric entities and drops invalid ones', () => {
    expect(decodeEntities('&#8364; &#x20AC; &#0; &#x110000;')).toBe('€ €  ');
  });
});
