import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests run against the BUILT site (`dist/`, built by `npm test` before this runs), served by
 * `astro preview`. They drive Debian's Chromium (`/usr/bin/chromium`, or CHROMIUM_PATH); Playwright never
 * downloads a browser of its own.
 */
// `npm test` passes a free port chosen at run time; 4321 is `npm start`'s, reused when it is already serving.
const port = Number(process.env.PORT) || 4321;
const base = (process.env.BASE_PATH || '/').replace(/\/?$/, '/');
// DIST_DIR: which build to serve (dist/ at the root, dist-cursus/ for the sub-folder build).
const distDir = process.env.DIST_DIR || 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  // base-path.spec.ts tests what a sub-folder can break; at the root every other spec covers the same pages
  // (every-page.spec.ts checks that each page gets every file it asks for). `npm test` runs it against the
  // site built for /cursus/.
  testIgnore: base === '/' ? ['**/base-path.spec.ts'] : [],
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  // Timeouts catch a hang; they do not measure speed. The longest journeys take ~20 s on an idle 2-core machine
  // and up to ~30 s with other work beside them, so the default is twice that; an assertion may wait for an
  // island to hydrate on a busy machine. Tests that take longer set their own, also at twice or more.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['json', { outputFile: process.env.E2E_REPORT || 'test-reports/e2e.json' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    trace: 'off',
    screenshot: 'only-on-failure',
    // The site's service worker precaches the whole site (116 files, 4,4 MB) on a first visit, and every test
    // is a first visit: that download ran beside every test. offline.spec.ts allows it and tests it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      // Flags for a closed network: without them Chromium keeps trying to reach Google's services.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // No request leaves this machine: every host name but the local ones resolves to "not found". The
        // tests' fixture records any attempt (tests/e2e/fixtures.ts) and fails the test on it.
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    // --ignore-lock: Astro 7 allows one tracked preview per project, and `npm start` may be serving beside us.
    command: `npx astro preview --ignore-lock --port ${port} --host 127.0.0.1 --outDir ${distDir}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: !process.env.CI && !process.env.PORT,
    timeout: 60_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: process.env.BASE_PATH || '' },
  },
});
