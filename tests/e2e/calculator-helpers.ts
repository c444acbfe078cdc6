/** Helpers the calculator journeys share (calculators.spec.ts, calculators-edges.spec.ts). */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** Scrolls an island into view (they hydrate when visible) and waits until it is interactive. */
export async function hydrated(page: Page, region: Locator): Promise<Locator> {
  await region.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island', { has: region })).not.toHaveAttribute('ssr', /.*/);
  return region;
}

/** Text as Playwright reads it, with no-break spaces as plain spaces. */
export async function textOf(locator: Locator): Promise<string> {
  await expect(locator).toHaveCount(1);
  return ((await locator.textContent()) ?? '').replace(/\u00a0/g, ' ');
}
