/** Journey: a reader on a touch screen taps an underlined term to see what it means, without leaving the lesson. */
import { expect, expectNoAxeViolations, test } from './fixtures';

test.describe('on a touch screen', () => {
  test.describe.configure({ timeout: 90_000 }); // axe on a long lesson
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 812 } });

  test('tapping a term shows its definition in a popover with a link to the glossary', async ({ page }) => {
    await page.goto('lessen/van-like-naar-euro/');
    const term = page.locator('.term').first();
    const button = term.getByRole('button');
    await button.scrollIntoViewIfNeeded();
    await button.tap();
    await expect(page).toHaveURL(/\/lessen\/van-like-naar-euro\/$/);
    const tip = term.locator('.term__tip');
    await expect(tip).toBeVisible();
    await expect(tip).toBeInViewport();
    const more = tip.getByRole('link', { name: /in de begrippenlijst/ });
    await expect(more).toHaveAttribute('href', /\/begrippen\/#[a-z0-9-]+$/);
    const box = (await tip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    await expectNoAxeViolations(page, 'lesson with an open term');
    // A tap elsewhere closes it.
    // A tap in the page's margin (the term itself was scrolled into view, the popover sits lower).
    await page.touchscreen.tap(4, 4);
    await expect(tip).toBeHidden();
  });
});

test('the keyboard opens and closes a term’s explanation; screen readers get it as a description', async ({ page }) => {
  await page.goto('lessen/van-like-naar-euro/');
  const term = page.locator('.term').first();
  const button = term.getByRole('button');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(term.locator('.term__tip')).toBeVisible();
  await expect(button).toHaveAccessibleDescription(/:/);
  await page.keyboard.press('Escape');
  await expect(term.locator('.term__tip')).toBeHidden();
});
