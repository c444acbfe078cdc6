/**
 * Journey: a trainer drives a deck with whatever is at hand (issue 12, defects 2 and 3): a clicker after
 * typing into a calculator field, Space after revealing a quiz answer, arrows in the overview, a slide number
 * that does not exist, a touch screen (tap zones, swipe, visible controls), a mouse click and the wheel.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { sitePaths } from './pages';

const decks = sitePaths().filter((p) => /^workshop\/[^/]+\/$/.test(p));
const firstDeck = decks[0]!;

/** Waits until the window shows slide n (1-based), with the deck's script running. */
async function expectSlide(page: Page, n: number): Promise<void> {
  await expect(page.locator('.deck.is-live')).toHaveCount(1);
  await expect(page.locator('.slide.is-current')).toHaveAttribute('data-slide', String(n - 1));
}

/** The first deck with a calculator field on a slide, and that slide (1-based), read from the served HTML. */
async function deckWithNumberField(page: Page): Promise<{ deck: string; slide: number }> {
  for (const deck of decks) {
    const html = await (await page.request.get(deck)).text();
    const slides = html.split(/<section class="slide /).slice(1);
    const slide = slides.findIndex((s) => /inputmode="(decimal|numeric)"|type="number"/.test(s));
    if (slide >= 0) return { deck, slide: slide + 1 };
  }
  throw new Error('No deck has a calculator field on a slide.');
}

const numberField = (page: Page) =>
  page
    .locator('.slide.is-current')
    .locator('input[inputmode="decimal"], input[inputmode="numeric"], input[type="number"]')
    .first();

for (const mode of ['projector', 'presenter'] as const) {
  test(`${mode}: from inside a calculator field, B, Esc, PageDown and PageUp reach the deck; typing stays typing`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const { deck, slide } = await deckWithNumberField(page);
    await page.goto(`${deck}${mode === 'presenter' ? 'presentator/' : ''}#/${slide}`);
    await expectSlide(page, slide);
    await expect(page.locator('.slide.is-current astro-island').first()).not.toHaveAttribute('ssr');
    const field = numberField(page);
    await field.fill('');
    await field.pressSequentially('1234,5');
    // Arrows, Home/End and Space belong to the field: the slide stays.
    for (const key of ['ArrowLeft', 'ArrowRight', 'Home', 'End']) await field.press(key);
    await expectSlide(page, slide);
    await expect(field).toHaveValue('1234,5');
    await expect(field).toBeFocused();
    // B blacks out (and is not typed), B again shows the slide.
    const black = page.locator('[data-blackout]');
    await field.press('b');
    await expect(black).toBeVisible();
    await expect(field).toHaveValue('1234,5');
    await field.press('b');
    await expect(black).toBeHidden();
    // Esc leaves the field; then the ordinary keys are the deck's again.
    await field.press('Escape');
    await expect(field).not.toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, slide + 1);
    await page.keyboard.press('ArrowLeft');
    await expectSlide(page, slide);
    // The clicker's PageDown and PageUp work straight from the field.
    await numberField(page).focus();
    await page.keyboard.press('PageDown');
    await expectSlide(page, slide + 1);
    await page.keyboard.press('PageUp');
    await expectSlide(page, slide);
    await expect(numberField(page)).toHaveValue('1234,5');
  });
}

test('after "Toon het antwoord", Space goes on instead of hiding the answer', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(firstDeck);
  const quiz = page.locator('.slide--quiz').first();
  const index = Number(await quiz.getAttribute('data-slide'));
  await page.goto(`${firstDeck}#/${index + 1}`);
  await expectSlide(page, index + 1);
  // The button is the trainer's: hidden from the audience until the mouse moves.
  const reveal = quiz.getByRole('button', { name: 'Toon het antwoord' });
  await expect(reveal).toBeHidden();
  await page.mouse.move(300, 300);
  await page.mouse.move(320, 310);
  await reveal.click();
  await expect(quiz.locator('[data-quiz-answer]')).toBeVisible();
  await page.keyboard.press('Space');
  await expectSlide(page, index + 2);
  await page.keyboard.press('ArrowLeft');
  await expectSlide(page, index + 1);
  await expect(quiz.locator('[data-quiz-answer]')).toBeVisible();
});

test('a quiz reveal does not change the size of the other text on the slide', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(firstDeck);
  const quiz = page.locator('.slide--quiz').first();
  const index = Number(await quiz.getAttribute('data-slide'));
  await page.goto(`${firstDeck}#/${index + 1}`);
  await expectSlide(page, index + 1);
  const sizes = () =>
    quiz.evaluate((slide) =>
      [...slide.querySelectorAll<HTMLElement>('.slide__title, .quiz__text')].map((el) => getComputedStyle(el).fontSize),
    );
  const before = await sizes();
  await page.keyboard.press('ArrowRight');
  await expect(quiz.locator('[data-quiz-answer]')).toBeVisible();
  // Let any refit that would happen have its frames.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  expect(await sizes()).toEqual(before);
});

test('arrows move through the overview; a slide number that does not exist says so', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${firstDeck}#/3`);
  await expectSlide(page, 3);
  await page.keyboard.press('o');
  const overview = page.getByRole('dialog', { name: /Overzicht/ });
  await expect(overview).toBeVisible();
  await expect(overview.locator('[data-goto="2"]')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(overview.locator('[data-goto="3"]')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(overview.locator('[data-goto="1"]')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const below = await page.evaluate(() => document.activeElement?.getAttribute('data-goto'));
  expect(Number(below)).toBeGreaterThan(1);
  await page.keyboard.press('Enter');
  await expect(overview).toBeHidden();
  await expectSlide(page, Number(below) + 1);

  const total = await page.locator('[data-deck-stage] > .slide').count();
  for (const digit of String(total + 80)) await page.keyboard.press(digit);
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-deck-toast]')).toBeVisible();
  await expect(page.locator('[data-deck-toast]')).toContainText(`Dia ${total + 80} bestaat niet`);
  await expectSlide(page, Number(below) + 1);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 1024, height: 768 } });

  test('a tap on the right goes on, on the left goes back; the controls show and work', async ({ page }) => {
    await page.goto(`${firstDeck}#/2`);
    await expectSlide(page, 2);
    const controls = page.locator('.deck__controls');
    await expect(controls).toHaveCSS('opacity', '0');
    // Tap on the slide's right two-thirds, where there is nothing interactive (the footer strip).
    const box = (await page.locator('.slide.is-current').boundingBox())!;
    await page.touchscreen.tap(box.x + box.width * 0.8, box.y + box.height * 0.5);
    await expectSlide(page, 3);
    await expect(controls).toHaveCSS('opacity', '1');
    await page.touchscreen.tap(box.x + box.width * 0.1, box.y + box.height * 0.5);
    await expectSlide(page, 2);
    // The controls work by touch.
    await page.locator('.deck__controls [data-action="next"]').tap();
    await expectSlide(page, 3);
  });
});

test.describe('on a touch screen, swiping', () => {
  test.use({ hasTouch: true, viewport: { width: 1024, height: 768 } });
  test('a swipe to the left goes on, to the right goes back', async ({ page }) => {
    await page.goto(`${firstDeck}#/2`);
    await expectSlide(page, 2);
    const box = (await page.locator('.slide.is-current').boundingBox())!;
    // A finger on the touch screen, through the DevTools protocol (Playwright's touchscreen only taps): the
    // browser turns the touches into pointer events as on a tablet, so `touch-action` takes part too.
    const cdp = await page.context().newCDPSession(page);
    const swipe = async (from: number, to: number) => {
      const y = box.y + box.height * 0.5;
      const at = (x: number) => [{ x, y, id: 1, radiusX: 4, radiusY: 4, force: 1 }];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(from) });
      for (let i = 1; i <= 8; i++) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(from + ((to - from) * i) / 8) });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    await swipe(box.x + box.width * 0.8, box.x + box.width * 0.3);
    await expectSlide(page, 3);
    await swipe(box.x + box.width * 0.3, box.x + box.width * 0.8);
    await expectSlide(page, 2);
  });
});

test('a click on the slide goes on (left third: back); the wheel turns one slide per turn', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${firstDeck}#/2`);
  await expectSlide(page, 2);
  const box = (await page.locator('.slide.is-current').boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.7, box.y + box.height * 0.5);
  await expectSlide(page, 3);
  await page.mouse.click(box.x + box.width * 0.1, box.y + box.height * 0.5);
  await expectSlide(page, 2);
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
  await page.mouse.wheel(0, 120);
  await expectSlide(page, 3);
  await page.mouse.wheel(0, -120);
  await expectSlide(page, 2);
});
