/** Journey: a reader runs a calculator — result first, the chart when they get to it, in the theme they chose. */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const CALCULATORS = ['rekenhulpen/like-naar-euro/', 'rekenhulpen/engagement/'];

/** A fingerprint of the first drawn chart: the set of opaque colours on its canvas (bars, labels, grid). */
async function chartColours(page: Page): Promise<string> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.calc-chart[data-chart-ready] canvas');
    if (!canvas) return '';
    const ctx = canvas.getContext('2d')!;
    const { width, height } = canvas;
    const data = ctx.getImageData(0, 0, width, height).data;
    const colours = new Set<string>();
    for (let i = 0; i < data.length; i += 4 * 97)
      if (data[i + 3]! > 200) colours.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
    return [...colours].sort().join(' ');
  });
}

for (const path of CALCULATORS) {
  test(`the chart on /${path} recolours when the reader switches the theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    const box = page.locator('.calc-chart').first();
    await box.scrollIntoViewIfNeeded();
    await expect(page.locator('.calc-chart[data-chart-ready]').first()).toBeVisible();
    await expect.poll(() => chartColours(page)).not.toBe('');
    const light = await chartColours(page);
    await page.getByRole('button', { name: 'Donker thema' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect.poll(() => chartColours(page)).not.toBe(light);
    const dark = await chartColours(page);
    // The dark theme's accent (#5cc6be) is drawn; the light one (#0f5d5a) is gone.
    expect(dark).toContain('92,198,190');
    expect(dark).not.toContain('15,93,90');
  });
}

test('chart.js is not loaded until the chart comes near the viewport', async ({ page }) => {
  const chartChunks: string[] = [];
  page.on('response', (r) => {
    // Vite names the chunk after chart.js's own module: chart.<hash>.js.
    if (/\/chart\.[\w-]+\.js$/.test(r.url())) chartChunks.push(r.url());
  });
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('rekenhulpen/like-naar-euro/');
  const a = page.getByRole('region', { name: 'Scenario A' });
  await expect(a).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(chartChunks, 'chart.js fetched before its chart was near').toEqual([]);
  await page.locator('.calc-chart').first().scrollIntoViewIfNeeded();
  await expect(page.locator('.calc-chart[data-chart-ready]').first()).toBeVisible({ timeout: 20_000 });
  expect(chartChunks.length).toBe(1);
});

test('on a phone the chart fits the screen and draws its labels at 12 px or more', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  for (const path of CALCULATORS) {
    await page.goto(path);
    const box = page.locator('.calc-chart').first();
    await box.scrollIntoViewIfNeeded();
    await expect(page.locator('.calc-chart[data-chart-ready]').first()).toBeVisible();
    const canvas = (await box.locator('canvas').boundingBox())!;
    expect(canvas.x).toBeGreaterThanOrEqual(0);
    expect(canvas.x + canvas.width).toBeLessThanOrEqual(375);
    const fontPx = await page.evaluate(() => {
      const font = document.querySelector('canvas')?.getContext('2d')?.font ?? '';
      return Number.parseFloat(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? '0');
    });
    expect(fontPx).toBeGreaterThanOrEqual(12);
  }
});

test('in print the chart stays within the page width', async ({ page }) => {
  await page.goto(CALCULATORS[0]!);
  await page.locator('.calc-chart').first().scrollIntoViewIfNeeded();
  await expect(page.locator('.calc-chart[data-chart-ready]').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 700, height: 1000 });
  const overflow = await page.evaluate(() =>
    [...document.querySelectorAll('.calc-chart canvas')].some(
      (c) => c.getBoundingClientRect().right > document.documentElement.clientWidth + 1,
    ),
  );
  expect(overflow).toBe(false);
});
