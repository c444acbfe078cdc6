/** Journey: a reader searches as they type, on the search page and from the header's dialog. */
import { expect, expectNoAxeViolations, test } from './fixtures';

const KINDS = /^(Les|Rekenhulp|Begrip|Mythe|Zelftest|Pagina)$/;
/** Pagefind loads its index and WebAssembly on the first search: slow on a busy machine. */
const FIRST_SEARCH = { timeout: 20_000 };

// Each test waits for a first search (and some for axe): more than the default 30 s on a loaded machine.
test.describe.configure({ timeout: 90_000 });

test('the search page shows results while typing, labels each kind and keeps ?q= for sharing', async ({ page }) => {
  await page.goto('zoeken/');
  const box = page.getByLabel('Waar zoek je naar?');
  await box.pressSequentially('geschenken');
  const results = page.locator('.search-page .search-result');
  await expect(results.first()).toBeVisible(FIRST_SEARCH);
  await expect(page).toHaveURL(/zoeken\/\?q=geschenken$/);
  const lesson = results.filter({ has: page.locator('.search-result__kind', { hasText: /^Les$/ }) }).first();
  await expect(lesson.locator('.search-result__title a')).toHaveText(/geschenk/i);
  for (const kind of await results.locator('.search-result__kind').allTextContents())
    expect(kind.trim()).toMatch(KINDS);
  // The kind is part of the title's accessible text, so equal titles are told apart.
  await expect(lesson.getByRole('heading')).toHaveAccessibleName(/^Les\s*:\s*\S/);
  await expectNoAxeViolations(page, 'search results');
  await lesson.locator('.search-result__title a').click();
  await expect(page).toHaveURL(/\/lessen\//);
});

test('a lesson and its calculator with the same title are told apart by their kind', async ({ page }) => {
  await page.goto('zoeken/?q=euro');
  const titles = page.locator('.search-page .search-result__title');
  await expect(titles.first()).toBeVisible(FIRST_SEARCH);
  const names = await titles.allInnerTexts();
  const same = names.filter((n) => /Van like naar euro/.test(n)).map((n) => n.replace(/\s+/g, ' ').trim());
  expect(same.length).toBeGreaterThanOrEqual(2);
  expect(new Set(same).size).toBe(same.length);
});

test('sub-results link to the heading or the term that matched', async ({ page }) => {
  await page.goto('zoeken/?q=roi');
  const first = page.locator('.search-page .search-result').first();
  await expect(first.locator('.search-result__kind')).toHaveText('Begrip', FIRST_SEARCH);
  await expect(first.locator('.search-result__title a')).toHaveAttribute('href', /\/begrippen\/#[a-z-]+$/);
  await page.goto('zoeken/?q=geschenken');
  const section = page.locator('.search-page .search-result__sections a').first();
  await expect(section).toBeVisible(FIRST_SEARCH);
  await expect(section).toHaveAttribute('href', /\/lessen\/[^#]+\/#.+/);
  const href = (await section.getAttribute('href'))!;
  await section.click();
  await expect(page).toHaveURL(new RegExp(`${href.split('#')[1]}$`));
});

test('excerpts are clean: no glued words, no doubled words, and nonsense finds nothing', async ({ page }) => {
  await page.goto('zoeken/?q=laag');
  await expect(page.locator('.search-page .search-result').first()).toBeVisible(FIRST_SEARCH);
  for (const text of await page.locator('.search-page .search-results').allTextContents()) {
    expect(text).not.toMatch(/\?[a-z]/);
    expect(text).not.toMatch(/\b(\p{L}{4,}) \1\b/u);
  }
  await page.goto('zoeken/?q=xyzzyq');
  await expect(page.getByRole('status')).toContainText('Niets gevonden voor “xyzzyq”', FIRST_SEARCH);
  await expect(page.locator('.search-page .search-result')).toHaveCount(0);
});

test('/ and Ctrl+K open the search dialog, which searches as you type', async ({ page }) => {
  await page.goto('begrippen/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Zoek in de cursus' });
  await expect(dialog).toBeVisible();
  const box = dialog.getByRole('searchbox', { name: 'Zoek in de cursus' });
  await expect(box).toBeFocused();
  await box.pressSequentially('geschenken');
  const lesson = dialog
    .locator('.search-result')
    .filter({ has: page.locator('.search-result__kind', { hasText: /^Les$/ }) });
  await expect(lesson.first()).toBeVisible(FIRST_SEARCH);
  await expectNoAxeViolations(page, 'search dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  await expect(dialog).toBeHidden();
});

test('the header search button opens the dialog; Enter goes to the search page', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('');
  await page.getByRole('link', { name: 'Zoeken' }).first().click();
  const box = page.getByRole('searchbox', { name: 'Zoek in de cursus' });
  await expect(box).toBeFocused();
  await box.fill('likes');
  await box.press('Enter');
  await expect(page).toHaveURL(/zoeken\/\?q=likes/);
  await expect(page.locator('.search-page .search-result').first()).toBeVisible(FIRST_SEARCH);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search button is a plain link to the search page', async ({ page }) => {
    await page.goto('');
    await page.getByRole('link', { name: 'Zoeken' }).first().click();
    await expect(page).toHaveURL(/zoeken\/$/);
  });
});
