import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

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

/** axe's rules that depend on colour: what changes when only the theme changes. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** The WCAG 2.x A and AA rules, and axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}
type AxeWindow = { axe?: { run: (ctx: Document, options: object) => Promise<{ violations: AxeViolation[] }> } };

/**
 * Runs axe-core (WCAG 2.x A and AA rules and best practices, or only the rules named) on the page and fails
 * with a readable list of violations.
 *
 * axe-core runs straight in the page, once per document: its 650 KB source is put into a page the first time
 * and used again for later runs on that page (a second theme, an open dialog). @axe-core/playwright injected it
 * anew for every run and added its own round trips: a run cost ~3 s where this costs ~1,5 s the first time and
 * ~1 s after. Like the builder's legacy mode, it does not look into frames, and the site has none (checked
 * below, so the shortcut cannot hide a frame later). Only violations are serialised back.
 */
export async function expectNoAxeViolations(page: Page, context?: string, only?: string[]): Promise<void> {
  expect(await page.locator('iframe, frame').count(), 'axe does not look into frames; a page grew a frame').toBe(0);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const summary = await page.evaluate(
    async ({ tags, rules }) => {
      const { violations } = await (window as AxeWindow).axe!.run(document, {
        runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} — ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')}`,
      );
    },
    { tags: AXE_TAGS, rules: only ?? null },
  );
  expect(summary, `axe violations${context ? ` on ${context}` : ''}`).toEqual([]);
}

/** Switches the colour theme the way a returning reader would have it: stored choice, then reload. */
export async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.evaluate((t) => localStorage.setItem('vdl-theme', t), theme);
  await page.reload();
}

/**
 * Switches the theme in place, as the theme button does (the page is not reloaded: islands recolour on the
 * change), and waits until the page has drawn the new colours.
 */
export async function switchTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.evaluate((t) => {
    document.documentElement.dataset['theme'] = t;
    localStorage.setItem('vdl-theme', t);
  }, theme);
  await page.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    // Colour transitions (e.g. the self-test's options) run to their end before anyone measures a colour.
    const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
  });
}
