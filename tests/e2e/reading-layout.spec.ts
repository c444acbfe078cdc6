/** Journey: reading on a phone and on a laptop, light and dark — nothing wider than the screen, a compact header, a table of contents that follows. */
import { expect, setTheme, test } from './fixtures';
import { sitePaths } from './pages';

const PHONE = { width: 375, height: 812 };
const LAPTOP = { width: 1280, height: 800 };

// Nothing wider than the screen on any page, phone and laptop, both themes: tests/e2e/every-page.spec.ts.

test('the header is at most 120 px tall on a phone, one row at 1024 px, and keeps every link', async ({ page }) => {
  for (const theme of ['light', 'dark'] as const) {
    await page.setViewportSize(PHONE);
    await page.goto('lessen/van-like-naar-euro/');
    await setTheme(page, theme);
    const header = page.locator('.site-header');
    expect((await header.boundingBox())!.height).toBeLessThanOrEqual(120);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await expect(nav.getByRole('link')).toHaveCount(5);
    await expect(page.getByRole('link', { name: 'Zoeken' }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Donker thema' })).toBeVisible();
  }
  await page.setViewportSize({ width: 1024, height: 768 });
  const nameBox = (await page.locator('.site-name').boundingBox())!;
  const toggleBox = (await page.getByRole('button', { name: 'Donker thema' }).boundingBox())!;
  const navBox = (await page.getByRole('navigation', { name: 'Hoofdmenu' }).boundingBox())!;
  // One row: the name, the navigation and the theme switch share a band.
  for (const box of [toggleBox, navBox])
    expect(Math.abs(box.y + box.height / 2 - (nameBox.y + nameBox.height / 2))).toBeLessThan(12);
});

test('the focus ring is not the colour of an error outline', async ({ page }) => {
  await page.goto('');
  const colours = await page.evaluate(() => {
    const style = getComputedStyle(document.documentElement);
    return { focus: style.getPropertyValue('--color-focus').trim(), bad: style.getPropertyValue('--color-bad').trim() };
  });
  expect(colours.focus).not.toBe('');
  expect(colours.focus).not.toBe(colours.bad);
  expect(colours.focus).not.toBe('#c2410c');
});

test('on a laptop the table of contents stands beside the text, sticks, and marks the current section', async ({
  page,
}) => {
  await page.setViewportSize(LAPTOP);
  await page.goto('lessen/van-like-naar-euro/');
  const toc = page.getByRole('navigation', { name: 'In deze les' });
  await expect(toc).toBeVisible();
  const body = (await page.locator('.lesson__body').boundingBox())!;
  const side = (await toc.boundingBox())!;
  expect(side.x).toBeGreaterThan(body.x + body.width - 1);
  const links = toc.getByRole('link');
  const third = links.nth(2);
  const target = (await third.getAttribute('href'))!;
  await third.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(third).toHaveAttribute('aria-current', 'true');
  await expect(toc).toBeInViewport();
  await expect(toc.locator('[aria-current="true"]')).toHaveCount(1);
});

test('on a phone the table of contents is collapsed above the text and opens', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('lessen/van-like-naar-euro/');
  const summary = page.locator('details.toc summary');
  await expect(summary).toBeVisible();
  await expect(page.locator('.toc--side')).toBeHidden();
  const first = page.locator('details.toc a').first();
  await expect(first).toBeHidden();
  await summary.click();
  await expect(first).toBeVisible();
});

test('every lesson heading has a visible link to itself, outside the heading’s name', async ({ page }) => {
  await page.goto('lessen/van-like-naar-euro/');
  const anchors = page.locator('.lesson__body .anchored__link');
  expect(await anchors.count()).toBeGreaterThan(2);
  const first = page.locator('.lesson__body .anchored').first();
  const id = await first.locator('h2').getAttribute('id');
  await expect(first.locator('.anchored__link')).toHaveAttribute('href', `#${id}`);
  await expect(first.locator('.anchored__link')).toBeVisible();
  await expect(first.locator('h2')).not.toContainText('Link naar');
});

test('sources read as one style: no space before a comma, no editorial brackets', async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of sitePaths().filter((p) => p.startsWith('lessen/'))) {
    await page.goto(path);
    for (const text of await page.locator('.sources li').allInnerTexts()) {
      expect(text, path).not.toMatch(/\s,/);
      expect(text, path).not.toMatch(/[[\]]/);
      expect(text.trim(), path).toMatch(/\.$/);
    }
  }
  await page.goto('begrippen/');
  for (const text of await page.locator('.glossary__related').allInnerTexts()) expect(text).not.toMatch(/\s,/);
});

test('the link to the presentation does not touch the objectives box', async ({ page }) => {
  await page.goto('lessen/van-like-naar-euro/');
  const box = (await page.locator('.lesson__objectives').boundingBox())!;
  const link = (await page.locator('.lesson__workshop').boundingBox())!;
  expect(link.y - (box.y + box.height)).toBeGreaterThanOrEqual(8);
});

test('the 404 page lines up with the header', async ({ page, watch }) => {
  watch.allowConsoleErrors.push(/status of 404/);
  await page.setViewportSize(LAPTOP);
  await page.goto('bestaat-niet/');
  const heading = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
  const name = (await page.locator('.site-name').boundingBox())!;
  expect(Math.abs(heading.x - name.x)).toBeLessThan(4);
});
