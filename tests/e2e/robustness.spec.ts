/**
 * Journey: a reader (or a bored workshop participant) types rubbish everywhere. Hundreds of random and
 * hostile strings go into every calculator field; no NaN or Infinity may appear, no script may run, and no
 * console error may occur (the fixture checks that). Hostile URL state is shown as text with a message.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const HOSTILE = [
  '',
  ' ',
  '-1',
  '-0',
  '0',
  '1e309',
  '-1e309',
  'NaN',
  'Infinity',
  '-Infinity',
  '9'.repeat(400),
  '1.000.000.000.000.000.000',
  '1,2,3',
  '€ -50',
  '50 %',
  '150 %',
  '0x10',
  '1_000',
  '١٢٣',
  '½',
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  '{{7*7}}',
  '${7*7}',
  '\u0000\u0007\u001b[31m',
  '\u202e12',
  '🙂',
  'null',
  'undefined',
  '__proto__',
  'constructor',
];

/** A seeded generator, so that a failure can be reproduced with the same strings. */
function* randomStrings(count: number, seed = 20261123): Generator<string> {
  // Array.from: whole characters, so an emoji is never split into lone surrogates.
  const pool = Array.from('0123456789.,-+€% eEabcxyz<>"\'/\\&;:()[]{}\u00a0\t½∞ä漢🙂'); // no line breaks: a one-line field cannot hold them
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  for (let i = 0; i < count; i++) {
    const length = Math.floor(next() * 14);
    let s = '';
    for (let j = 0; j < length; j++) s += pool[Math.floor(next() * pool.length)];
    yield s;
  }
}

/** Text of the page's main content, where NaN or Infinity would show. */
async function visibleNumbersAreSane(page: Page, context: string): Promise<void> {
  const text = await page.locator('main').innerText();
  expect(text, context).not.toMatch(/\bNaN\b|Infinity|∞|undefined|\[object/);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned), context).toBeUndefined();
}

for (const calculator of ['like-naar-euro', 'engagement', 'inspanning']) {
  test(`every field of the ${calculator} calculator survives random and hostile input`, async ({ page }) => {
    test.setTimeout(90_000); // ~10 s idle
    page.on('dialog', (dialog) => {
      throw new Error(`a dialog opened: ${dialog.message()}`);
    });
    await page.goto(`rekenhulpen/${calculator}/`);
    const fields = page.locator('astro-island input[type="text"], astro-island input:not([type])');
    await expect(fields.first()).toBeEditable();
    const count = await fields.count();
    expect(count).toBeGreaterThan(2);
    // The hostile strings are typed as a person would (fill), and checked after each.
    for (const [i, value] of HOSTILE.entries()) {
      const field = fields.nth(i % count);
      await field.fill(value);
      // What was typed is kept as typed: as a plain text field would hold it (the browser drops line
      // breaks), possibly capped in length by the field.
      const kept = await field.inputValue();
      const asTyped = value.replace(/[\r\n]/g, ''); // HTML's value sanitisation of a text field
      expect(
        asTyped.startsWith(kept),
        `field ${i % count} keeps ${JSON.stringify(value)} (has ${JSON.stringify(kept)})`,
      ).toBe(true);
      await visibleNumbersAreSane(page, `after "${value}"`);
    }
    // The 250 random strings go in from inside the page, as the input event a keystroke fires, each a frame
    // apart so that the island renders it: the same path through the island and its logic, without a round
    // trip to the test per string (that took ~25 s per calculator).
    const problems = await page.evaluate(
      async ({ strings, first }) => {
        const found: string[] = [];
        const inputs = [
          ...document.querySelectorAll<HTMLInputElement>(
            'astro-island input[type="text"], astro-island input:not([type])',
          ),
        ];
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        const frame = () => new Promise((r) => requestAnimationFrame(r));
        // The island answers these events (its results and messages change), or this loop would test nothing.
        // Most random strings are not numbers and give the same message as the one before, so ~30 of the 250
        // change the page.
        let answered = 0;
        let before = document.querySelector('main')!.innerText;
        for (const [i, value] of strings.entries()) {
          const field = inputs[(first + i) % inputs.length]!;
          field.focus();
          setValue.call(field, value);
          field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }));
          await frame();
          if (!value.startsWith(field.value))
            found.push(`field keeps ${JSON.stringify(value)} as ${JSON.stringify(field.value)}`);
          const text = document.querySelector('main')!.innerText;
          if (text !== before) answered++;
          before = text;
          if (/\bNaN\b|Infinity|∞|undefined|\[object/.test(text))
            found.push(
              `after ${JSON.stringify(value)}: ${text.match(/.{0,30}(NaN|Infinity|∞|undefined|\[object).{0,30}/)?.[0]}`,
            );
        }
        if (answered < 10) found.push(`the page changed after only ${answered} of ${strings.length} inputs`);
        return found.slice(0, 5);
      },
      { strings: [...randomStrings(250)], first: HOSTILE.length % count },
    );
    expect(problems).toEqual([]);
    await visibleNumbersAreSane(page, 'at the end');
  });
}

test('hostile URL state is shown as text with a message, never run', async ({ page }) => {
  const hostile = encodeURIComponent('<img src=x onerror="window.__pwned=1">');
  await page.goto(`rekenhulpen/like-naar-euro/?a.likes=${hostile}&a.preset=${hostile}&b.aov=-5&zzz=1`);
  await expect(page.locator('astro-island input').first()).toBeEditable();
  await visibleNumbersAreSane(page, 'hostile URL');
  await expect(page.locator('main img[src="x"]')).toHaveCount(0);
  // The bad value is in a field, with a Dutch message beside it.
  await expect(page.locator('[role="alert"], .field__error, [id$="-error"]').first()).toBeVisible();
});

test('hostile self-test share links and quiz state are rejected calmly', async ({ page }) => {
  await page.goto(`zelftest/?uitslag=${encodeURIComponent('999-<b>x</b>-NaN-1e309--1')}`);
  await expect(page.locator('h1')).toBeVisible();
  await visibleNumbersAreSane(page, 'hostile share link');
  await expect(page.locator('main b')).toHaveCount(0);
});
