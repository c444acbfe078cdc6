/** Journey: a reader puts their own numbers into the course's ideas with the three calculators. */
import type { Locator, Page } from '@playwright/test';
import { hydrated, textOf } from './calculator-helpers';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** Replaces a field's text the way a reader does: select all, type key by key (every keystroke is an input). */
async function typeInto(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.press('ControlOrMeta+a');
  if (text === '') await field.press('Backspace');
  else await field.pressSequentially(text);
}

const scenario = (page: Page, name: 'A' | 'B') => page.getByRole('region', { name: `Scenario ${name}` });
const engagement = (page: Page) => page.getByRole('region', { name: 'Rekenhulp engagementratio' });
const effort = (page: Page) => page.getByRole('region', { name: 'Rekenhulp inspanning en kosten' });

/** The drawn width in px of each bar of a calculator's chart (its SVG rects, as laid out). */
function barWidths(calc: Locator): Promise<number[]> {
  return calc
    .locator('.calc-bars__bar')
    .evaluateAll((bars) => bars.map((b) => Math.round(b.getBoundingClientRect().width * 10) / 10));
}

test.describe('like-naar-euro', () => {
  test('the clothing brand preset reproduces lesson 4: 8 purchases, € 400, € 0,40 per like', async ({ page }) => {
    await page.goto('rekenhulpen/like-naar-euro/');
    const a = await hydrated(page, scenario(page, 'A'));
    // Start elsewhere, then choose the preset from the page.
    await a.getByRole('button', { name: 'Sportwagenpagina' }).click();
    await expect(a.getByRole('textbox', { name: 'Likes', exact: true })).toHaveValue('8.000');
    await a.getByRole('button', { name: 'Kledingmerk' }).click();
    await expect(a.getByRole('button', { name: 'Kledingmerk' })).toHaveAttribute('aria-pressed', 'true');
    await expect(a.getByRole('textbox', { name: 'Likes', exact: true })).toHaveValue('1.000');
    await expect.poll(() => textOf(a.getByTestId('customers-ad'))).toBe('5');
    await expect.poll(() => textOf(a.getByTestId('customers-site'))).toBe('3');
    await expect.poll(() => textOf(a.getByTestId('customers'))).toBe('8');
    await expect.poll(() => textOf(a.getByTestId('revenue-ad'))).toBe('€ 250,00');
    await expect.poll(() => textOf(a.getByTestId('revenue-site'))).toBe('€ 150,00');
    await expect.poll(() => textOf(a.getByTestId('revenue'))).toBe('€ 400,00');
    await expect.poll(() => textOf(a.getByTestId('value-per-like'))).toBe('€ 0,40');
    // The chart's table shows the same funnel.
    const table = a.getByRole('table', { name: /cijfers van de grafiek/ });
    await expect(table.getByRole('row', { name: /^Likes/ })).toContainText('1.000');
    await expect(table.getByRole('row', { name: /Bezoekers en klikkers/ })).toContainText('250');
    await expect(table.getByRole('row', { name: /^Klanten dankzij de like/ })).toContainText('8');
    // Reach is context, labelled as such; it feeds no step.
    await expect(a.getByRole('row', { name: /Bereik \(ter info/ })).toContainText('5.000');
  });

  test('two scenarios side by side keep their own numbers', async ({ page }) => {
    await page.goto('rekenhulpen/like-naar-euro/');
    const a = await hydrated(page, scenario(page, 'A'));
    const b = await hydrated(page, scenario(page, 'B'));
    await b.getByRole('button', { name: 'Sportwagenpagina' }).click();
    await expect(b.getByRole('textbox', { name: 'Likes', exact: true })).toHaveValue('8.000');
    await expect(a.getByRole('textbox', { name: 'Likes', exact: true })).toHaveValue('1.000');
    await expect.poll(() => textOf(a.getByTestId('revenue'))).toBe('€ 400,00');
  });

  test('Dutch notation is read as a Dutch reader means it', async ({ page }) => {
    await page.goto('rekenhulpen/like-naar-euro/');
    const a = await hydrated(page, scenario(page, 'A'));
    await typeInto(a.getByRole('textbox', { name: 'Likes', exact: true }), '2.000');
    await expect.poll(() => textOf(a.getByTestId('customers'))).toBe('16');
    await typeInto(a.getByRole('textbox', { name: 'Gemiddeld orderbedrag', exact: true }), '€ 75');
    await expect.poll(() => textOf(a.getByTestId('revenue'))).toBe('€ 1.200,00');
    await typeInto(a.getByRole('textbox', { name: 'Kopers onder de sitebezoekers', exact: true }), '2,5');
    // 2.000 likes × 20 % = 400 visitors × 2,5 % = 10, plus 2.000 × 5 % × 10 % = 10 via the ad.
    await expect.poll(() => textOf(a.getByTestId('customers'))).toBe('20');
    await typeInto(a.getByRole('textbox', { name: 'Likes', exact: true }), '2500');
    await expect.poll(() => textOf(a.getByTestId('customers'))).toBe('25');
    await expect(a.locator('.calc-field__error')).toHaveCount(0);
  });

  test('bad input gets a Dutch message at the field, keeps the text, and never shows NaN', async ({ page }) => {
    // Many fields, an axe scan and a fix-up afterwards: more than the default 30 s on a loaded machine.
    test.setTimeout(90_000);
    await page.goto('rekenhulpen/like-naar-euro/');
    const a = await hydrated(page, scenario(page, 'A'));
    const likes = a.getByRole('textbox', { name: 'Likes', exact: true });

    await typeInto(likes, 'heel veel');
    await expect(likes).toHaveValue('heel veel');
    await expect(likes).toHaveAttribute('aria-invalid', 'true');
    await expect(likes).toHaveAccessibleDescription(/lezen we niet als een aantal/);
    await expect(a.locator('.calc-issues')).toContainText('‘Likes’ klopt nog niet.');
    // No result from a value the form does not show (issue 10, item 1).
    await expect(a.getByTestId('withheld')).toContainText('Nog geen uitkomst');
    await expect(a.getByTestId('revenue')).toHaveCount(0);

    await typeInto(likes, '');
    await expect(a.locator('.calc-issues')).toContainText('Vul ‘Likes’ in.');
    await expect(a.getByText('Vul hier een getal in.')).toBeVisible();

    // Pasted in one go (fill), so no valid value on the way replaces the last valid one.
    const rate = a.getByRole('textbox', { name: 'Likers die je site bezoeken', exact: true });
    await rate.fill('150');
    await expect(rate).toHaveAccessibleDescription(/percentage kan niet hoger zijn dan 100/);
    await a.getByRole('textbox', { name: 'Advertentiebudget', exact: true }).fill('-50');
    await expect(a.getByText('Dit kan niet negatief zijn.')).toBeVisible();
    await a.getByRole('textbox', { name: 'Uren werk', exact: true }).fill('99999999');
    await expect(a.getByText(/onwaarschijnlijk veel/)).toBeVisible();

    const text = (await a.textContent()) ?? '';
    expect(text).not.toMatch(/NaN|Infinity|∞|undefined/);
    await expect(a.getByTestId('customers')).toHaveCount(0);
    await expectNoAxeViolations(page, 'like-naar-euro with invalid input');

    // Fixing the fields brings the messages away and the result back.
    await typeInto(likes, '1.000');
    await expect(likes).not.toHaveAttribute('aria-invalid', 'true');
    await rate.fill('20');
    await a.getByRole('textbox', { name: 'Advertentiebudget', exact: true }).fill('60');
    await a.getByRole('textbox', { name: 'Uren werk', exact: true }).fill('2');
    await expect.poll(() => textOf(a.getByTestId('customers'))).toBe('8');
    await expect(a.getByRole('img', { name: /^Trechter van likes naar klanten/ })).toBeVisible();
  });

  test('the URL holds the calculation: a new page opens the same state', async ({ page, context }) => {
    await page.goto('rekenhulpen/like-naar-euro/');
    const a = await hydrated(page, scenario(page, 'A'));
    const b = await hydrated(page, scenario(page, 'B'));
    await b.getByRole('button', { name: 'Sportwagenpagina' }).click();
    await typeInto(a.getByRole('textbox', { name: 'Likes', exact: true }), '3.000');
    await typeInto(a.getByRole('textbox', { name: 'Gemiddeld orderbedrag', exact: true }), 'vijftig');
    await expect(page).toHaveURL(/a\.order=vijftig/);
    await expect(page).toHaveURL(/b\.preset=sportwagenpagina/);
    await expect(a.getByTestId('revenue')).toHaveCount(0);

    const second = await context.newPage();
    await second.goto(page.url());
    const a2 = await hydrated(second, scenario(second, 'A'));
    const b2 = await hydrated(second, scenario(second, 'B'));
    await expect(a2.getByRole('textbox', { name: 'Likes', exact: true })).toHaveValue('3.000');
    await expect(a2.getByRole('textbox', { name: 'Gemiddeld orderbedrag', exact: true })).toHaveValue('vijftig');
    await expect(b2.getByRole('button', { name: 'Sportwagenpagina' })).toHaveAttribute('aria-pressed', 'true');
    // The invalid order value withholds the result, as on the first page: no number from elsewhere.
    await expect(a2.getByTestId('withheld')).toBeVisible();
    await expect(a2.getByTestId('revenue')).toHaveCount(0);

    // And a reload keeps it too.
    await second.reload();
    const a3 = await hydrated(second, scenario(second, 'A'));
    await expect(a3.getByRole('textbox', { name: 'Likes', exact: true })).toHaveValue('3.000');
  });

  test('hostile URL values stay text and unknown keys are ignored', async ({ page }) => {
    await page.goto('rekenhulpen/like-naar-euro/?a.preset=nope&a.likes=%3Cimg%20src%3Dx%3E&a.bogus=1');
    const a = await hydrated(page, scenario(page, 'A'));
    await expect(a.getByRole('textbox', { name: 'Likes', exact: true })).toHaveValue('<img src=x>');
    await expect(a.locator('img')).toHaveCount(0);
    // Own numbers now, started from the default preset.
    await expect(a.getByRole('button', { name: 'Kledingmerk' })).toHaveAttribute('aria-pressed', 'false');
    await expect(a.getByTestId('own-numbers')).toBeVisible();
    expect(await a.textContent()).not.toMatch(/NaN/);
  });

  test('results are announced politely once typing pauses', async ({ page }) => {
    await page.goto('rekenhulpen/like-naar-euro/');
    const a = await hydrated(page, scenario(page, 'A'));
    const live = a.locator('[aria-live="polite"]');
    await expect(live).toHaveCount(1);
    await typeInto(a.getByRole('textbox', { name: 'Likes', exact: true }), '2.000');
    await expect(live).toContainText('16 klanten');
    await expect(live).toContainText('800,00');
  });

  test('keyboard alone: choose a preset, change a number, with visible focus', async ({ page }) => {
    await page.goto('rekenhulpen/like-naar-euro/');
    const a = await hydrated(page, scenario(page, 'A'));
    await page.locator('h1').focus();
    const target = a.getByRole('button', { name: 'Niche-expert' });
    for (let i = 0; i < 40 && !(await target.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(target).toBeFocused();
    expect(await target.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(target).toHaveAttribute('aria-pressed', 'true');
    await expect(a.getByRole('textbox', { name: 'Likes', exact: true })).toHaveValue('25');
    // On to the first input: Tab past the other preset buttons.
    const likes = a.getByRole('textbox', { name: 'Likes', exact: true });
    for (let i = 0; i < 10 && !(await likes.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(likes).toBeFocused();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('5.000');
    await expect(likes).toHaveValue('5.000');
    // 5.000 likes × 8 % who get in touch × 50 % who book.
    await expect.poll(() => textOf(a.getByTestId('customers'))).toBe('200');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(a.getByRole('textbox', { name: 'Bereik per like', exact: true })).toBeFocused();
  });

  test('without JavaScript the page shows the presets’ inputs and results', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('rekenhulpen/like-naar-euro/');
    const a = scenario(page, 'A');
    await expect(a.getByRole('textbox', { name: 'Likes', exact: true })).toHaveValue('1.000');
    await expect.poll(() => textOf(a.getByTestId('revenue'))).toBe('€ 400,00');
    await expect.poll(() => textOf(a.getByTestId('value-per-like'))).toBe('€ 0,40');
    await expect(scenario(page, 'B').getByRole('textbox', { name: 'Likes', exact: true })).toHaveValue('25');
    // The chart is drawn with the page: its bars are there before (and without) any script.
    const chart = a.getByRole('img', { name: /^Trechter van likes naar klanten: likes 1\.000/ });
    await expect(chart).toBeVisible();
    const widths = await barWidths(a);
    expect(widths).toHaveLength(4);
    expect(Math.min(...widths)).toBeGreaterThan(10);
    await context.close();
  });

  test('the chart follows the numbers at once, with a summary and a table, and never draws from bad input', async ({
    page,
  }) => {
    await page.goto('rekenhulpen/like-naar-euro/');
    const a = await hydrated(page, scenario(page, 'A'));
    const chart = a.getByTestId('chart').getByRole('img');
    await expect(chart).toHaveAccessibleName(/klanten 8/);
    const before = await barWidths(a);
    // Longer bars for larger stages, each stage a visible bar.
    expect(before[0]).toBeGreaterThan(before[1]!);
    expect(before[1]).toBeGreaterThan(before[2]!);
    expect(before[3]).toBeGreaterThan(10);
    await typeInto(a.getByRole('textbox', { name: 'Likes', exact: true }), '2.000');
    await expect(chart).toHaveAccessibleName(/klanten 16/);
    // Twice the likes, twice the customers: their bar grows.
    await expect.poll(async () => (await barWidths(a))[2]! > before[2]!).toBe(true);
    // Bad input: no chart at all (never a blank or NaN one), the message instead; fixed, the chart is back.
    await typeInto(a.getByRole('textbox', { name: 'Likes', exact: true }), 'veel');
    await expect(a.getByTestId('chart')).toHaveCount(0);
    expect((await a.textContent()) ?? '').not.toMatch(/NaN|Infinity/);
    await typeInto(a.getByRole('textbox', { name: 'Likes', exact: true }), '1.000');
    await expect(chart).toHaveAccessibleName(/klanten 8/);
    await expect(a.getByRole('table', { name: /cijfers van de grafiek/ })).toBeVisible();
  });

  test('prints the inputs and results without the buttons', async ({ page }) => {
    await page.goto('rekenhulpen/like-naar-euro/');
    const a = await hydrated(page, scenario(page, 'A'));
    await page.emulateMedia({ media: 'print' });
    await expect(a.getByRole('button', { name: 'Kledingmerk' })).toBeHidden();
    await expect(a.getByTestId('revenue')).toBeVisible();
    await expect(a.getByRole('textbox', { name: 'Likes', exact: true })).toBeVisible();
  });
  // axe over every calculator page with its islands hydrated: tests/e2e/every-page.spec.ts.
});

test.describe('engagement', () => {
  test('computes the rate with its formula, tier, benchmark with source, and a verdict', async ({ page }) => {
    await page.goto('rekenhulpen/engagement/');
    const e = await hydrated(page, engagement(page));
    // Instagram brings its first benchmark set, Markerly's.
    await e.getByRole('combobox', { name: 'Platform' }).selectOption('instagram');
    await expect(e.getByRole('combobox', { name: 'Vergelijk met' })).toHaveValue('markerly-2016');
    await typeInto(e.getByRole('textbox', { name: 'Volgers', exact: true }), '800');
    await typeInto(e.getByRole('textbox', { name: 'Likes per bericht', exact: true }), '64');
    await typeInto(e.getByRole('textbox', { name: 'Reacties per bericht', exact: true }), '4');
    await expect.poll(() => textOf(e.getByTestId('like-rate'))).toBe('8 %');
    await expect.poll(() => textOf(e.getByTestId('tier'))).toBe('minder dan 1.000');
    await expect.poll(() => textOf(e.getByTestId('benchmark'))).toContain('8 %');
    await expect.poll(() => textOf(e.getByTestId('benchmark'))).toContain('Markerly, 2016');
    await expect(e.getByTestId('verdict')).toContainText('Rond het gemiddelde');
    await expect.poll(() => textOf(e.getByTestId('formula'))).toContain('64 ÷ 800 × 100 % = 8 %');
  });

  test('another benchmark source compares on its own definition', async ({ page }) => {
    await page.goto('rekenhulpen/engagement/');
    const e = await hydrated(page, engagement(page));
    await e.getByRole('combobox', { name: 'Vergelijk met' }).selectOption('imf-2025-tiktok');
    await expect(e.getByTestId('benchmark')).toContainText('Influencer Marketing Factory, 2025');
    await expect.poll(() => textOf(e.getByTestId('tier'))).toBe('minder dan 100.000');
    await expect(e.getByTestId('headline')).toContainText('engagementratio');
    await expect(page).toHaveURL(/e\.bron=imf-2025-tiktok/);
    // The default account is on Facebook: comparing it with TikTok gets a warning.
    await expect(e.getByTestId('platform-warning')).toContainText('je account staat op Facebook');
  });

  test('Dutch notation, optional fields and bad input', async ({ page }) => {
    await page.goto('rekenhulpen/engagement/');
    const e = await hydrated(page, engagement(page));
    await typeInto(e.getByRole('textbox', { name: 'Volgers', exact: true }), '1.000.000');
    await typeInto(e.getByRole('textbox', { name: 'Likes per bericht', exact: true }), '12.000');
    await expect.poll(() => textOf(e.getByTestId('like-rate'))).toBe('1,2 %');
    await typeInto(e.getByRole('textbox', { name: 'Bereik per bericht', exact: true }), '40.000');
    await expect(e.getByTestId('formula')).toContainText('per bereik');
    await expect(e.getByTestId('chart').getByRole('img')).toHaveAccessibleName(/Jouw account: 1\.000\.000 volgers/);
    await typeInto(e.getByRole('textbox', { name: 'Volgers', exact: true }), '0');
    await expect(e.getByRole('textbox', { name: 'Volgers', exact: true })).toHaveAccessibleDescription(/minstens 1/);
    await expect(e.getByTestId('like-rate')).toHaveCount(0);
    expect((await e.textContent()) ?? '').not.toMatch(/NaN|Infinity|∞/);
  });

  test('a benchmark from another platform gives no verdict but says why, in the verdict’s place', async ({ page }) => {
    await page.goto('rekenhulpen/engagement/');
    const e = await hydrated(page, engagement(page));
    await e.getByRole('combobox', { name: 'Platform' }).selectOption('instagram');
    await expect(e.getByTestId('verdict')).not.toHaveAttribute('data-withheld', /.*/);
    // Facebook account, Instagram benchmark: the numbers stay, the verdict is withheld with its reason.
    await e.getByRole('combobox', { name: 'Platform' }).selectOption('facebook');
    await e.getByRole('combobox', { name: 'Vergelijk met' }).selectOption('markerly-2016');
    await expect(e.getByTestId('platform-warning')).toContainText('deze benchmark meet Instagram');
    await expect(e.getByTestId('verdict')).toHaveAttribute('data-withheld', 'platform-mismatch');
    await expect(e.getByTestId('verdict')).toHaveText(/^Geen oordeel over boven of onder het gemiddelde/);
    await expect(e.getByTestId('verdict')).not.toContainText('volgersniveau');
    await expect(e.getByTestId('like-rate')).not.toBeEmpty();
    // Back to a benchmark for Facebook: a verdict again.
    await e.getByRole('combobox', { name: 'Vergelijk met' }).selectOption('rival-iq-2023-facebook');
    await expect(e.getByTestId('platform-warning')).toHaveCount(0);
    // Rival IQ gives one median for all brand accounts, no tiers: the verdict says so in the source's words.
    await expect(e.getByTestId('verdict')).toContainText('de mediaan van merkaccounts');
    await expect(e.getByTestId('verdict')).not.toContainText('volgersniveau');
    await expect(e.getByTestId('headline')).toContainText('de mediaan op Facebook');
  });

  test('a benchmark that does not divide by followers gives no verdict, and says why', async ({ page }) => {
    await page.goto('rekenhulpen/engagement/');
    const e = await hydrated(page, engagement(page));
    await e.getByRole('combobox', { name: 'Platform' }).selectOption('instagram');
    await e.getByRole('combobox', { name: 'Vergelijk met' }).selectOption('imf-2025-instagram');
    await expect(e.getByTestId('platform-warning')).toHaveCount(0);
    await expect(e.getByTestId('verdict')).toHaveAttribute('data-withheld', 'other-method');
    await expect(e.getByTestId('verdict')).toHaveText(/^Geen oordeel/);
    await expect(e.getByTestId('like-rate')).not.toBeEmpty();
  });

  test('lesson 2 embeds its example’s yoga studio on Instagram, compared with Markerly’s tiers, as the lesson explains', async ({
    page,
  }) => {
    await page.goto('lessen/engagement-per-volgersniveau/');
    const e = await hydrated(page, engagement(page));
    await expect(e.getByRole('button', { name: 'Yogastudio' })).toHaveAttribute('aria-pressed', 'true');
    await expect(e.getByRole('combobox', { name: 'Platform' })).toHaveValue('instagram');
    await expect(e.getByRole('combobox', { name: 'Vergelijk met' })).toHaveValue('markerly-2016');
    await expect(e.getByRole('textbox', { name: 'Volgers', exact: true })).toHaveValue('1.800');
    await expect.poll(() => textOf(e.getByTestId('tier'))).toBe('1.000–10.000');
    await expect(e.getByTestId('platform-warning')).toHaveCount(0);
    await expect(e.getByTestId('verdict')).toContainText('volgersniveau');
  });

  test('the URL restores the account in a new page', async ({ page, context }) => {
    await page.goto('rekenhulpen/engagement/');
    const e = await hydrated(page, engagement(page));
    await typeInto(e.getByRole('textbox', { name: 'Volgers', exact: true }), '4.321');
    await expect(page).toHaveURL(/e\.volgers=4\.321/);
    const second = await context.newPage();
    await second.goto(page.url());
    const e2 = await hydrated(second, engagement(second));
    await expect(e2.getByRole('textbox', { name: 'Volgers', exact: true })).toHaveValue('4.321');
  });
});

test.describe('inspanning', () => {
  test('hours and costs give the monthly and yearly cost and the customers that earn it back', async ({ page }) => {
    await page.goto('rekenhulpen/inspanning/');
    const i = await hydrated(page, effort(page));
    await typeInto(i.getByRole('textbox', { name: 'Uren per week', exact: true }), '3');
    await typeInto(i.getByRole('textbox', { name: 'Uurtarief', exact: true }), '€ 60');
    await typeInto(i.getByRole('textbox', { name: 'Tools per maand', exact: true }), '20');
    await typeInto(i.getByRole('textbox', { name: 'Advertenties per maand', exact: true }), '100');
    await typeInto(i.getByRole('textbox', { name: 'Gemiddeld orderbedrag', exact: true }), '100');
    await typeInto(i.getByRole('textbox', { name: 'Marge per order', exact: true }), '50 %');
    await expect.poll(() => textOf(i.getByTestId('hours-month'))).toBe('13');
    await expect.poll(() => textOf(i.getByTestId('cost-month'))).toBe('€ 900,00');
    await expect.poll(() => textOf(i.getByTestId('cost-year'))).toBe('€ 10.800,00');
    await expect.poll(() => textOf(i.getByTestId('customers-month'))).toBe('18');
    await expect.poll(() => textOf(i.getByTestId('customers-year'))).toBe('216');
  });

  test('a margin of 0 says it never pays back, and bad input shows a message', async ({ page }) => {
    await page.goto('rekenhulpen/inspanning/');
    const i = await hydrated(page, effort(page));
    await typeInto(i.getByRole('textbox', { name: 'Marge per order', exact: true }), '0');
    await expect.poll(() => textOf(i.getByTestId('customers-month'))).toBe('niet haalbaar');
    await typeInto(i.getByRole('textbox', { name: 'Uren per week', exact: true }), '4,5,6');
    await expect(i.getByRole('textbox', { name: 'Uren per week', exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect((await i.textContent()) ?? '').not.toMatch(/NaN|Infinity|∞/);
  });

  test('links to the funnel with one month of hours and ads filled in', async ({ page }) => {
    await page.goto('rekenhulpen/inspanning/');
    const i = await hydrated(page, effort(page));
    await typeInto(i.getByRole('textbox', { name: 'Uren per week', exact: true }), '3');
    await typeInto(i.getByRole('textbox', { name: 'Advertenties per maand', exact: true }), '120');
    await i.getByRole('link', { name: /rekenhulp Van like naar euro/ }).click();
    await expect(page).toHaveURL(/like-naar-euro\/\?a\.preset=kledingmerk/);
    const a = await hydrated(page, scenario(page, 'A'));
    await expect(a.getByRole('textbox', { name: 'Uren werk', exact: true })).toHaveValue('13');
    await expect(a.getByRole('textbox', { name: 'Advertentiebudget', exact: true })).toHaveValue('120');
  });
});

test.describe('issue 10: calculators you can trust', () => {
  test('1. a link computes only with the numbers its form shows; "2.000 likes" reproduces for the recipient', async ({
    page,
    context,
  }) => {
    await page.goto('rekenhulpen/like-naar-euro/?a.preset=sportwagenpagina&a.likes=abc');
    let a = await hydrated(page, scenario(page, 'A'));
    await expect(a.getByRole('textbox', { name: 'Likes', exact: true })).toHaveValue('abc');
    await expect(a.getByTestId('withheld')).toContainText('‘Likes’ klopt nog niet.');
    await expect(a.getByTestId('headline')).toHaveCount(0);
    expect((await a.textContent()) ?? '').not.toMatch(/0,1 klanten|€ 1,10/);

    await page.goto('rekenhulpen/like-naar-euro/?a.preset=niche-expert&a.order=xyz');
    a = await hydrated(page, scenario(page, 'A'));
    await expect(a.getByTestId('withheld')).toContainText('Gemiddeld orderbedrag');
    await expect(a.getByTestId('revenue')).toHaveCount(0);

    await page.goto('rekenhulpen/like-naar-euro/');
    a = await hydrated(page, scenario(page, 'A'));
    const likes = a.getByRole('textbox', { name: 'Likes', exact: true });
    await typeInto(likes, '2.000');
    await expect.poll(() => textOf(a.getByTestId('customers'))).toBe('16');
    await typeInto(likes, '2.000 likes');
    await expect.poll(() => textOf(a.getByTestId('customers'))).toBe('16');
    await expect(page).toHaveURL(/a\.likes=2\.000\+likes/);
    const recipient = await context.newPage();
    await recipient.goto(page.url());
    const a2 = await hydrated(recipient, scenario(recipient, 'A'));
    await expect(a2.getByRole('textbox', { name: 'Likes', exact: true })).toHaveValue('2.000 likes');
    await expect.poll(() => textOf(a2.getByTestId('customers'))).toBe('16');
  });

  test('2. ROI, net and break-even are on margin; the effort page counts likes on margin and links exactly', async ({
    page,
  }) => {
    await page.goto('rekenhulpen/like-naar-euro/');
    const a = await hydrated(page, scenario(page, 'A'));
    await expect.poll(() => textOf(a.getByTestId('revenue'))).toBe('€ 400,00');
    await expect.poll(() => textOf(a.getByTestId('margin'))).toBe('€ 200,00');
    await expect.poll(() => textOf(a.getByTestId('cost'))).toBe('€ 150,00');
    await expect.poll(() => textOf(a.getByTestId('net'))).toBe('€ 50,00');
    await expect.poll(() => textOf(a.getByTestId('roi'))).toBe('33 %');
    await expect(a.getByTestId('headline')).toContainText('€ 0,05 per like');

    await page.goto('rekenhulpen/inspanning/');
    const i = await hydrated(page, effort(page));
    await i.getByRole('button', { name: 'Webshop' }).click();
    // Lesson 5's example: the web shop has the coach's costs, 17,33 hours a month × € 60 + € 30 + € 150.
    await expect.poll(() => textOf(i.getByTestId('cost-month'))).toBe('€ 1.219,80');
    // 0,8 % of likers buy (lesson 4's clothing brand) at the shop's € 80 order and 40 % margin: € 0,256 a like.
    // € 1.219,80 ÷ € 0,256 = 4.764,8, so 4.765 likes, not the 1.906 that only cover it in revenue.
    await expect(i.getByTestId('likes-needed')).toContainText('4.765 likes per maand');
    await typeInto(i.getByRole('textbox', { name: 'Marge per order', exact: true }), '0');
    await expect(i.getByTestId('likes-needed')).toContainText('niet haalbaar');
    expect(await textOf(i.getByTestId('likes-needed'))).not.toMatch(/\d+(\.\d{3})* likes/);

    // Coach: the same monthly cost on both pages, to the cent (17,33 hours a month × € 60 + € 25 + € 50).
    await i.getByRole('button', { name: 'Coach' }).click();
    // Lesson 5's coach: 17,33 hours a month (as shown and linked) × € 60 + € 30 tools + € 150 ads.
    await expect.poll(() => textOf(i.getByTestId('cost-month'))).toBe('€ 1.219,80');
    await i.getByRole('link', { name: /rekenhulp Van like naar euro/ }).click();
    const f = await hydrated(page, scenario(page, 'A'));
    await expect.poll(() => textOf(f.getByTestId('cost'))).toBe('€ 1.219,80');
    await expect(f.getByRole('textbox', { name: 'Tools', exact: true })).toHaveValue('30');
  });

  test('3. numbers are read back, ambiguous ones ask "bedoel je …?", counts are whole', async ({ page }) => {
    await page.goto('rekenhulpen/engagement/');
    const e = await hydrated(page, engagement(page));
    const followers = e.getByRole('textbox', { name: 'Volgers', exact: true });
    await followers.fill('1,000');
    await expect(followers).toHaveAccessibleDescription(/Bedoel je 1 volger of 1\.000 volgers\?/);
    await expect(e.getByTestId('like-rate')).toHaveCount(0);
    await e.getByRole('button', { name: 'Volgers: 1.000 volgers' }).click();
    await expect(followers).toHaveValue('1.000');
    await expect.poll(() => textOf(e.getByTestId('like-rate'))).toBe('2,5 %');
    await followers.fill('1,5');
    await expect(followers).toHaveAccessibleDescription(/heel getal/);
    await followers.fill('0,5');
    await expect(followers).toHaveAccessibleDescription(/heel getal/);
    const reach = e.getByRole('textbox', { name: 'Bereik per bericht', exact: true });
    await reach.fill('0,0000001');
    await expect(reach).toHaveAccessibleDescription(/heel getal/);
    expect((await e.textContent()) ?? '').not.toMatch(/NaN|Infinity|101\.000\.000\.000/);

    await page.goto('rekenhulpen/like-naar-euro/');
    const a = await hydrated(page, scenario(page, 'A'));
    const likes = a.getByRole('textbox', { name: 'Likes', exact: true });
    await likes.fill('20000');
    await expect(a.getByTestId('likes-gelezen')).toHaveText('gelezen als 20.000 likes');
    await likes.fill('2.0000');
    await expect(likes).toHaveAccessibleDescription(/Bedoel je 2 likes of 20\.000 likes\?/);
    const order = a.getByRole('textbox', { name: 'Gemiddeld orderbedrag', exact: true });
    await order.fill('12.50');
    await expect(order).toHaveAccessibleDescription(/Bedoel je €\s12,50 of €\s1\.250\?/);
    await order.fill('€ 50,-');
    await expect(order).not.toHaveAttribute('aria-invalid', 'true');
    const margin = a.getByRole('textbox', { name: 'Marge per order', exact: true });
    await margin.fill('€ 50');
    await expect(margin).toHaveAccessibleDescription(/Hier hoort een percentage, maar je typte een bedrag/);
  });

  test('4. what is typed before the island hydrates counts, in the result and in the URL', async ({ page }) => {
    // Hold the island's code until the reader has typed, as on a slow connection.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/FunnelCalculator[^/]*\.js/, async (route) => {
      await held;
      await route.fallback();
    });
    await page.goto('rekenhulpen/like-naar-euro/');
    const a = scenario(page, 'A');
    const likes = a.getByRole('textbox', { name: 'Likes', exact: true });
    await likes.scrollIntoViewIfNeeded();
    await likes.fill('2.000');
    await expect(page.locator('astro-island', { has: a })).toHaveAttribute('ssr', /.*/);
    release();
    await hydrated(page, a);
    await expect(likes).toHaveValue('2.000');
    await expect.poll(() => textOf(a.getByTestId('customers'))).toBe('16');
    await expect(page).toHaveURL(/a\.likes=2\.000/);
  });

  test('5. the funnel counts nobody twice and says which base each step uses', async ({ page }) => {
    await page.goto('rekenhulpen/like-naar-euro/?a.bezoek=100&a.klik=100&a.conversie=100&a.koop=100');
    const a = await hydrated(page, scenario(page, 'A'));
    await expect.poll(() => textOf(a.getByTestId('customers'))).toBe('1.000');
    await expect(
      a.getByRole('textbox', { name: 'Klikken op je retargeting-advertentie', exact: true }),
    ).toHaveAccessibleDescription(/likers die je site níet bezochten/);
    await expect(a.getByRole('row', { name: /Bereik \(ter info, telt niet mee\)/ })).toBeVisible();
    // Attribution: half of the sales would have come anyway.
    await a.getByRole('textbox', { name: 'Verkopen die er ook zonder de like waren gekomen', exact: true }).fill('50');
    await expect.poll(() => textOf(a.getByTestId('customers-credited'))).toBe('500');
    // Goal seek.
    await a.getByRole('button', { name: 'Kledingmerk' }).click();
    await expect(a.getByTestId('goal-seek')).toContainText('Quitte bij zo’n 750 likes');
  });

  test('6. engagement knows the platform, warns on a mismatch and prints exact inputs', async ({ page }) => {
    await page.goto('rekenhulpen/engagement/');
    const e = await hydrated(page, engagement(page));
    const platform = e.getByRole('combobox', { name: 'Platform' });
    await platform.selectOption('facebook');
    await e.getByRole('combobox', { name: 'Vergelijk met' }).selectOption('markerly-2016');
    await expect(e.getByTestId('headline')).toContainText('op Facebook');
    await expect(e.getByTestId('headline')).toContainText('op Instagram volgens Markerly');
    await expect(e.getByTestId('platform-warning')).toContainText('deze benchmark meet Instagram');
    await typeInto(e.getByRole('textbox', { name: 'Volgers', exact: true }), '1.234.567');
    await typeInto(e.getByRole('textbox', { name: 'Likes per bericht', exact: true }), '12.345');
    await expect(e.getByTestId('formula')).toContainText('12.345 ÷ 1.234.567 × 100 %');
    await expect.poll(() => textOf(e.getByTestId('tier'))).toBe('1–10 miljoen');
    await platform.selectOption('instagram');
    await expect(e.getByTestId('platform-warning')).toHaveCount(0);
    await platform.selectOption('linkedin');
    await expect(e.getByTestId('platform-note')).toContainText('Voor LinkedIn vonden we geen gepubliceerde benchmark');
    await expect(e.getByTestId('platform-warning')).toBeVisible();
  });

  test('8. presets follow lesson 1 per post; after an edit the picker says "eigen cijfers"', async ({ page }) => {
    await page.goto('rekenhulpen/like-naar-euro/');
    const b = await hydrated(page, scenario(page, 'B'));
    await expect(b.getByRole('textbox', { name: 'Likes', exact: true })).toHaveValue('25');
    await expect.poll(() => textOf(b.getByTestId('revenue'))).toBe('€ 1.500,00');
    await expect(b.getByTestId('preset-basis')).toContainText('Gerrit Vromant');
    await b.getByRole('button', { name: 'Sportwagenpagina' }).click();
    await expect(b.getByRole('textbox', { name: 'Likes', exact: true })).toHaveValue('8.000');
    await expect.poll(() => textOf(b.getByTestId('revenue'))).toBe('€ 80,00');
    await typeInto(b.getByRole('textbox', { name: 'Likes', exact: true }), '9000');
    await expect(b.getByTestId('own-numbers')).toHaveText('eigen cijfers');
    await expect(b.getByRole('button', { name: 'Sportwagenpagina' })).toHaveAttribute('aria-pressed', 'false');
    await expect(b.getByTestId('preset-basis')).toHaveCount(0);
  });
});
