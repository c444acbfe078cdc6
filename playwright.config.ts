import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * Browser tests run against the BUILT site, served by `astro preview`, in two projects:
 * - `chromium`: the site at the root (`dist/`, built by `npm test` before this runs), every spec but
 *   base-path.spec.ts;
 * - `cursus`: the site built for a sub-folder (`dist-cursus/`, BASE_PATH=/cursus), where base-path.spec.ts and
 *   offline.spec.ts test what a base path can break. One run for both, so the two share the workers and neither
 *   waits for the other's slowest test. Left out, with a line that says so, when dist-cursus/ has not been built
 *   (`npm test` always builds it).
 * They drive Debian's Chromium (see `browser` below); Playwright never downloads a browser of its own.
 */
// `npm test` passes free ports chosen at run time; 4321 is `npm start`'s, reused when it is already serving.
const port = Number(process.env.PORT) || 4321;
const cursusPort = Number(process.env.CURSUS_PORT) || 4323;
const withCursus = existsSync('dist-cursus/index.html');
if (!withCursus) console.log('dist-cursus/ is not built: the sub-folder project (base-path, offline) does not run.');

/**
 * The browser: CHROMIUM_PATH when set; else Debian's headless shell of Chromium (package chromium-headless-shell,
 * which `npm test` installs beside `chromium`): the same Chromium without the desktop browser around it, the build
 * Playwright runs headless tests in, and half the processor time (the suite took 316 s in it, 691 s in the full
 * browser). Without it, the full browser, and a line that says so.
 */
const headlessShell = '/usr/bin/chromium-headless-shell';
const browser = process.env.CHROMIUM_PATH || (existsSync(headlessShell) ? headlessShell : '/usr/bin/chromium');
if (browser !== headlessShell && !process.env.CHROMIUM_PATH)
  console.log(`${headlessShell} is missing: the browser tests run in ${browser}, about twice as slowly.`);

/** The device every project uses: a desktop Chrome, in Debian's Chromium (executablePath below). */
const desktop = { ...devices['Desktop Chrome'], channel: undefined };

/** `astro preview` of one build; --ignore-lock: Astro 7 allows one tracked preview per project. */
const preview = (portNumber: number, outDir: string, basePath: string) => ({
  command: `npx astro preview --ignore-lock --port ${portNumber} --host 127.0.0.1 --outDir ${outDir}`,
  url: `http://127.0.0.1:${portNumber}${basePath}`,
  reuseExistingServer: !process.env.CI && !process.env.PORT,
  timeout: 60_000,
  env: { ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: basePath === '/' ? '' : basePath.replace(/\/$/, '') },
});

export default defineConfig({
  testDir: 'tests/e2e',
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
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: process.env.E2E_REPORT || 'test-reports/e2e.json' }]]
    : 'list',
  use: {
    trace: 'off',
    screenshot: 'only-on-failure',
    // The site's service worker precaches the whole site (116 files, 4,4 MB) on a first visit, and every test
    // is a first visit: that download ran beside every test. offline.spec.ts allows it and tests it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: browser,
      // Flags for a closed network: without them Chromium keeps trying to reach Google's services.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // The site under test is one origin, so isolating sites in processes of their own protects nothing
        // here, and in the full browser it costs: read, reading-layout and reading-search specs took 111 s with
        // it and 87 s without (2 workers, idle 2-core machine). The headless shell takes 42 s either way.
        '--disable-site-isolation-trials',
        // No request leaves this machine: every host name but the local ones resolves to "not found". The
        // tests' fixture records any attempt (tests/e2e/fixtures.ts) and fails the test on it.
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
      ],
    },
  },
  projects: [
    {
      name: 'chromium',
      // base-path.spec.ts runs in the sub-folder project; at the root every other spec covers the same pages
      // (every-page.spec.ts checks that each page gets every file it asks for).
      testIgnore: ['**/base-path.spec.ts'],
      use: { ...desktop, baseURL: `http://127.0.0.1:${port}/` },
    },
    ...(withCursus
      ? [
          {
            name: 'cursus',
            testMatch: ['**/base-path.spec.ts', '**/offline.spec.ts'],
            metadata: { distDir: 'dist-cursus' },
            use: { ...desktop, baseURL: `http://127.0.0.1:${cursusPort}/cursus/` },
          },
        ]
      : []),
  ],
  webServer: [preview(port, 'dist', '/'), ...(withCursus ? [preview(cursusPort, 'dist-cursus', '/cursus/')] : [])],
});
