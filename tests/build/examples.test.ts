/**
 * Worked examples in the built lessons: every example that computes is backed by a scenario, shows only
 * numbers its scenario computed (no derived number typed by hand), and reads without JavaScript.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { scenarioById } from '../../src/lib/scenarios';
import { defaultValues, inputOf, inputText, shownTexts } from '../../src/lib/scenarios/scenario';
import { DIST, lessonSlugs, requireBuild } from './dist';

beforeAll(requireBuild);

/** The lessons whose examples compute, and the scenario each example there reads (issue 22). */
const computing: Readonly<Record<string, readonly string[]>> = {
  'vergiftigd-geschenk': ['vergiftigd'],
  'engagement-per-volgersniveau': ['yogastudio'],
  'strategie-of-schijnbeweging': ['boekhouders'],
  'van-like-naar-euro': ['kledingmerk', 'kledingmerk'],
  'inspanning-en-resultaat': ['aanwezigheid'],
  'twintig-mythes': ['tweets'],
  zelftest: ['fotograaf'],
};

/** The built lesson page's document. */
function lessonDocument(slug: string) {
  const html = readFileSync(join(DIST, 'lessen', slug, 'index.html'), 'utf8');
  const window = new Window();
  const document = new window.DOMParser().parseFromString(html, 'text/html');
  return { html, document, close: () => window.close() };
}

describe('worked examples', () => {
  it.each(Object.entries(computing))('%s: its computing examples read their scenarios', (slug, ids) => {
    const { document, close } = lessonDocument(slug);
    const found = [...document.querySelectorAll('section.example[data-scenario]')].map((s) =>
      s.getAttribute('data-scenario'),
    );
    expect(found).toEqual(ids);
    close();
  });

  it.each(lessonSlugs())('%s: an example without a scenario has no number in it at all', (slug) => {
    const { document, close } = lessonDocument(slug);
    for (const section of document.querySelectorAll('section.example:not([data-scenario])')) {
      // A number in an example is worked out from something: it needs a scenario to compute it.
      const typed = (section.querySelector('.example__body')?.textContent ?? '').match(/[^\s]*\d[^\s]*/g) ?? [];
      expect(typed, `${section.getAttribute('aria-label')}: ${typed.join(' ')}`).toEqual([]);
    }
    close();
  });

  it.each(lessonSlugs())('%s: no derived number is typed into a live example', (slug) => {
    const { document, close } = lessonDocument(slug);
    for (const section of document.querySelectorAll('section.example[data-scenario]')) {
      const body = section.querySelector('.example__body')!.cloneNode(true) as unknown as Element;
      for (const el of body.querySelectorAll('[data-in], [data-out]')) el.remove();
      // Every digit left would be a number an author typed: it must come from the scenario instead.
      const typed = (body.textContent ?? '').match(/[^\s]*\d[^\s]*/g) ?? [];
      expect(typed, `${section.getAttribute('aria-label')}: ${typed.join(' ')}`).toEqual([]);
    }
    close();
  });

  it.each(Object.keys(computing))(
    '%s: without JavaScript, every number is the scenario’s own, computed at build time',
    (slug) => {
      const { document, close } = lessonDocument(slug);
      for (const section of document.querySelectorAll('section.example[data-scenario]')) {
        const scenario = scenarioById(section.getAttribute('data-scenario')!);
        const shown = shownTexts(scenario, defaultValues(scenario));
        const outs = [...section.querySelectorAll('[data-out]')];
        const ins = [...section.querySelectorAll('[data-in]')];
        expect(outs.length + ins.length).toBeGreaterThan(0);
        for (const el of outs) {
          const key = el.getAttribute('data-out')!;
          expect(el.textContent, `${scenario.id}.${key}`).toBe(shown[key]);
        }
        for (const el of ins) {
          const input = inputOf(scenario, el.getAttribute('data-in')!);
          expect(el.textContent, `${scenario.id}.${input.id}`).toBe(inputText(input, input.value));
        }
        // The controls are made by the script: the HTML holds plain text, and the buttons wait hidden.
        expect(section.querySelector('[role="spinbutton"]')).toBeNull();
        expect(section.querySelector('[data-example-tools]')?.hasAttribute('hidden')).toBe(true);
      }
      close();
    },
  );

  it('lessons without live examples ship none of their script or buttons', () => {
    for (const slug of lessonSlugs().filter((s) => !(s in computing))) {
      const { html, close } = lessonDocument(slug);
      expect(html).not.toContain('data-example-tools');
      expect(html).not.toContain('data-scenario');
      close();
    }
  });
});
