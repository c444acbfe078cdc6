/** Journey: a reader finds the course, reads a lesson, moves on, looks things up. */
import { expect, test } from './fixtures';

test('home → first lesson → next lesson', async ({ page }) => {
  await page.goto('');
  await expect(page).toHaveTitle(/Voorbij de like/);
  const lessons = page.locator('.lesson-list a');
  const count = await lessons.count();
  expect(count).toBeGreaterThanOrEqual(2);
  const firstTitle = (await lessons.first().textContent())!.trim();
  const secondTitle = (await lessons.nth(1).textContent())!.trim();
  await lessons.first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstTitle);
  await expect(page.getByRole('navigation', { name: 'In deze les' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Bronnen' })).toBeVisible();
  await page.getByRole('link', { name: /Volgende les/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(secondTitle);
  await page.getByRole('link', { name: /Vorige les/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstTitle);
});

test('searching an inflected Dutch form finds the lesson about its stem', async ({ page }) => {
  await page.goto('');
  // The header's search button opens the search dialog.
  await page.getByRole('link', { name: 'Zoeken' }).first().click();
  await page.getByRole('searchbox', { name: 'Zoek in de cursus' }).fill('geschenken');
  await page.getByRole('searchbox', { name: 'Zoek in de cursus' }).press('Enter');
  await expect(page).toHaveURL(/zoeken\/\?q=geschenken/);
  const first = page.locator('.search-page .search-result').first();
  await expect(first.locator('.search-result__title a')).toHaveText(/geschenk/i);
  await expect(first.locator('mark').first()).toBeVisible();
  await expect(page.getByRole('status')).toContainText('voor “geschenken”');
  await first.locator('.search-result__title a').click();
  await expect(page).toHaveURL(/\/lessen\//);
});

test('a search with no hits says so in Dutch', async ({ page }) => {
  await page.goto('zoeken/?q=qqzzxxyy');
  await expect(page.getByRole('status')).toContainText('Niets gevonden voor “qqzzxxyy”');
});

test('hostile search input is shown as text, never run as HTML', async ({ page }) => {
  await page.goto('zoeken/?q=%3Cimg%20src%3Dx%20onerror%3D%22document.title%3D1%22%3E');
  await expect(page.getByRole('status')).toContainText('voor “<img src=x');
  await expect(page.locator('main img')).toHaveCount(0);
  await expect(page.getByLabel('Waar zoek je naar?')).toHaveValue('<img src=x onerror="document.title=1">');
  await expect(page).toHaveTitle(/Zoeken/);
});

test('the glossary has an anchor per term, and term links in lessons point there', async ({ page }) => {
  await page.goto('begrippen/');
  const items = page.locator('.glossary__item h2');
  expect(await items.count()).toBeGreaterThan(0);
  const id = await items.first().getAttribute('id');
  await page.goto(`begrippen/#${id}`);
  await expect(page.locator(`#${id}`)).toBeInViewport();
});

test('a term opens its definition from the keyboard', async ({ page }) => {
  await page.goto('');
  await page.locator('.lesson-list a').first().click();
  const term = page.locator('.term').first();
  await term.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(term.locator('.term__tip')).toBeVisible();
});

test('the theme switch remembers the choice without a flash', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('');
  const toggle = page.getByRole('button', { name: 'Donker thema' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  // After a reload the theme is set by the inline head script, before the body is parsed.
  await page.goto('begrippen/', { waitUntil: 'commit' });
  await page.waitForSelector('body');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('keyboard alone reaches the search field and every lesson link on the home page', async ({ page }) => {
  await page.goto('');
  const lessonHrefs = await page.locator('.lesson-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  const reached = new Set<string>();
  let searchReached = false;
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return {
        id: el?.id ?? '',
        href: el?.getAttribute('href') ?? '',
        search: el?.hasAttribute('data-search-open') ?? false,
        outline: el ? getComputedStyle(el).outlineStyle : '',
      };
    });
    // The header's search button (it opens the search dialog).
    if (info.search) searchReached = true;
    if (info.href) reached.add(info.href);
    if (info.href || info.id) expect(info.outline, `visible focus on ${info.id || info.href}`).not.toBe('none');
  }
  expect(searchReached).toBe(true);
  for (const href of lessonHrefs) expect(reached.has(href!), href!).toBe(true);
});

test('an unknown address gives the Dutch 404 page', async ({ page, watch }) => {
  watch.allowConsoleErrors.push(/status of 404/);
  const response = await page.goto('bestaat-niet/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
});

test('a lesson prints without the site chrome', async ({ page }) => {
  await page.goto('');
  await page.locator('.lesson-list a').first().click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.lesson__body')).toBeVisible();
});

// axe over every page and theme: tests/e2e/every-page.spec.ts.

test('previous/next runs through every lesson, in the order of the home page', async ({ page }) => {
  await page.goto('');
  const titles = (await page.locator('.lesson-list h3 a').allTextContents()).map((t) => t.trim());
  await page.locator('.lesson-list h3 a').first().click();
  for (const [i, title] of titles.entries()) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    if (i < titles.length - 1) await page.getByRole('link', { name: /Volgende les/ }).click();
  }
  await expect(page.getByRole('link', { name: /Terug naar het overzicht/ })).toBeVisible();
});

test.describe('the myth cards to look up (/mythes/)', () => {
  const lesson = 'mythes/';

  test('the index leads to a card, which shows its gist and whole explanation', async ({ page }) => {
    await page.goto(lesson);
    const card = page.locator('#mythe-8');
    // Keyboard only: focus the index link of myth 8 and follow it.
    const link = page.locator('.myths-index a[href="#mythe-8"]');
    await link.focus();
    // Visible focus: the global focus ring draws an outline.
    expect(await link.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#mythe-8$/);
    await expect(card).toBeInViewport();
    await expect(card.locator('.myth-card__gist')).toBeVisible();
    for (const part of ['De mythe', 'Waarom het niet klopt', 'Doe liever dit']) {
      await expect(card.getByText(part, { exact: true })).toBeVisible();
    }
  });

  test('print shows every card with its full explanation and source', async ({ page }) => {
    await page.goto(lesson);
    await page.emulateMedia({ media: 'print' });
    const cards = page.locator('article.myth-card');
    await expect(cards).toHaveCount(20);
    for (const card of await cards.all()) {
      for (const part of ['De mythe', 'Waarom het niet klopt', 'Doe liever dit']) {
        await expect(card.getByText(part, { exact: true })).toBeVisible();
      }
      await expect(card.locator('.myth-card__source')).toBeVisible();
    }
  });

  test('lesson 6 shows each myth brief, and prints it without the link that paper cannot follow', async ({ page }) => {
    await page.goto('lessen/twintig-mythes/');
    await expect(page.locator('article.myth-card')).toHaveCount(20);
    await expect(page.locator('#mythe-8 .myth-card__gist')).toBeVisible();
    await expect(page.locator('#mythe-8').getByText('Waarom het niet klopt')).toHaveCount(0);
    const link = page.getByRole('link', { name: 'Uitleg en tip bij mythe 8' });
    await expect(link).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(link).toBeHidden();
  });

  test('a link to a myth from another lesson reaches its card, and the card\'s link opens the full one', async ({ page }) => {
    await page.goto('lessen/inspanning-en-resultaat/');
    await page.getByRole('link', { name: 'mythe 3', exact: true }).click();
    await expect(page).toHaveURL(/twintig-mythes\/#mythe-3$/);
    // Lesson 6 shows the myth brief: its gist, and a link to the explanation on /mythes/.
    await expect(page.locator('#mythe-3 .myth-card__gist')).toBeVisible();
    await page.getByRole('link', { name: 'Uitleg en tip bij mythe 3' }).click();
    await expect(page).toHaveURL(/\/mythes\/#mythe-3$/);
    await expect(page.locator('#mythe-3')).toBeInViewport();
    await expect(page.locator('#mythe-3').getByText('Waarom het niet klopt')).toBeVisible();
  });

  test('search finds a word that only stands in a card\'s explanation, and the result shows that card', async ({
    page,
  }) => {
    test.setTimeout(90_000); // Pagefind loads its index and WebAssembly on the first search.
    await page.goto('zoeken/?q=hagelschotaanpak');
    const hit = page.locator('.search-page a[href*="#mythe-4"]').first();
    await expect(hit).toBeVisible({ timeout: 20_000 });
    await hit.click();
    await expect(page).toHaveURL(/\/mythes\/#mythe-4/);
    await expect(page.locator('#mythe-4').getByText('Waarom het niet klopt')).toBeVisible();
  });
});
