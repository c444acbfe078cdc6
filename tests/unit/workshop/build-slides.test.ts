import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildSlides, escapeHtml, isSparse, packItems, splitMaterial } from '../../../src/lib/workshop/build-slides';
import { splitTopLevel, textOf } from '../../../src/lib/workshop/html-blocks';
import { SLIDE_BUDGET } from '../../../src/lib/workshop/slide-weight';

const points = (...items: string[]) =>
  `<div class="slide-points" data-slide-keep data-slide-kind="points"><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul></div>`;
const number = (value: string, label = 'label', source = 'Bron: X, 2020') =>
  `<figure class="big-number" data-slide-keep data-slide-kind="number"><p class="big-number__value">${value}</p><figcaption><span class="big-number__label">${label}</span><span class="big-number__source">${source}</span></figcaption></figure>`;
const example = (title: string, paragraphs: string[]) =>
  `<section class="example" data-slide-keep data-slide-kind="example"><p class="example__title" data-slide-head>${title}</p>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</section>`;
const island =
  '<div class="deck-island" data-slide-keep data-slide-kind="island"><astro-island uid="x"></astro-island></div>';
const long = (n: number) => 'woord '.repeat(n).trim();

describe('buildSlides', () => {
  it('makes one slide per section, with its prose as notes', () => {
    const html = `<p>Intro</p><h2 id="een">Een</h2><p>uitleg</p>${points('a', 'b')}<p>na</p><h2 id="twee">Twee</h2>${points('c')}`;
    const { intro, slides } = buildSlides(html);
    expect(intro).toEqual(['<p>Intro</p>']);
    expect(slides.map((s) => [s.title, s.anchor, s.part])).toEqual([
      ['Een', 'een', 1],
      ['Twee', 'twee', 1],
    ]);
    expect(slides[0]!.body).toHaveLength(1);
    expect(slides[0]!.notes).toEqual(['<p>uitleg</p>', '<p>na</p>']);
    expect(slides[1]!.notes).toEqual([]);
  });

  it('puts prose before material on the slide that shows that material', () => {
    const html = `<h2>S</h2><p>eerst</p>${island}<p>dan</p>${points('x')}<p>slot</p>`;
    const { slides } = buildSlides(html);
    expect(slides).toHaveLength(2);
    expect(slides[0]!.layout).toBe('island');
    expect(slides[0]!.notes).toEqual(['<p>eerst</p>']);
    expect(slides[1]!.notes).toEqual(['<p>dan</p>', '<p>slot</p>']);
    expect(slides.map((s) => s.part)).toEqual([1, 2]);
  });

  it('puts big numbers side by side, at most three in a row', () => {
    const html = `<h2>Cijfers</h2>${number('1')}${number('2')}${number('3')}${number('4')}`;
    const { slides } = buildSlides(html);
    const rows = slides.flatMap((s) => s.body);
    expect(rows.every((r) => r.startsWith('<div class="slide-row'))).toBe(true);
    expect(rows.map((r) => splitTopLevel(splitTopLevel(r)[0]!.inner).length).reduce((a, b) => a + b)).toBe(4);
    for (const r of rows) expect(splitTopLevel(splitTopLevel(r)[0]!.inner).length).toBeLessThanOrEqual(3);
  });

  it('spreads material that does not fit over more slides, box title repeated, a counter instead of "(vervolg)"', () => {
    const items = Array.from({ length: 12 }, (_, i) => `<li>Stap ${i + 1}: ${long(14)}</li>`).join('');
    const box = `<section class="example" data-slide-keep data-slide-kind="example"><p class="example__title" data-slide-head>Rekenvoorbeeld X</p><ul>${items}</ul></section>`;
    const { slides } = buildSlides(`<h2>Voorbeeld</h2><p>noot</p>${box}`);
    expect(slides.length).toBeGreaterThan(1);
    for (const slide of slides) expect(slide.body.join('')).toContain('Rekenvoorbeeld X');
    const all = slides.map((s) => textOf(s.body.join(''))).join(' ');
    for (let i = 1; i <= 12; i++) expect(all).toContain(`Stap ${i}:`);
    expect(slides[0]!.notes).toEqual(['<p>noot</p>']);
    expect(slides[1]!.body[0]).toContain('data-slide-cont');
    expect(slides.map((s) => [s.part, s.parts])).toEqual(slides.map((_, i) => [i + 1, slides.length]));
    for (const slide of slides) expect(`${slide.title} ${slide.body.join('')}`).not.toMatch(/vervolg/i);
  });

  it("moves a worked example's long paragraphs to the notes, keeping lists, short lines and first sentences", () => {
    const paragraphs = [
      `Kort en krachtig.`,
      `Eerste zin van een lange alinea. ${long(40)}.`,
      `${long(30)} zonder korte eerste zin.`,
      'Lees verder in <a href="/lessen/x/">les 4</a>.',
    ];
    const html = `<h2>Voorbeeld</h2><p>noot</p>${example('Rekenvoorbeeld Y', paragraphs).replace('</section>', '<ul><li>€ 10 × 3</li></ul></section>')}`;
    const { slides } = buildSlides(html);
    expect(slides).toHaveLength(1);
    const body = slides[0]!.body.join('');
    expect(body).toContain('Kort en krachtig.');
    expect(body).toContain('<p>Eerste zin van een lange alinea.</p>');
    expect(body).not.toContain('zonder korte eerste zin');
    expect(body).not.toContain('les 4');
    expect(body).toContain('<li>€ 10 × 3</li>');
    expect(slides[0]!.notes).toEqual([
      '<p>noot</p>',
      `<p>${paragraphs[1]}</p>`,
      `<p>${paragraphs[2]}</p>`,
      `<p>${paragraphs[3]}</p>`,
    ]);
  });

  it('marks a slide of one short list of at most three points as sparse', () => {
    const { slides } = buildSlides(
      `<h2>A</h2>${points('een', 'twee', 'drie')}<h2>B</h2>${points('een', 'twee', 'drie', 'vier')}<h2>C</h2>${points(long(40), 'twee')}<h2>D</h2>${points('x')}${number('5')}`,
    );
    expect(slides.map((s) => s.sparse)).toEqual([true, false, false, false]);
    expect(isSparse([])).toBe(false);
    expect(isSparse(['<p>los</p>'])).toBe(false);
  });

  it('continues the numbering of a split ordered list', () => {
    const items = Array.from({ length: 12 }, (_, i) => `<li>Punt ${i + 1}: ${long(14)}</li>`).join('');
    const block = splitTopLevel(
      `<aside class="aside" data-slide-keep data-slide-kind="onthoud"><p data-slide-head>Onthoud</p><ol>${items}</ol></aside>`,
    )[0]!;
    const parts = splitMaterial(block);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts[0]).not.toContain('start=');
    expect(parts[1]).toMatch(/<ol start="\d+"/);
  });

  it('derives slide points from ### headings, or from a short list, or shows a lede', () => {
    const fromH3 = buildSlides('<h2>Zes</h2><p>x</p><h3>Een</h3><p>a</p><h3>Twee</h3><p>b</p>').slides[0]!;
    expect(textOf(fromH3.body.join(''))).toBe('Een Twee');
    expect(fromH3.notes.join('')).toContain('<h3>Een</h3>');
    const fromList = buildSlides('<h2>L</h2><p>x</p><ul><li>kort</li><li>ook kort</li></ul>').slides[0]!;
    expect(textOf(fromList.body.join(''))).toBe('kort ook kort');
    expect(fromList.notes).toEqual(['<p>x</p>']);
    const lede = buildSlides('<h2>Alleen tekst</h2><p>Eerste zin hier. Tweede zin.</p>').slides[0]!;
    expect(lede.layout).toBe('divider');
    expect(lede.body).toEqual(['<p class="slide-lede">Eerste zin hier.</p>']);
    expect(buildSlides('<h2>Leeg</h2>').slides[0]!).toMatchObject({ layout: 'divider', body: [], notes: [] });
  });

  it('hoists scripts and styles', () => {
    const { hoisted, slides } = buildSlides(`<script>window.a=1</script><h2>S</h2><style>.x{}</style>${points('a')}`);
    expect(hoisted).toEqual(['<script>window.a=1</script>', '<style>.x{}</style>']);
    expect(slides[0]!.body.join('')).not.toContain('<style>');
  });

  it('returns no slides for a body without headings', () => {
    expect(buildSlides('<p>x</p>')).toEqual({ intro: ['<p>x</p>'], hoisted: [], slides: [] });
    expect(buildSlides('')).toEqual({ intro: [], hoisted: [], slides: [] });
  });

  it('property: no material and no note is lost or duplicated', () => {
    const piece = fc.oneof(
      fc.integer({ min: 1, max: 60 }).map((n) => `<p>p${n} ${long(n)}</p>`),
      fc
        .integer({ min: 1, max: 9 })
        .map((n) => points(...Array.from({ length: n }, (_, i) => `pt${i} ${long(n * 2)}`))),
      fc.integer({ min: 1, max: 3 }).map((n) => number(`${n},5 mln`, long(n * 4))),
      fc.constant(island),
    );
    fc.assert(
      fc.property(fc.array(fc.array(piece, { maxLength: 6 }), { minLength: 1, maxLength: 4 }), (sections) => {
        const html = sections.map((s, i) => `<h2>S${i}</h2>${s.join('')}`).join('');
        const { slides } = buildSlides(html);
        const shown = slides.map((s) => textOf(s.body.join(' ') + ' ' + s.notes.join(' '))).join(' ');
        const expected = sections.map((s) => textOf(s.join(' '))).join(' ');
        // Derived points/ledes may repeat text; everything of the source must be there.
        for (const word of new Set(expected.split(' ').filter((w) => /^(p|pt)\d+$/.test(w))))
          expect(shown).toContain(word);
        for (const slide of slides) expect(slide.body.length + slide.notes.length).toBeGreaterThanOrEqual(0);
        expect(new Set(slides.map((s) => s.title)).size).toBe(sections.length);
      }),
    );
  });

  it('property: every slide made of short pieces stays within the budget by estimate', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 8 }), (sizes) => {
        const html = `<h2>S</h2>${sizes.map((n) => points(...Array.from({ length: n }, () => long(6)))).join('')}`;
        const { slides } = buildSlides(html);
        for (const s of slides) {
          const items = (s.body.join('').match(/<li>/g) ?? []).length;
          expect(items).toBeLessThanOrEqual(SLIDE_BUDGET);
        }
      }),
    );
  });
});

describe('packItems and escapeHtml', () => {
  it('packs short items on one slide and long lists on more', () => {
    expect(packItems(['<li>a</li>', '<li>b</li>'])).toEqual([['<li>a</li>', '<li>b</li>']]);
    const many = Array.from({ length: 20 }, (_, i) => `<li>${i} ${long(20)}</li>`);
    const groups = packItems(many);
    expect(groups.length).toBeGreaterThan(1);
    expect(groups.flat()).toEqual(many);
    expect(packItems([])).toEqual([]);
  });
  it('escapes HTML', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
