/**
 * Issue 24, calculators at the edges: each numbered item on the calculator page, in the lesson that embeds
 * the calculator and on the projector slide of that lesson's deck. The pure rules behind each sentence are
 * property-tested in tests/unit/calculators/sentences.test.ts; here the reader's view is checked.
 */
import type { Locator, Page } from '@playwright/test';
import { hydrated, textOf } from './calculator-helpers';
import { expect, test } from './fixtures';

const scenarioA = (page: Page) => page.getByRole('region', { name: 'Scenario A' });
const effort = (page: Page) => page.getByRole('region', { name: 'Rekenhulp inspanning en kosten' });
const engagement = (page: Page) => page.getByRole('region', { name: 'Rekenhulp engagementratio' });
const lessonFunnel = (page: Page) => page.getByRole('region', { name: 'Rekenhulp van like naar euro' });

/** Opens a lesson's deck on the projector at the slide with its calculator (with `query` for the island). */
async function projectorSlide(page: Page, lesson: string, query = ''): Promise<Locator> {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`workshop/${lesson}/${query}`);
  const index = await page.evaluate(() =>
    [...document.querySelectorAll('[data-deck-stage] > .slide')].findIndex((s) => s.querySelector('.calc')),
  );
  expect(index, `a slide with a calculator in the deck of ${lesson}`).toBeGreaterThanOrEqual(0);
  await page.goto(`workshop/${lesson}/${query}#/${index + 1}`);
  const slide = page.locator('.slide.is-current');
  await expect(slide).toHaveAttribute('data-slide', String(index)); // data-slide counts from 0, the hash from 1
  await expect(slide.locator('astro-island').first()).not.toHaveAttribute('ssr', /.*/);
  return slide;
}

/** Visible, and inside the window: not hidden by a rule, not pushed off the slide. */
async function expectShown(locator: Locator): Promise<void> {
  await expect(locator).toBeVisible();
  await expect(locator).toBeInViewport();
}

test.describe('1. a number that cannot be computed is withheld, with the reason', () => {
  const zeroLikes =
    /Met 0 likes levert deze trechter geen klanten en geen omzet op\. Na € 150,00 kosten is er € 150,00 tekort\. Een bedrag per like is er zonder likes niet\./;
  test('calculator page: 0 likes, and an order value of 0 on the effort page', async ({ page }) => {
    await page.goto('rekenhulpen/like-naar-euro/?a.likes=0');
    const a = await hydrated(page, scenarioA(page));
    await expect.poll(() => textOf(a.getByTestId('headline'))).toMatch(zeroLikes);
    // The break-even in likes comes from the rates: the same with 0 likes as with 3 or 1.000.
    await expect(a.getByTestId('goal-seek')).toContainText('Quitte bij zo’n 750 likes met deze percentages.');
    await expect(a.getByTestId('goal-seek')).toContainText('Met 0 likes zijn er geen sitebezoekers om mee te rekenen.');
    await expect.poll(() => textOf(a.getByTestId('value-per-like'))).toBe('geen likes');

    await page.goto('rekenhulpen/inspanning/?i.order=0');
    const i = await hydrated(page, effort(page));
    await expect(i.getByTestId('customers-sentence')).toContainText('met geen aantal klanten terug');
    await expect(i.getByTestId('customers-month')).toHaveText('niet haalbaar');
    await expect(i.getByTestId('likes-needed')).toContainText('dekt geen aantal likes deze kosten: niet haalbaar');
    expect(await textOf(i.getByTestId('likes-needed'))).not.toMatch(/\d likes/);
  });
  test('lesson and projector slide', async ({ page }) => {
    await page.goto('lessen/van-like-naar-euro/?f.likes=0');
    const f = await hydrated(page, lessonFunnel(page));
    await expect.poll(() => textOf(f.getByTestId('headline'))).toMatch(zeroLikes);
    const slide = await projectorSlide(page, 'van-like-naar-euro', '?f.likes=0');
    await expectShown(slide.getByTestId('headline'));
    await expect.poll(() => textOf(slide.getByTestId('headline'))).toMatch(zeroLikes);
  });
});

test.describe('2 and 3. the effort → funnel link carries every input, hours as a person types them', () => {
  test('calculator pages: the funnel breaks even at the customers and likes the effort page named', async ({
    page,
  }) => {
    await page.goto('rekenhulpen/inspanning/?i.uren=1%2C2&i.order=30');
    const i = await hydrated(page, effort(page));
    await expect.poll(() => textOf(i.getByTestId('hours-month'))).toBe('5,2');
    const customers = await textOf(i.getByTestId('customers-month'));
    const likes = /zo’n ([\d.]+) likes per maand/.exec(await textOf(i.getByTestId('likes-needed')))?.[1];
    expect(likes).toBeDefined();
    await page.screenshot({ path: '/work/shots/edges/effort-link-source.png', fullPage: true });
    await i.getByRole('link', { name: /rekenhulp Van like naar euro/ }).click();
    const a = await hydrated(page, scenarioA(page));
    await expect(a.getByRole('textbox', { name: 'Uren werk', exact: true })).toHaveValue('5,2');
    await expect(a.getByRole('textbox', { name: 'Gemiddeld orderbedrag', exact: true })).toHaveValue('30');
    await expect
      .poll(() => textOf(a.getByTestId('break-even')))
      .toMatch(new RegExp(`^${customers} klant(en)?, ofwel zo’n ${likes?.replace('.', '\\.')} likes$`));
    await expect(a.getByTestId('link-notice')).toHaveCount(0);
  });
});

test.describe('4. shown parts add up, and counts are said to be expected values', () => {
  test('calculator page: revenue before attribution, minus the part without the like, is the like’s', async ({
    page,
  }) => {
    await page.goto('rekenhulpen/like-naar-euro/?a.zonder=50');
    const a = await hydrated(page, scenarioA(page));
    await expect.poll(() => textOf(a.getByTestId('revenue-total'))).toBe('€ 400,00');
    await expect.poll(() => textOf(a.getByTestId('revenue-ad'))).toBe('€ 250,00');
    await expect.poll(() => textOf(a.getByTestId('revenue-site'))).toBe('€ 150,00');
    await expect.poll(() => textOf(a.getByTestId('revenue-without-like'))).toBe('€ 200,00');
    await expect.poll(() => textOf(a.getByTestId('revenue'))).toBe('€ 200,00');
    await expect(a.getByRole('row', { name: /Omzet via retargeting \(alle verkopen, vóór aftrek\)/ })).toBeVisible();
    await expect(a.getByTestId('expected-values')).toBeVisible();
    await page.goto('rekenhulpen/inspanning/');
    const i = await hydrated(page, effort(page));
    // Lesson 5's coach: 17,33 hours a month × € 60 = € 1.039,80, + € 30 tools + € 150 ads; a year is 12 months.
    await expect.poll(() => textOf(i.getByTestId('time-month'))).toBe('€ 1.039,80');
    await expect.poll(() => textOf(i.getByTestId('cost-month'))).toBe('€ 1.219,80');
    await expect.poll(() => textOf(i.getByTestId('cost-year'))).toBe('€ 14.637,60');
  });
  test('lesson and projector slide say it too', async ({ page }) => {
    await page.goto('lessen/van-like-naar-euro/');
    const f = await hydrated(page, lessonFunnel(page));
    await expect(f.getByTestId('expected-values')).toContainText('Aantallen zijn verwachte waarden');
    const slide = await projectorSlide(page, 'van-like-naar-euro');
    await expectShown(slide.getByTestId('expected-values'));
    await page.screenshot({ path: '/work/shots/edges/projector-funnel.png' });
  });
});

test.describe('5. warnings are never hidden by a layout', () => {
  test('projector: LinkedIn on the engagement slide shows the warning, the note and the withheld verdict', async ({
    page,
  }) => {
    const slide = await projectorSlide(page, 'engagement-per-volgersniveau');
    await slide.getByRole('combobox', { name: 'Platform' }).selectOption('linkedin');
    await expectShown(slide.getByTestId('platform-warning'));
    await expectShown(slide.getByTestId('platform-note'));
    await expectShown(slide.getByTestId('verdict'));
    await expect(slide.getByTestId('verdict')).toHaveAttribute('data-withheld', 'platform-mismatch');
    await page.screenshot({ path: '/work/shots/edges/projector-engagement-linkedin.png' });
  });
  test('calculator page and lesson show them as well', async ({ page }) => {
    for (const [path, region] of [
      ['rekenhulpen/engagement/', engagement(page)],
      ['lessen/engagement-per-volgersniveau/', page.getByRole('region', { name: 'Rekenhulp engagementratio' })],
    ] as const) {
      await page.goto(path);
      const e = await hydrated(page, region);
      await e.getByRole('combobox', { name: 'Platform' }).selectOption('linkedin');
      await expect(e.getByTestId('platform-warning')).toBeVisible();
      await expect(e.getByTestId('platform-note')).toBeVisible();
      await expect(e.getByTestId('verdict')).toHaveAttribute('data-withheld', 'platform-mismatch');
    }
  });
});

test.describe('6. normal Dutch amounts are read as meant; a unit in the wrong field is flagged', () => {
  test('calculator page and lesson', async ({ page }) => {
    for (const [path, region] of [
      ['rekenhulpen/like-naar-euro/', scenarioA(page)],
      ['lessen/van-like-naar-euro/', lessonFunnel(page)],
    ] as const) {
      await page.goto(path);
      const a = await hydrated(page, region);
      const order = a.getByRole('textbox', { name: 'Gemiddeld orderbedrag', exact: true });
      for (const [typed, shown] of [
        ['€ 1.000', '€ 8.000,00'],
        ['2.000 euro', '€ 16.000,00'],
        ['12.500,-', '€ 100.000,00'],
      ] as const) {
        await order.fill(typed);
        await expect(order).not.toHaveAttribute('aria-invalid', 'true');
        await expect.poll(() => textOf(a.getByTestId('revenue'))).toBe(shown);
      }
    }
    await page.goto('rekenhulpen/engagement/');
    const e = await hydrated(page, engagement(page));
    const followers = e.getByRole('textbox', { name: 'Volgers', exact: true });
    await followers.fill('400 likes');
    await expect(followers).toHaveAccessibleDescription(/Hier hoort een aantal volgers, maar je typte likes\./);
    const likes = e.getByRole('textbox', { name: 'Likes per bericht', exact: true });
    await likes.fill('60 volgers');
    await expect(likes).toHaveAccessibleDescription(/Hier hoort een aantal likes, maar je typte volgers\./);
  });
  test('projector slide', async ({ page }) => {
    const slide = await projectorSlide(page, 'van-like-naar-euro');
    const likes = slide.getByRole('textbox', { name: 'Likes', exact: true });
    await likes.fill('2.000 volgers');
    await expect(likes).toHaveAttribute('aria-invalid', 'true');
    await expectShown(slide.getByText('Hier hoort een aantal likes, maar je typte volgers.'));
  });
});

test.describe('7. a link not used as written says so', () => {
  test('calculator page, lesson and projector: one line naming what was not taken', async ({ page }) => {
    await page.goto('rekenhulpen/like-naar-euro/?a.likes=1&a.likes=2&a.preset=bakker');
    const a = await hydrated(page, scenarioA(page));
    await expect(a.getByTestId('link-notice')).toHaveText(
      'Niet alles uit de link is gebruikt: ‘Likes’ stond er twee keer in (we namen de eerste); het voorbeeld ‘bakker’ bestaat niet (we namen ‘Kledingmerk’).',
    );
    await expect(a.getByRole('textbox', { name: 'Likes', exact: true })).toHaveValue('1');
    await page.goto(`rekenhulpen/like-naar-euro/?a.order=${'9'.repeat(60)}`);
    const long = await hydrated(page, scenarioA(page));
    await expect(long.getByTestId('link-notice')).toContainText('‘Gemiddeld orderbedrag’ was langer dan 40 tekens');
    await page.goto('lessen/van-like-naar-euro/?f.likes=1&f.likes=2');
    const f = await hydrated(page, lessonFunnel(page));
    await expect(f.getByTestId('link-notice')).toContainText('‘Likes’ stond er twee keer in');
    const slide = await projectorSlide(page, 'van-like-naar-euro', '?f.likes=1&f.likes=2');
    await expectShown(slide.getByTestId('link-notice'));
  });
  test('without JavaScript the page says a link’s numbers need it', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('rekenhulpen/like-naar-euro/?a.likes=5');
    // Playwright's text selectors skip <noscript>: find the paragraph by its class, read its text directly.
    const notice = page.locator('.calculator-page__noscript');
    await expect(notice).toBeVisible();
    expect(await notice.evaluate((el) => el.textContent?.replace(/\s+/g, ' ').trim())).toBe(
      'Zonder JavaScript toont deze rekenhulp altijd het voorbeeld hieronder. Kwam je hier via een link met eigen cijfers, zet JavaScript dan aan om die te zien en ermee te rekenen.',
    );
    await context.close();
  });
});

test.describe('8. Dutch that agrees with its number', () => {
  test('calculator page: "tekort", "1 klant", no "0 klanten" without costs, "1 volger"', async ({ page }) => {
    await page.goto('rekenhulpen/like-naar-euro/?a.likes=100');
    const a = await hydrated(page, scenarioA(page));
    await expect(a.getByTestId('headline')).toContainText('Na € 150,00 kosten is er € 130,00 tekort, € 1,30 per like.');
    await expect(a.getByTestId('net')).toHaveText(/€\s130,00/);
    await expect(a.getByRole('row', { name: /Tekort/ })).toBeVisible();
    await page.goto('rekenhulpen/like-naar-euro/?a.likes=125');
    const one = await hydrated(page, scenarioA(page));
    await expect(one.getByTestId('headline')).toContainText('ongeveer 1 klant en € 50,00 omzet');
    await page.goto('rekenhulpen/like-naar-euro/?a.ads=0&a.uren=0');
    const free = await hydrated(page, scenarioA(page));
    await expect(free.getByTestId('break-even')).toHaveText('geen kosten: je bent altijd quitte');
    await page.goto('rekenhulpen/engagement/');
    const e = await hydrated(page, engagement(page));
    const followers = e.getByRole('textbox', { name: 'Volgers', exact: true });
    await followers.fill('1,000');
    await expect(followers).toHaveAccessibleDescription(/Bedoel je 1 volger of 1\.000 volgers\?/);
  });
  test('lesson and projector slide', async ({ page }) => {
    await page.goto('lessen/van-like-naar-euro/?f.likes=125');
    const f = await hydrated(page, lessonFunnel(page));
    await expect(f.getByTestId('headline')).toContainText('ongeveer 1 klant en');
    const slide = await projectorSlide(page, 'van-like-naar-euro', '?f.likes=100');
    await expect(slide.getByTestId('headline')).toContainText('is er € 130,00 tekort');
  });
});
