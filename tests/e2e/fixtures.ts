import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

interface Watch {
  consoleErrors: string[];
  externalRequests: string[];
  /** Console errors a test provokes on purpose (e.g. the 404 status of a missing page) and so allows. */
  allowConsoleErrors: RegExp[];
}

/**
 * The `test` every browser test uses. For each test it records console errors, page errors and any request
 * that leaves this machine, and fails the test at the end if there were any.
 *
 * Requests to other hosts are not routed (routing every request through the test process made page loads
 * about twice as slow and switches off the HTTP cache); Chromium cannot reach them anyway, because
 * playwright.config.ts maps every host name except the local ones to "not found". The context's request
 * events see every attempt, also those of popups and the service worker, and this fixture records them.
 */
const isLocal = (href: string): boolean => {
  const url = new URL(href);
  return url.protocol === 'data:' || url.protocol === 'blob:' || LOCAL_HOSTS.has(url.hostname);
};

export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page }, use) => {
      const watch: Watch = { consoleErrors: [], externalRequests: [], allowConsoleErrors: [] };
      page.context().on('request', (request) => {
        if (!isLocal(request.url())) watch.externalRequests.push(request.url());
      });
      page.on('console', (msg) => {
        if (msg.type() === 'error') watch.consoleErrors.push(msg.text());
      });
      page.on('pageerror', (error) => watch.consoleErrors.push(`${error.name}: ${error.message}`));
      await use(watch);
      expect(watch.externalRequests, 'requests to other origins').toEqual([]);
      const unexpected = watch.consoleErrors.filter((m) => !watch.allowConsoleErrors.some((re) => re.test(m)));
      expect(unexpected, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Runs axe-core (WCAG 2.x A and AA rules) on the page and fails with a readable list of violations.
 *
 * Legacy mode runs axe once in the page instead of per frame plus a `finishRun` in a blank page the builder
 * opens for it: 3–4× faster here (one lesson: 36 s → 9,5 s on a loaded 2-core box). It only skips the
 * contents of iframes, and the site has none (checked below, so the shortcut cannot hide a frame later).
 * Only violations are serialised back; the passes and "incomplete" lists are never read.
 */
export async function expectNoAxeViolations(page: Page, context?: string): Promise<void> {
  expect(await page.locator('iframe, frame').count(), 'axe runs without frame support; a page grew a frame').toBe(0);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(true)
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
  expect(summary, `axe violations${context ? ` on ${context}` : ''}`).toEqual([]);
}

/** Switches the colour theme the way a returning reader would have it: stored choice, then reload. */
export async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.evaluate((t) => localStorage.setItem('vdl-theme', t), theme);
  await page.reload();
}
