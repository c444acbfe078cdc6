/**
 * What a base path can break, one journey per page type. It runs (with offline.spec.ts) against the site built
 * for a sub-folder (/cursus/), the `cursus` project of playwright.config.ts; the other browser tests run at the
 * root.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { sitePaths } from './pages';

/** The base path of the site under test, e.g. '/cursus/': the path of the project's base URL. */
let base = '/';
test.beforeEach(() => {
  base = new URL(test.info().project.use.baseURL!).pathname;
});

/** Waits until every island on the page that has scrolled into view has hydrated (Astro removes `ssr`). */
async function islandsHydrated(page: Page): Promise<void> {
  const islands = page.locator('astro-island');
  const count = await islands.count();
  for (let i = 0; i < count; i++) {
    await islands.nth(i).scrollIntoViewIfNeeded();
    await expect(islands.nth(i)).not.toHaveAttribute('ssr', /.*/);
  }
}

/**
 * One page of each type: the pages of a type share their layout and their way of loading files, and the
 * lessons (each with its own islands) all count. Every page's static links and assets are checked in the
 * build-output tests of this build, and the offline test below fetches every file through the base path.
 */
function onePagePerType(): string[] {
  const seen = new Set<string>();
  return sitePaths().filter((path) => {
    const type = path.startsWith('lessen/') ? path : path.replace(/^([^/]+)\/[^/]+\//, '$1/*/');
    if (seen.has(type)) return false;
    seen.add(type);
    return true;
  });
}

for (const path of onePagePerType()) {
  test(`/${path} loads its scripts, styles and images from under the base path, and links stay under it`, async ({
    page,
  }) => {
    const failed: string[] = [];
    page.on('response', (r) => {
      const url = new URL(r.url());
      if (r.status() >= 400) failed.push(`${r.status()} ${url.pathname}`);
      else if (!url.pathname.startsWith(base)) failed.push(`outside ${base}: ${url.pathname}`);
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const outside = await page.$$eval(
      'a[href^="/"], link[href^="/"], script[src^="/"], img[src^="/"]',
      (els, b) => els.map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? '').filter((u) => !u.startsWith(b)),
      base,
    );
    expect(outside, `addresses outside ${base}`).toEqual([]);
    expect(failed).toEqual([]);
  });
}

test('home → a lesson → the next lesson', async ({ page }) => {
  await page.goto('');
  await page.locator('.lesson-list a').first().click();
  await expect(page).toHaveURL(new RegExp(`${base}lessen/[^/]+/$`));
  const first = page.url();
  await page.getByRole('link', { name: /Volgende les/ }).click();
  await expect(page).not.toHaveURL(first);
  await expect(page).toHaveURL(new RegExp(`${base}lessen/[^/]+/$`));
});

test('search finds a lesson and its link opens it', async ({ page }) => {
  await page.goto('zoeken/?q=geschenken');
  const hit = page.locator(`main a[href^="${base}lessen/vergiftigd-geschenk/"]`).first();
  await expect(hit).toBeVisible();
  await hit.click();
  await expect(page).toHaveURL(new RegExp(`${base}lessen/vergiftigd-geschenk/`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

for (const path of ['rekenhulpen/like-naar-euro/', 'rekenhulpen/engagement/', 'rekenhulpen/inspanning/', 'zelftest/']) {
  test(`the islands of /${path} hydrate`, async ({ page }) => {
    await page.goto(path);
    expect(await page.locator('astro-island').count()).toBeGreaterThan(0);
    await islandsHydrated(page);
  });
}

test('a deck moves with the keys, and the planner opens a deck', async ({ page }) => {
  const deck = sitePaths().find((p) => /^workshop\/[^/]+\/$/.test(p))!;
  await page.goto(deck);
  await expect(page.locator('.deck.is-live')).toHaveCount(1);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.slide.is-current')).toHaveAttribute('data-slide', '1');
  await expect(page).toHaveURL(new RegExp(`${base}${deck}#/2$`));

  await page.goto(`${deck}presentator/`);
  await expect(page.locator('.deck.is-live')).toHaveCount(1);

  await page.goto('workshop/');
  const start = page.locator(`a[href^="${base}workshop/"]`).first();
  await expect(start).toBeVisible();
});
