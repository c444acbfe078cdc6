#!/usr/bin/env node
// `npm test`: every check the project has, in order, stopping at the first failure.
// 1 browser present · 2 originality · 3 spelling · 4 lint · 5 types · 6 build · 7 unit + build-output tests · 8 browser tests.
// Ends with one line that counts the tests: "tests: N passed, M failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CI: process.env.CI ?? '1' };
mkdirSync('test-results', { recursive: true });

function step(title, command, args) {
  console.log(`\n▶ ${title}\n  $ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
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
  '--outputFile.json=test-results/unit.json',
]);
step('Browser tests (Chromium)', 'npx', ['playwright', 'test']);

const unit = JSON.parse(readFileSync('test-results/unit.json', 'utf8'));
const e2e = JSON.parse(readFileSync('test-results/e2e.json', 'utf8'));
const passed = unit.numPassedTests + e2e.stats.expected;
const failed = unit.numFailedTests + e2e.stats.unexpected + e2e.stats.flaky;
const skipped = unit.numPendingTests + unit.numTodoTests + e2e.stats.skipped;
console.log(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
if (skipped > 0) {
  console.error('Some tests were skipped: every test must run.');
  process.exit(1);
}
if (failed > 0 || passed === 0) process.exit(1);
