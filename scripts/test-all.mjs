#!/usr/bin/env node
// `npm test`: every check the project has, stopping at the first failure.
//   static checks (originality, spelling, lint, types; side by side) · build, and the site built for a
//   sub-folder (/cursus/) · unit + build-output tests, and the sub-folder build's build-output tests and link
//   check · browser tests: at the root, and what a base path can break (tests/e2e/base-path.spec.ts,
//   offline.spec.ts) in the sub-folder build, in one Playwright run.
// A build that prints a warning build-warnings.allowed.json does not list fails (scripts/build-warnings.mjs).
// Every server it starts listens on a port chosen at run time, so `npm start` (port 4321) may keep running.
// It always ends with one line that counts the tests, "tests: N passed, M failed", which names the failing
// step when one failed, and prints the wall time of each step.
import './check-node.mjs';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { readAllowedWarnings, unexpectedWarnings } from './build-warnings.mjs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CI: process.env.CI ?? '1' };
// Reports live apart from test-results/, which Playwright empties when it starts.
rmSync('test-reports', { recursive: true, force: true });
mkdirSync('test-reports', { recursive: true });

/** Wall time per step, printed at the end. */
const timings = [];

/** `n` different ports nobody listens on right now, from the operating system (all held open until all are known). */
async function freePorts(n) {
  const servers = await Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise((resolve, reject) => {
          const server = createServer();
          server.unref();
          server.on('error', reject);
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((server) => /** @type {import('node:net').AddressInfo} */ (server.address()).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

/**
 * Runs a command. With `quiet`, its output is held back and printed in one piece when it ends, so that steps
 * running side by side do not interleave their lines. With `onOutput`, the output is shown as it comes and
 * handed over in full when the command has ended well.
 * @returns {Promise<void>} rejects with the step's title when it fails
 */
function run(title, command, args, { extraEnv = {}, quiet = false, onOutput } = {}) {
  const started = Date.now();
  if (!quiet) console.log(`\n▶ ${title}\n  $ ${[command, ...args].join(' ')}`);
  return new Promise((resolve, reject) => {
    const piped = quiet || Boolean(onOutput);
    const child = spawn(command, args, { stdio: piped ? 'pipe' : 'inherit', env: { ...env, ...extraEnv } });
    let output = '';
    const take = (stream) => (d) => {
      output += d;
      if (!quiet) stream.write(d);
    };
    child.stdout?.on('data', take(process.stdout));
    child.stderr?.on('data', take(process.stderr));
    child.on('close', (code, signal) => {
      const seconds = (Date.now() - started) / 1000;
      timings.push([title, seconds]);
      if (quiet) {
        console.log(`\n▶ ${title} (${seconds.toFixed(0)} s)\n  $ ${[command, ...args].join(' ')}`);
        if (output.trim()) console.log(output.trimEnd());
      }
      if (code === 0) {
        try {
          onOutput?.(output);
          resolve();
        } catch (error) {
          console.error(`\n✗ ${title} failed: ${error instanceof Error ? error.message : error}`);
          reject(new Error(title));
        }
      } else {
        console.error(`\n✗ ${title} failed (exit ${code ?? signal}).`);
        reject(new Error(title));
      }
    });
  });
}

/** Runs several quiet steps side by side; fails with the first failing step's title once all have ended. */
async function together(steps) {
  const results = await Promise.allSettled(steps.map((s) => run(...s, { ...(s[3] ?? {}), quiet: true })));
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
}

const read = (name) => {
  const file = `test-reports/${name}.json`;
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};

/** Counts what the test runners reported: Vitest's two reports and Playwright's (null when it did not run). */
function counts(playwright) {
  const vitest = ['unit', 'build-cursus'].map(read).filter(Boolean);
  const sum = (runs, pick) => runs.reduce((n, r) => n + pick(r), 0);
  const browser = (pick) => (playwright ? pick(playwright.stats) : 0);
  return {
    passed: sum(vitest, (r) => r.numPassedTests) + browser((s) => s.expected),
    failed: sum(vitest, (r) => r.numFailedTests) + browser((s) => s.unexpected + s.flaky),
    skipped: sum(vitest, (r) => r.numPendingTests + r.numTodoTests) + browser((s) => s.skipped),
  };
}

/** Every test result in a Playwright JSON report, as its file › title and duration. */
function browserTests(report) {
  const out = [];
  const walk = (suite) => {
    for (const child of suite.suites ?? []) walk(child);
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests)
        for (const result of test.results) {
          // The sub-folder project's tests are named as such (offline.spec.ts runs in both projects).
          const project = test.projectName && test.projectName !== 'chromium' ? ` [${test.projectName}]` : '';
          out.push({ title: `${spec.file}${project} › ${spec.title}`, ms: result.duration });
        }
  };
  walk(report);
  return out;
}

const vitestArgs = (name, ...paths) => [
  'vitest',
  'run',
  ...paths,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=test-reports/${name}.json`,
];

let failedStep = null;
try {
  await run('Browser and Java for the tests (Debian packages)', 'node', ['scripts/ensure-chromium.mjs']);
  // Redis mode's integration tests (tests/unit/live/redis-*.test.ts) start their own redis-server.
  await run('Redis for the Redis-mode live tests', 'node', ['scripts/ensure-redis.mjs']);
  // The reverse-proxy test (tests/unit/live/nginx-proxy.test.ts) runs deploy/nginx/live.conf in nginx.
  await run('nginx for the reverse-proxy test', 'node', ['scripts/ensure-nginx.mjs']);

  const originality = '../shared/tools/originality.mjs';
  const staticChecks = [
    ['Spelling (Dutch course text)', 'npx', ['cspell', '--no-progress', '--no-summary', 'src/content/**/*.{md,mdx}']],
    ['Lint', 'npx', ['eslint', '--max-warnings=0', '.']],
    ['Types (astro check)', 'npx', ['astro', 'check']],
  ];
  if (existsSync(originality)) {
    staticChecks.unshift(['Originality: nothing shared with the source articles', 'node', [originality, 'src']]);
  } else {
    console.log('\n▶ Originality check NOT RUN: ../shared (the course articles) is not next to this checkout.');
  }
  await together(staticChecks);

  // A quiet build: a warning the allow-list does not expect fails the build step (scripts/build-warnings.mjs).
  const allowedWarnings = readAllowedWarnings();
  const quietBuild = (output) => {
    const unexpected = unexpectedWarnings(output, allowedWarnings);
    if (unexpected.length)
      throw new Error(
        `the build printed ${unexpected.length} warning(s) that build-warnings.allowed.json does not list:\n  ` +
          `${unexpected.join('\n  ')}\nFix the cause, or list the warning there with the reason it is expected.`,
      );
  };
  await run('Build (site and search index)', 'npx', ['astro', 'build'], { onOutput: quietBuild });
  // The same site in a sub-folder, as a school or a trainer's own domain would host it.
  const sub = { BASE_PATH: '/cursus', DIST_DIR: 'dist-cursus' };
  await run('Build for a sub-folder (/cursus/)', 'npx', ['astro', 'build', '--outDir', 'dist-cursus'], {
    extraEnv: sub,
    onOutput: quietBuild,
  });
  await run('Unit, property and build-output tests', 'npx', vitestArgs('unit'));
  await run(
    'Build-output tests and link check of the sub-folder build',
    'npx',
    vitestArgs('build-cursus', 'tests/build'),
    { extraEnv: sub },
  );
  // Both builds in one run (playwright.config.ts: the `chromium` and `cursus` projects), sharing the workers.
  const [port, cursusPort] = await freePorts(2);
  await run('Browser tests (Chromium; root and sub-folder)', 'npx', ['playwright', 'test'], {
    extraEnv: { E2E_REPORT: 'test-reports/e2e.json', PORT: String(port), CURSUS_PORT: String(cursusPort) },
  });
} catch (error) {
  failedStep = error instanceof Error ? error.message : String(error);
}

console.log('\nWall time per step:');
for (const [title, seconds] of timings) console.log(`  ${seconds.toFixed(0).padStart(5)} s  ${title}`);

// Playwright's report (both projects in one run), or null when the browser tests did not run.
const e2e = read('e2e');
// The slowest browser tests: where to look first when the suite grows slow.
const slowest = (e2e ? browserTests(e2e) : []).sort((a, b) => b.ms - a.ms).slice(0, 8);
if (slowest.length) {
  console.log('\nSlowest browser tests:');
  for (const t of slowest) console.log(`  ${(t.ms / 1000).toFixed(1).padStart(5)} s  ${t.title}`);
}

const { passed, failed, skipped } = counts(e2e);
if (skipped > 0) console.error('\nSome tests were skipped: every test must run.');
const tail = failedStep ? ` (stopped: ${failedStep} failed)` : '';
console.log(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}${tail}`);
process.exit(failedStep || skipped > 0 || failed > 0 || passed === 0 ? 1 : 0);
