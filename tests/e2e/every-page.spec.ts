/**
 * Every page of the built site as a reader first sees it on a phone and then on a laptop: every file it asks
 * for arrives, nothing is wider than the screen at 375 px and at 1280 px, and axe-core finds no violation with
 * every visible island hydrated and every <details> open (figure tables, "Voortgang meenemen"), in the light
 * theme and then, switched in place as the theme button does, in the dark one. One test per page, so
 * Playwright's workers sweep the pages in parallel; each page is loaded once for all its checks.
 */
import type { Page } from '@playwright/test';
import { COLOUR_RULES, expect, expectNoAxeViolations, switchTheme, test } from './fixtures';
import { sitePaths } from './pages';

const PHONE = { width: 375, height: 812 };
const LAPTOP = { width: 1280, height: 800 };

/** Elements sticking out past the right edge, for a readable failure message. */
function wideElements(): string[] {
  const limit = document.documentElement.clientWidth;
  return [...document.querySelectorAll<HTMLElement>('body *')]
    .filter(
      (el) =>
        el.getBoundingClientRect().right > limit + 1 && !el.closest('[popover]:not(:popover-open), dialog:not([open])'),
    )
    .filter((el) => {
      // Only the outermost culprit: skip children of an element that already sticks out or scrolls on its own.
      for (let p = el.parentElement; p; p = p.parentElement) {
        if (p.getBoundingClientRect().right > limit + 1) return false;
        const overflow = getComputedStyle(p).overflowX;
        if (overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden') return false;
      }
      return true;
    })
    .slice(0, 5)
    .map(
      (el) =>
        `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (${Math.round(el.getBoundingClientRect().right)} px)`,
    );
}

/** Brings every visible island into view so that it hydrates (client:visible), and waits until all have. */
async function hydrateVisibleIslands(page: Page): Promise<void> {
  const islands = page.locator('astro-island:visible');
  for (const island of await islands.all()) await island.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island[ssr]:visible')).toHaveCount(0);
}

async function expectNoWiderThan(page: Page, width: number, what: string): Promise<void> {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(
    scrollWidth,
    `${what} is ${scrollWidth} px wide: ${(await page.evaluate(wideElements)).join(', ')}`,
  ).toBeLessThanOrEqual(width);
}

for (const path of sitePaths()) {
  test(`/${path}: fits a phone and a laptop, no axe violation in either theme`, async ({ page }) => {
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${new URL(r.url()).pathname}`);
    });
    // The stored choice, as a returning reader has it: set before the page's own theme script runs.
    await page.addInitScript(() => localStorage.setItem('vdl-theme', 'light'));
    await test.step('on a phone', async () => {
      await page.setViewportSize(PHONE);
      await page.goto(path);
      await hydrateVisibleIslands(page);
      // The home page's "Voortgang meenemen" used to spill out once opened: open every <details>.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      await expectNoWiderThan(page, PHONE.width, `/${path} on a phone`);
    });
    await test.step('on a laptop', async () => {
      await page.setViewportSize(LAPTOP);
      await expectNoWiderThan(page, LAPTOP.width, `/${path} on a laptop`);
      await hydrateVisibleIslands(page);
    });
    await test.step('axe, light theme', () => expectNoAxeViolations(page, `/${path} (light)`));
    // The dark theme changes colours only (the layout is the same), so its pass runs axe's colour rules.
    await test.step('axe, dark theme', async () => {
      await switchTheme(page, 'dark');
      await expectNoAxeViolations(page, `/${path} (dark)`, COLOUR_RULES);
    });
    expect(failed, 'files the page asked for and did not get').toEqual([]);
  });
}
