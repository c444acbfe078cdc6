#!/usr/bin/env node
// `npm test`: every check the project has, in order, stopping at the first failure.
// 1 browser present · 2 originality · 3 spelling · 4 lint · 5 types · 6 build · 7 unit + build-output tests ·
// 8 browser tests · then the same site built for a sub-folder (/cursus/): its build-output and browser tests.
// Ends with one line that counts the tests: "tests: N passed, M failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CI: process.env.CI ?? '1' };
// Reports live apart from test-results/, which Playwright empties when it starts.
mkdirSync('test-reports', { recursive: true });

function step(title, command, args, extraEnv = {}) {
  console.log(`\n▶ ${title}\n  $ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  if (result.status !== 0) {
    console.error(`\n✗ ${title} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

step('Browser for the browser tests', 'node', ['scripts/ensure-chromium.mjs']);

const originality = '../shared/tools/originality.mjs';
if (existsSync(originality)) {
  step('Originality: nothing shared with the source articles', 'node', [originality, 'src']);
} else {
  console.log('\n▶ Originality check NOT RUN: ../shared (the course articles) is not next to this checkout.');
}

step('Spelling (Dutch course text)', 'npx', ['cspell', '--no-progress', '--no-summary', 'src/content/**/*.{md,mdx}']);
step('Lint', 'npx', ['eslint', '--max-warnings=0', '.']);
step('Types (astro check)', 'npx', ['astro', 'check']);
step('Build (site and search index)', 'npx', ['astro', 'build']);
step('Unit, property and build-output tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-reports/unit.json',
]);
step('Browser tests (Chromium)', 'npx', ['playwright', 'test'], { E2E_REPORT: 'test-reports/e2e.json' });

// The same site in a sub-folder, as a school or a trainer's own domain would host it.
const sub = { BASE_PATH: '/cursus', DIST_DIR: 'dist-cursus', PORT: '4322' };
step('Build for a sub-folder (/cursus/)', 'npx', ['astro', 'build', '--outDir', 'dist-cursus'], sub);
step('Build-output tests and link check of the sub-folder build', 'npx', [
  'vitest',
  'run',
  'tests/build',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-reports/build-cursus.json',
], sub);
step('Browser tests of the sub-folder build', 'npx', ['playwright', 'test'], { ...sub, E2E_REPORT: 'test-reports/e2e-cursus.json' });

const read = (name) => JSON.parse(readFileSync(`test-reports/${name}.json`, 'utf8'));
const vitestRuns = [read('unit'), read('build-cursus')];
const playwrightRuns = [read('e2e'), read('e2e-cursus')];
const total = (runs, pick) => runs.reduce((n, r) => n + pick(r), 0);
const passed = total(vitestRuns, (r) => r.numPassedTests) + total(playwrightRuns, (r) => r.stats.expected);
const failed =
  total(vitestRuns, (r) => r.numFailedTests) + total(playwrightRuns, (r) => r.stats.unexpected + r.stats.flaky);
const skipped =
  total(vitestRuns, (r) => r.numPendingTests + r.numTodoTests) + total(playwrightRuns, (r) => r.stats.skipped);
console.log(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
if (skipped > 0) {
  console.error('Some tests were skipped: every test must run.');
  process.exit(1);
}
if (failed > 0 || passed === 0) process.exit(1);
