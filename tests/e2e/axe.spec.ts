/**
 * axe-core over every page of the built site, in both themes: one test per page and theme, so Playwright's
 * workers sweep the pages in parallel browser contexts instead of one long test walking them in turn.
 */
import { expectNoAxeViolations, test } from './fixtures';
import { sitePaths } from './pages';

for (const theme of ['light', 'dark'] as const) {
  test.describe(`axe, ${theme} theme`, () => {
    for (const path of sitePaths()) {
      test(`/${path}`, async ({ page }) => {
        // The stored choice, as a returning reader has it: set before the page's own theme script runs.
        await page.addInitScript((t) => localStorage.setItem('vdl-theme', t), theme);
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        await expectNoAxeViolations(page, `/${path} (${theme})`);
      });
    }
  });
}
