import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitTopLevel, textOf } from '../../../src/lib/workshop/html-blocks';
import { SHORT_PARAGRAPH, firstSentenceHtml, slideProse } from '../../../src/lib/workshop/slide-prose';

const box = (inner: string) =>
  splitTopLevel(
    `<section class="example" data-slide-keep data-slide-kind="example"><p class="example__title" data-slide-head>Titel</p>${inner}</section>`,
  )[0]!;

describe('firstSentenceHtml', () => {
  it('cuts after the first sentence, outside inline elements', () => {
    expect(firstSentenceHtml('Een. Twee.')).toBe('Een.');
    expect(firstSentenceHtml('Dat is <strong>€ 1.040</strong> per maand. Verder.')).toBe(
      'Dat is <strong>€ 1.040</strong> per maand.',
    );
    expect(firstSentenceHtml('Waarom? Daarom.')).toBe('Waarom?');
  });
  it('gives null when the sentence ends inside an element or not at all', () => {
    expect(firstSentenceHtml('<strong>Route A.</strong> Hij volgt')).toBe(null);
    expect(firstSentenceHtml('geen einde')).toBe(null);
    expect(firstSentenceHtml('')).toBe(null);
    expect(firstSentenceHtml('kapot <strong')).toBe(null);
  });
  it('does not cut inside a number', () => {
    expect(firstSentenceHtml('Het zijn 1.000 likes. Meer.')).toBe('Het zijn 1.000 likes.');
  });
});

describe('slideProse', () => {
  it('leaves a box of short lines and lists as it is', () => {
    const b = box('<p>Kort.</p><ul><li>een</li></ul>');
    expect(slideProse(b)).toEqual({ html: b.html, notes: [] });
  });
  it('sends a paragraph with a link to another lesson to the notes; a glossary term stays', () => {
    const b = box('<p>Zie <a href="/lessen/x/">les 4</a>.</p><p>Een <a class="term" href="/begrippen/#x">term</a>.</p>');
    const out = slideProse(b);
    expect(out.notes).toEqual(['<p>Zie <a href="/lessen/x/">les 4</a>.</p>']);
    expect(out.html).toContain('class="term"');
    expect(out.html).not.toContain('les 4');
  });
  it('handles an empty box', () => {
    const b = box('');
    expect(slideProse(b)).toEqual({ html: b.html, notes: [] });
  });
  it('property: every paragraph is whole on the slide or whole in the notes, and a slide line stays short', () => {
    const word = fc.constantFrom('likes', 'omzet', '€ 1.200', 'klant', 'marge', '4 %');
    const sentence = fc.array(word, { minLength: 1, maxLength: 30 }).map((w) => `${w.join(' ')}.`);
    const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => `<p>${s.join(' ')}</p>`);
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 6 }), (paragraphs) => {
        const b = box(paragraphs.join(''));
        const out = slideProse(b);
        const kept = splitTopLevel(splitTopLevel(out.html)[0]!.inner).filter((c) => c.tag === 'p' && !('data-slide-head' in c.attrs));
        for (const p of kept) expect(textOf(p.html).length).toBeLessThanOrEqual(SHORT_PARAGRAPH);
        for (const p of paragraphs) {
          const onSlide = kept.some((k) => k.html === p);
          const inNotes = out.notes.includes(p);
          expect(onSlide !== inNotes).toBe(true);
        }
        expect(out.html).toContain('data-slide-head');
      }),
    );
  });
});
