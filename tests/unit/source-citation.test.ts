import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citation, citedTitle } from '../../src/lib/source-citation';

// Parts that carry no comma of their own: the property is about the commas citation() adds.
const noComma = fc.string().filter((s) => !s.includes(','));

describe('citation', () => {
  it('quotes a real title and ends with one full stop, no space before a comma', () => {
    const c = citation({
      title: 'Waarom likes een vergiftigd geschenk zijn',
      author: 'Jasper',
      publication: 'Blog',
      year: 2019,
    });
    expect(`${c.lead}${citedTitle(c)}${c.tail}`).toBe(
      'Jasper, “Waarom likes een vergiftigd geschenk zijn”, Blog, 2019.',
    );
  });

  it('shows an editor’s bracketed description without brackets or quotation marks', () => {
    const c = citation({
      title: "[organische linkklikken van Facebook-pagina's per paginagrootte]",
      author: 'Fanpage Karma',
      year: 2021,
    });
    expect(c.quoted).toBe(false);
    expect(`${c.lead}${citedTitle(c)}${c.tail}`).toBe(
      "Fanpage Karma, organische linkklikken van Facebook-pagina's per paginagrootte, 2021.",
    );
  });

  it('says so when the year is unknown and leaves out what is missing', () => {
    const c = citation({ title: 'Titel' });
    expect(`${c.lead}${citedTitle(c)}${c.tail}`).toBe('“Titel”, jaar niet vermeld.');
    expect(citation({ title: 'T', author: '  ', publication: '' }).lead).toBe('');
  });

  it('never produces a bracket-wrapped title, a space before a comma or a doubled full stop', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.option(noComma, { nil: undefined }),
        fc.option(noComma, { nil: undefined }),
        fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: undefined }),
        (title, author, publication, year) => {
          const c = citation({ title, author, publication, year });
          const text = `${c.lead}${citedTitle(c)}${c.tail}`;
          expect(c.tail.endsWith('.')).toBe(true);
          expect(c.tail).not.toMatch(/ ,/);
          if (!c.quoted) expect(c.title.startsWith('[') && c.title.endsWith(']') && c.title.length > 1).toBe(false);
          expect(text.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
