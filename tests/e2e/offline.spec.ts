/** Journey: a trainer opens the site once at home, then gives the workshop in a venue without Wi-Fi. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { sitePaths } from './pages';

// The other browser tests block the service worker (playwright.config.ts); these are about it.
test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker is installed (everything precached) and controls the page. */
async function waitForOfflineCopy(page: import('@playwright/test').Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

test('after one visit every page, and search, work with the network off', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('');
  await waitForOfflineCopy(page);
  await context.setOffline(true);
  // The live room's page is left out of the offline copy on purpose: it needs the trainer's live server.
  for (const path of sitePaths().filter((p) => !p.startsWith('live/'))) {
    const response = await page.goto(path);
    expect(response?.ok(), `/${path} offline`).toBe(true);
    await expect(page.locator('h1').first(), `/${path} offline`).toBeVisible();
  }
  await page.goto('zoeken/?q=geschenken');
  await expect(page.locator('.search-results li').first()).toBeVisible();
  const missing = await page.goto('bestaat-niet/');
  expect(missing?.ok()).toBe(true); // served from the cache: the offline 404 page
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
  await context.setOffline(false);
});

test('a new version of the site is offered quietly and taken on request', async ({ page }) => {
  await page.goto('');
  await waitForOfflineCopy(page);
  // The build this project serves (dist/, or dist-cursus/ for the sub-folder project).
  const distDir = String(test.info().project.metadata['distDir'] ?? 'dist');
  const swPath = join(process.cwd(), distDir, 'sw.js');
  const original = readFileSync(swPath, 'utf8');
  try {
    // Simulate a deploy: a changed service worker with a new cache version.
    writeFileSync(swPath, original.replace(/const VERSION = "([^"]+)"/, 'const VERSION = "$1-new"'));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const prompt = page.locator('[data-update-prompt]');
    await expect(prompt).toBeVisible({ timeout: 15_000 });
    await expect(prompt.getByRole('status')).toHaveText(/nieuwe versie/);
    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Vernieuwen' }).click()]);
    const version = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = (e) => resolve(String(e.data));
          navigator.serviceWorker.controller?.postMessage('version', [channel.port2]);
        }),
    );
    expect(version).toMatch(/-new$/);
    const caches = await page.evaluate(async () => (await globalThis.caches.keys()).filter((k) => k.startsWith('vdl-')));
    expect(caches).toEqual([`vdl-${version}`]);
  } finally {
    writeFileSync(swPath, original);
  }
});
