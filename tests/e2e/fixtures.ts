/**
 * The `test` every browser test uses. For each page it records console errors, page errors and any request
 * that leaves this machine (and blocks it), and fails the test at the end if there were any.
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

interface Watch {
  consoleErrors: string[];
  externalRequests: string[];
  /** Console errors a test provokes on purpose (e.g. the 404 status of a missing page) and so allows. */
  allowConsoleErrors: RegExp[];
}

export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page }, use) => {
      const watch: Watch = { consoleErrors: [], externalRequests: [], allowConsoleErrors: [] };
      await page.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.protocol === 'data:' || url.protocol === 'blob:' || LOCAL_HOSTS.has(url.hostname)) {
          return route.fallback();
        }
        watch.externalRequests.push(url.href);
        return route.abort('blockedbyclient');
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

/** Runs axe-core (WCAG 2.x A and AA rules) on the page and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page, context?: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`,
  );
  expect(summary, `axe violations${context ? ` on ${context}` : ''}`).toEqual([]);
}

/** Switches the colour theme the way a returning reader would have it: stored choice, then reload. */
export async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.evaluate((t) => localStorage.setItem('vdl-theme', t), theme);
  await page.reload();
}
