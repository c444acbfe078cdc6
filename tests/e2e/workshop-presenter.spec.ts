/**
 * Journey: the trainer's own window (issue 12, defects 1 and 6). It rests when nobody touches it (no fitting
 * in a loop), answers keys as soon as it has loaded, shows the next slide at a third of the width or more,
 * notes in a size the trainer chooses, a layout that does not move under blackout, a progress bar and a
 * pausable timer, on a laptop, a tablet and a phone. These tests use the same default timeouts as the
 * projector's.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { sitePaths } from './pages';

const decks = sitePaths().filter((p) => /^workshop\/[^/]+\/$/.test(p));
const firstDeck = decks[0]!;

async function expectSlide(page: Page, n: number): Promise<void> {
  await expect(page.locator('.deck.is-live')).toHaveCount(1);
  await expect(page.locator('.slide.is-current')).toHaveAttribute('data-slide', String(n - 1));
}

/** The first deck with a calculator on a slide, and that slide (1-based). */
async function deckWithCalculator(page: Page): Promise<{ deck: string; slide: number }> {
  for (const deck of decks) {
    await page.goto(deck);
    const slide = await page.evaluate(() =>
      [...document.querySelectorAll('[data-deck-stage] > .slide')].findIndex((s) => s.querySelector('.calc')),
    );
    if (slide >= 0) return { deck, slide: slide + 1 };
  }
  throw new Error('No deck has a calculator on a slide.');
}

/** Counts changes to the slides' inline styles (what the fitter writes) over `frames` animation frames. */
const fitWritesOver = (page: Page, frames: number) =>
  page.evaluate(async (n) => {
    let writes = 0;
    const observer = new MutationObserver((list) => (writes += list.length));
    for (const slide of document.querySelectorAll('[data-deck-stage] > .slide:not([hidden])'))
      observer.observe(slide, { subtree: true, attributes: true, attributeFilter: ['style'] });
    for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
    observer.disconnect();
    return writes;
  }, frames);

test('the presenter on a calculator slide rests once fitted and answers keys at once', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const { deck, slide } = await deckWithCalculator(page);
  await page.goto(`${deck}presentator/#/${slide}`);
  await expectSlide(page, slide);
  await expect(page.locator('.slide.is-current astro-island').first()).not.toHaveAttribute('ssr');
  // Once hydrated and fitted, nothing rewrites the slides frame after frame.
  await expect.poll(() => fitWritesOver(page, 20)).toBe(0);
  await page.keyboard.press('End');
  await expect(page.locator('.slide.is-current')).not.toHaveAttribute('data-slide', String(slide - 1));
  // The same after the window changes size (a projector plugged in, a laptop at 1024).
  await page.keyboard.press('Home');
  for (const digit of String(slide)) await page.keyboard.press(digit);
  await page.keyboard.press('Enter');
  await expectSlide(page, slide);
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect.poll(() => fitWritesOver(page, 20)).toBe(0);
  // The calculator can be used: its fields scroll inside the slide, every one of them reachable.
  const fields = page.locator('.slide.is-current .calc input');
  const count = await fields.count();
  expect(count).toBeGreaterThan(0);
  await fields.nth(count - 1).scrollIntoViewIfNeeded();
  await expect(fields.nth(count - 1)).toBeInViewport();
  expect(await page.evaluate(() => document.scrollingElement!.scrollHeight <= innerHeight + 1)).toBe(true);
});

for (const size of [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
]) {
  test(`presenter at ${size.width}×${size.height}: next slide a third wide, readable notes, stable under blackout`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.goto(`${firstDeck}presentator/#/3`);
    await expectSlide(page, 3);
    const next = (await page.locator('.slide.is-next').boundingBox())!;
    expect(next.width).toBeGreaterThanOrEqual(size.width / 3 - 1);
    const notes = page.locator('.presenter__notes');
    expect(parseFloat(await notes.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(18);
    // Every part inside the window, nothing scrolls the page.
    for (const box of [next, (await page.locator('.slide.is-current').boundingBox())!, (await notes.boundingBox())!]) {
      expect(box.x + box.width).toBeLessThanOrEqual(size.width + 1);
      expect(box.y + box.height).toBeLessThanOrEqual(size.height + 1);
    }
    expect(await page.evaluate(() => document.scrollingElement!.scrollHeight <= innerHeight + 1)).toBe(true);
    // Blackout: the header and the slides stay where they are.
    const layout = () =>
      page.evaluate(() =>
        ['.presenter__bar', '.slide.is-current', '.slide.is-next', '.presenter__notes'].map((s) => {
          const r = document.querySelector(s)!.getBoundingClientRect();
          return [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)].join(',');
        }),
      );
    const before = await layout();
    await page.keyboard.press('b');
    await expect(page.locator('[data-blackout]')).toBeVisible();
    expect(await layout()).toEqual(before);
    await expect(page.locator('.slide.is-next')).toBeInViewport();
    await page.keyboard.press('b');
    await expect(page.locator('[data-blackout]')).toBeHidden();
  });
}

test('the notes size (A−/A+) is kept on this device; progress bar and a pausable timer', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${firstDeck}presentator/#/2`);
  await expectSlide(page, 2);
  const notes = page.locator('.presenter__notes');
  const size = () => notes.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const start = await size();
  await page.getByRole('button', { name: 'Grotere tekst' }).click();
  await expect.poll(size).toBeGreaterThan(start);
  const larger = await size();
  await page.reload();
  await expectSlide(page, 2);
  await expect.poll(size).toBe(larger);
  await page.getByRole('button', { name: 'Kleinere tekst' }).click();
  await page.getByRole('button', { name: 'Kleinere tekst' }).click();
  await expect.poll(size).toBeLessThan(start);

  const total = await page.locator('[data-deck-stage] > .slide').count();
  const progress = page.locator('[data-progress]');
  await expect(progress).toHaveAttribute('max', String(total));
  await expect.poll(() => progress.evaluate((el) => (el as HTMLProgressElement).value)).toBe(2);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => progress.evaluate((el) => (el as HTMLProgressElement).value)).toBe(3);
  // The step started the timer; pause stops it, "Verder" goes on.
  const pause = page.getByRole('button', { name: 'Pauze' });
  await expect(pause).toBeVisible();
  await pause.click();
  await expect(page.locator('[data-pace]')).toHaveText('pauze');
  const frozen = await page.locator('[data-elapsed]').textContent();
  await expect(page.getByRole('button', { name: 'Verder' })).toHaveAttribute('aria-pressed', 'true');
  expect(await page.locator('[data-elapsed]').textContent()).toBe(frozen);
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page.locator('[data-pace]')).not.toHaveText('pauze');
});

test.describe('on a tablet in landscape', () => {
  test.use({ hasTouch: true, viewport: { width: 1024, height: 768 } });
  test('the presenter fits and its buttons work by touch', async ({ page }) => {
    await page.goto(`${firstDeck}presentator/#/2`);
    await expectSlide(page, 2);
    expect(await page.evaluate(() => document.scrollingElement!.scrollHeight <= innerHeight + 1)).toBe(true);
    await page.getByRole('button', { name: /Volgende/ }).tap();
    await expectSlide(page, 3);
    // A tap on the next slide's preview goes there.
    await page.locator('.slide.is-next').tap();
    await expectSlide(page, 4);
  });
});

test('on a phone the presenter reads in lines, not one word per line', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(`${firstDeck}presentator/#/2`);
  await expectSlide(page, 2);
  for (const selector of ['.presenter__notes', '.slide.is-current', '.presenter__bar']) {
    const box = (await page.locator(selector).boundingBox())!;
    expect(box.width, selector).toBeGreaterThan(300);
  }
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= innerWidth + 1)).toBe(true);
});

test('the closing slide sends phones to Mijn plan with a QR code', async ({ page }) => {
  await page.goto(firstDeck);
  await page.keyboard.press('End');
  const end = page.locator('.slide--end');
  await expect(end).toBeVisible();
  await expect(end.locator('svg.qr')).toHaveAttribute('aria-label', /Mijn plan/);
  await expect(end).toContainText('Maak je plan op je telefoon');
  await expect(end.locator('.slide__url')).toContainText('mijn-plan');
});
