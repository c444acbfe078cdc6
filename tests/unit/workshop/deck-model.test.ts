import { describe, expect, it } from 'vitest';
import { buildSlides } from '../../../src/lib/workshop/build-slides';
import { buildDeck, partLabel, slideName } from '../../../src/lib/workshop/deck-model';

describe('buildDeck', () => {
  it('names the slides of a split section and of long sources with a counter, never "(vervolg)"', () => {
    const items = Array.from({ length: 12 }, (_, i) => `<li>Punt ${i + 1}: ${'woord '.repeat(14)}</li>`).join('');
    const html = `<h2>Lang</h2><div class="slide-points" data-slide-keep data-slide-kind="points"><ul>${items}</ul></div>`;
    const sources = Array.from({ length: 14 }, (_, i) => ({ title: `Bron ${i} ${'titel '.repeat(8)}`, year: 2020 }));
    const slides = buildDeck({
      title: 'Les',
      summary: 'Kort',
      order: 1,
      minutes: 20,
      objectives: ['Een'],
      sources,
      split: buildSlides(html),
    });
    const names = slides.map(slideName);
    expect(names.join(' ')).not.toMatch(/vervolg/i);
    const lang = names.filter((n) => n.startsWith('Lang ('));
    expect(lang.length).toBeGreaterThan(1);
    expect(lang).toEqual(lang.map((_, i) => `Lang (${i + 1}/${lang.length})`));
    expect(names.filter((n) => n.startsWith('Bronnen (')).length).toBeGreaterThan(1);
    expect(names).toContain('Na deze les');
  });
  it('labels a part as "part/parts"', () => {
    expect(partLabel({ part: 2, parts: 3 })).toBe('2/3');
  });
});
