/**
 * Journey: a reader changes the numbers inside a worked example and watches the argument follow: keyboard,
 * touch, the calculator below, the buttons, print, without JavaScript, and axe in both themes.
 */
import type { Locator, Page } from '@playwright/test';
import { scenarioById } from '../../src/lib/scenarios';
import { defaultValues, shownTexts, type ScenarioValues } from '../../src/lib/scenarios/scenario';
import { expect, expectNoAxeViolations, setTheme, test } from './fixtures';

const kledingmerk = scenarioById('kledingmerk');
const tweets = scenarioById('tweets');

/** Text with no-break spaces as plain spaces. */
const plain = (s: string | undefined) => (s ?? '').replace(/\u00a0/g, ' ');

const example = (page: Page, title: string) => page.getByRole('region', { name: `Rekenvoorbeeld: ${title}` });

/** Scrolls the example into view and waits until its inputs are controls. */
async function live(page: Page, title: string): Promise<Locator> {
  const region = example(page, title);
  await region.scrollIntoViewIfNeeded();
  await expect(region.getByRole('spinbutton').first()).toBeVisible();
  return region;
}

/** Every output of the example shows what the scenario computes for these values. */
async function expectShows(region: Locator, scenario: typeof kledingmerk, values: ScenarioValues): Promise<void> {
  const shown = shownTexts(scenario, values);
  const outs = region.locator('[data-out]');
  await expect
    .poll(async () => {
      const keys = await outs.evaluateAll((els) => els.map((e) => [e.getAttribute('data-out'), e.textContent]));
      return keys.filter(([k, t]) => plain(t ?? '') !== plain(shown[k ?? ''])).map(([k]) => k);
    })
    .toEqual([]);
}

/** Keyboard only: focus a number in the text, open its field with Enter, replace its text, confirm with Enter. */
async function typeNumber(page: Page, control: Locator, text: string): Promise<void> {
  await control.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

test.describe('a worked example the reader can change', () => {
  test('keyboard only: arrows, Shift, Home/End and typing change every dependent number and the calculator', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.goto('lessen/van-like-naar-euro/');
    const region = await live(page, kledingmerk.title);
    const likes = region.getByRole('spinbutton', { name: 'Likes op de post' });
    await expect(likes).toHaveAttribute('aria-valuetext', '1.000 likes');
    await likes.focus();
    await page.keyboard.press('ArrowUp');
    const base = defaultValues(kledingmerk);
    await expect(likes).toHaveAttribute('aria-valuetext', '1.100 likes');
    await expectShows(region, kledingmerk, { ...base, likes: 1100 });
    await page.keyboard.press('Shift+ArrowUp');
    await expect(likes).toHaveAttribute('aria-valuenow', '2100');
    await page.keyboard.press('Home');
    await expect(likes).toHaveAttribute('aria-valuenow', '0');
    await expectShows(region, kledingmerk, { ...base, likes: 0 });

    // Typing: Enter opens a field; a Dutch number is read as the calculators read it.
    await page.keyboard.press('Enter');
    const field = region.getByRole('textbox', { name: 'Likes op de post' });
    await expect(field).toBeFocused();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('veel');
    await page.keyboard.press('Enter');
    await expect(region.getByRole('alert')).toContainText('lezen we niet');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('2.000');
    await page.keyboard.press('Enter');
    await expect(likes).toBeFocused();
    await expect(likes).toHaveAttribute('aria-valuetext', '2.000 likes');
    const values = { ...base, likes: 2000 };
    await expectShows(region, kledingmerk, values);

    // The second example on the same scenario follows, and so does the calculator under it.
    const second = example(page, 'Wat het kledingmerk overhoudt');
    await expectShows(second, kledingmerk, values);
    const calc = page.locator('.calculator-embed[data-calculator="like-naar-euro"]');
    await calc.scrollIntoViewIfNeeded();
    await expect(calc.getByRole('textbox', { name: 'Likes', exact: true })).toHaveValue('2.000');

    // "over" turns into "tekort" when the costs outgrow the margin.
    const ads = second.getByRole('spinbutton', { name: 'Kosten van de advertentie' });
    await typeNumber(page, ads, '500');
    await expect(second.locator('[data-out="netLabel"]')).toHaveText('Tekort');
    await expectShows(second, kledingmerk, { ...values, ads: 500 });

    // One short summary after the pause, for screen readers.
    const summary = kledingmerk.summary({ ...values, ads: 500 });
    await expect
      .poll(async () => plain((await region.locator('[data-example-live]').textContent()) ?? ''))
      .toBe(plain(summary));

    // Back to the example.
    const reset = region.getByRole('button', { name: 'Terug naar het voorbeeld' });
    await expect(reset).toBeEnabled();
    await reset.click();
    await expect(likes).toHaveAttribute('aria-valuetext', '1.000 likes');
    await expectShows(second, kledingmerk, base);
    await expect(reset).toBeDisabled();
    await expect(calc.getByRole('textbox', { name: 'Likes', exact: true })).toHaveValue('1.000');
  });

  test('plural words follow the count', async ({ page }) => {
    await page.goto('lessen/twintig-mythes/');
    const region = await live(page, tweets.title);
    const posts = region.getByRole('spinbutton', { name: 'Berichten per dag' });
    await typeNumber(page, posts, '1');
    await expect(posts).toHaveText('1 bericht');
    await page.keyboard.press('ArrowUp');
    await expect(posts).toHaveText('2 berichten');
    await expectShows(region, tweets, { ...defaultValues(tweets), berichten: 2 });
  });

  test('lesson 3, keyboard only: the accountants’ customers and years change every sum, verdict and plural', async ({
    page,
  }) => {
    const boekhouders = scenarioById('boekhouders');
    await page.goto('lessen/strategie-of-schijnbeweging/');
    const region = await live(page, boekhouders.title);
    const base = defaultValues(boekhouders);
    const customers = region.getByRole('spinbutton', { name: 'Gesprekken die klant werden' });
    await expect(customers).toHaveAttribute('aria-valuetext', '5 klanten');
    await customers.focus();
    await page.keyboard.press('ArrowUp');
    await expect(customers).toHaveAttribute('aria-valuetext', '6 klanten');
    // Six customers earn the year's hours back in the first year: the verdict turns from short to over.
    await expectShows(region, boekhouders, { ...base, klanten: 6 });
    await expect(region.locator('[data-out="firstYearVerdict"]')).toContainText('over');
    await page.keyboard.press('End');
    await expect(customers).toHaveAttribute('aria-valuenow', '9');
    await page.keyboard.press('Home');
    await expect(customers).toHaveAttribute('aria-valuetext', '0 klanten');
    await page.keyboard.press('ArrowUp');
    await expect(customers).toHaveText('1 klant');
    const years = region.getByRole('spinbutton', { name: 'Jaren dat een klant gemiddeld blijft' });
    await years.focus();
    await page.keyboard.press('Shift+ArrowUp');
    await expect(years).toHaveAttribute('aria-valuetext', '13 jaar');
    await expectShows(region, boekhouders, { ...base, klanten: 1, jaren: 13 });
    await expectNoAxeViolations(page, 'lesson 3 with a changed example');
  });

  test('lesson 7, typing: Lotte’s hours change her year and the jobs she needs', async ({ page }) => {
    const fotograaf = scenarioById('fotograaf');
    await page.goto('lessen/zelftest/');
    const region = await live(page, fotograaf.title);
    const hours = region.getByRole('spinbutton', { name: 'Uren per week aan social media' });
    await typeNumber(page, hours, '2,5');
    await expect(hours).toHaveAttribute('aria-valuetext', '2,5 uur');
    await expectShows(region, fotograaf, { ...defaultValues(fotograaf), uren: 2.5 });
  });

  test('"Verder rekenen" opens the full calculator with these values', async ({ page }) => {
    await page.goto('lessen/van-like-naar-euro/');
    const region = await live(page, kledingmerk.title);
    const likes = region.getByRole('spinbutton', { name: 'Likes op de post' });
    await likes.focus();
    await page.keyboard.press('ArrowDown');
    // The first key loads the example's model (live.ts → edit.ts): the link follows once the number has.
    await expect(likes).toHaveAttribute('aria-valuenow', '900');
    await region.getByRole('link', { name: 'Verder rekenen' }).click();
    await expect(page).toHaveURL(/rekenhulpen\/like-naar-euro\/\?a\.preset=kledingmerk&a\.likes=900/);
    const a = page.getByRole('region', { name: 'Scenario A' });
    await a.scrollIntoViewIfNeeded();
    await expect(a.getByRole('textbox', { name: 'Likes', exact: true })).toHaveValue('900');
  });

  test('print shows the values the reader left, with a note', async ({ page }) => {
    await page.goto('lessen/van-like-naar-euro/');
    const region = await live(page, kledingmerk.title);
    const note = region.locator('[data-example-print]');
    await page.emulateMedia({ media: 'print' });
    await expect(note).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    await region.getByRole('spinbutton', { name: 'Likes op de post' }).focus();
    await page.keyboard.press('ArrowUp');
    await page.emulateMedia({ media: 'print' });
    await expect(note).toBeVisible();
    await expect(region.getByRole('spinbutton', { name: 'Likes op de post' })).toHaveText('1.100 likes');
    await expect(region.locator('[data-example-tools]')).toBeHidden();
  });

  test('axe finds nothing in either theme with an example changed', async ({ page }) => {
    test.setTimeout(90_000);
    for (const theme of ['light', 'dark'] as const) {
      await page.goto('lessen/van-like-naar-euro/');
      await setTheme(page, theme);
      const region = await live(page, kledingmerk.title);
      await region.getByRole('spinbutton', { name: 'Likes op de post' }).focus();
      await page.keyboard.press('ArrowUp');
      await expect(region.getByRole('button', { name: 'Terug naar het voorbeeld' })).toBeEnabled();
      await expectNoAxeViolations(page, `lesson 4 with a changed example (${theme})`);
    }
  });
});

test.describe('on touch', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('a tap opens a number field; typing and confirming changes the example', async ({ page }) => {
    await page.goto('lessen/inspanning-en-resultaat/');
    const scenario = scenarioById('aanwezigheid');
    const region = await live(page, scenario.title);
    const hours = region.getByRole('spinbutton', { name: 'Uren per week aan social media' });
    await hours.tap();
    const field = region.getByRole('textbox', { name: 'Uren per week aan social media' });
    await expect(field).toBeFocused();
    await expect(field).toHaveAttribute('inputmode', 'decimal');
    await field.fill('6');
    await field.press('Enter');
    await expect(hours).toHaveText('6 uur');
    await expectShows(region, scenario, { ...defaultValues(scenario), uren: 6 });
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the example reads with every number computed at build time', async ({ page }) => {
    await page.goto('lessen/van-like-naar-euro/');
    const region = example(page, kledingmerk.title);
    await expectShows(region, kledingmerk, defaultValues(kledingmerk));
    await expect(region.getByRole('spinbutton')).toHaveCount(0);
    await expect(region.getByRole('button')).toHaveCount(0);
  });
});

test.describe('in the workshop deck', () => {
  test('"en als er maar 2 kopen?": the presenter changes an input and the projector follows, at 24 px or more', async ({
    page,
    context,
  }) => {
    test.setTimeout(90_000);
    const deck = 'workshop/van-like-naar-euro/';
    await page.goto(deck);
    const slide = await page
      .locator('.slide', { has: page.locator('section.example[data-scenario="kledingmerk"] [data-in="conversie"]') })
      .first()
      .getAttribute('data-slide');
    const n = Number(slide) + 1;
    await page.goto(`${deck}#/${n}`);
    const presenter = await context.newPage();
    await presenter.goto(`${deck}presentator/#/${n}`);
    const rate = (p: Page) => p.locator('.slide.is-current').getByRole('spinbutton', { name: 'Kopers na een klik' });
    const buyers = (p: Page) => p.locator('.slide.is-current [data-out="viaAd"]').first();
    await expect(rate(presenter)).toBeVisible();
    await page.bringToFront();
    await expect(rate(page)).toHaveCount(1);
    await presenter.bringToFront();
    await typeNumber(presenter, rate(presenter), '4');
    const values = { ...defaultValues(kledingmerk), conversie: 4 };
    const expected = shownTexts(kledingmerk, values);
    await expect(buyers(presenter)).toHaveText(expected['viaAd']!);
    // Both windows are tabs of one headless window here: the one behind gets its timers late.
    await page.bringToFront();
    await expect(rate(page)).toHaveAttribute('aria-valuenow', '4', { timeout: 15_000 });
    await expectShows(page.locator('.slide.is-current section.example'), kledingmerk, values);
    const size = await rate(page).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(24);
  });
});

test.describe('"Met mijn cijfers"', () => {
  test('fills the example from the reader’s own numbers in the calculator', async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto('lessen/inspanning-en-resultaat/?i.uren=7');
    const scenario = scenarioById('aanwezigheid');
    const calc = page.locator('.calculator-embed[data-calculator="inspanning"]');
    await calc.scrollIntoViewIfNeeded();
    await expect(calc.locator('astro-island').first()).not.toHaveAttribute('ssr');
    await expect(calc.getByRole('textbox', { name: 'Uren per week', exact: true })).toHaveValue('7');
    const region = await live(page, scenario.title);
    await region.getByRole('button', { name: 'Met mijn cijfers' }).click();
    await expect(region.getByRole('spinbutton', { name: 'Uren per week aan social media' })).toHaveText('7 uur');
    await expectShows(region, scenario, { ...defaultValues(scenario), uren: 7 });
  });
});
