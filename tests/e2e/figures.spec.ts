/**
 * Reading the lessons with figures: the static bar chart's table alternative opens by keyboard, and every
 * figure table names its source.
 */
import { expect, test } from './fixtures';

// Every lesson with its figure tables open is axe-clean and fits a phone: tests/e2e/every-page.spec.ts.

test('the bar chart has a summary and a table alternative that opens by keyboard', async ({ page }) => {
  await page.goto('lessen/engagement-per-volgersniveau/');
  const chart = page.locator('.fig-bars[role="img"]').first();
  await expect(chart).toHaveAttribute('aria-label', /8\s%.*1,6\s%/);
  const summary = page.getByText('Dezelfde cijfers als tabel').first();
  const table = page.locator('details.fig-details table').first();
  await expect(table).toBeHidden();
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(table).toBeVisible();
  await expect(table.locator('caption')).toContainText('Markerly, 2016');
  await expect(table.locator('tbody tr')).toHaveCount(6);
});

test('every figure table names its source, year and what was measured', async ({ page }) => {
  await page.goto('lessen/van-like-naar-euro/');
  const figures = page.locator('figure.fig');
  expect(await figures.count()).toBeGreaterThan(0);
  for (const figure of await figures.all()) {
    await expect(figure.locator('.fig-source')).toContainText(/Bron:.*(\d{4}|jaar niet vermeld)/);
    await expect(figure.locator('.fig-source')).toContainText('Wat is gemeten:');
  }
});
