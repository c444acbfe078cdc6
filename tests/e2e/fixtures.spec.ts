/**
 * The browser tests' own guard: a request to another host is recorded (so the test that made it fails) and
 * never reaches the network. The page here has no CSP (the site's own CSP would stop the request earlier).
 */
import { expect, test } from './fixtures';

test('a request to another host is recorded and does not leave the machine', async ({ page, watch }) => {
  watch.allowConsoleErrors.push(/ERR_NAME_NOT_RESOLVED/); // the browser's own report of the refused request
  const failed = page.waitForEvent('requestfailed');
  await page.setContent('<img src="https://cdn.example.com/pixel.png" alt="">');
  expect((await failed).failure()?.errorText).toMatch(/NAME_NOT_RESOLVED/);
  expect(watch.externalRequests).toEqual(['https://cdn.example.com/pixel.png']);
  watch.externalRequests.length = 0; // recorded as it should be: this test has made its point
});
