#!/usr/bin/env node
// Makes sure Debian's Chromium is there, in the two builds of it Debian ships (one source package, one version):
// - `chromium-headless-shell` (/usr/bin/chromium-headless-shell): the browser tests' browser. Chromium without
//   the desktop browser around it, the build Playwright itself runs headless tests in; the browser suite takes
//   316 s in it where it took 691 s in the full browser (210 tests, 2 workers, idle 2-core machine).
// - `chromium` (/usr/bin/chromium): the full browser, as a reader has it, for `npm run bench` and screenshots,
//   and the browser tests' fallback when the headless shell cannot be installed.
// Installs what is missing with apt-get (as root), and otherwise fails with a clear message. Browser tests
// are never skipped for want of a browser, and never download one of their own.
// With CHROMIUM_PATH set, only that browser is checked: everything then runs in it.
// Runs on the machine's own Node, before `npm ci` has brought the project's.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const wanted = process.env.CHROMIUM_PATH
  ? [{ path: process.env.CHROMIUM_PATH, pkg: null }]
  : [
      { path: '/usr/bin/chromium', pkg: 'chromium' },
      { path: '/usr/bin/chromium-headless-shell', pkg: 'chromium-headless-shell' },
    ];
const missing = wanted.filter((b) => !existsSync(b.path));
if (missing.length === 0) process.exit(0);

const [full, shell] = wanted;
/** Without the headless shell the tests still run, in the full browser (playwright.config.ts says so too). */
const onlyShellMissing = missing.length === 1 && missing[0] === shell;
const slower = 'the browser tests will run in the full Chromium, about twice as slowly.';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const packages = missing.map((b) => b.pkg);

if (packages.includes(null)) {
  console.error(`CHROMIUM_PATH names ${full.path}, which does not exist.`);
  process.exit(1);
}
if (!isRoot) {
  const install = `sudo apt-get install -y ${packages.join(' ')}`;
  if (onlyShellMissing) {
    console.log(`Chromium's headless shell is missing (${install}): ${slower}`);
    process.exit(0);
  }
  console.error(`Chromium is missing at ${full.path}. Install Debian's packages first: ${install}`);
  process.exit(1);
}
console.log(`Installing Debian's ${packages.join(' and ')} (missing)…`);
try {
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`, {
    stdio: 'inherit',
  });
} catch {
  // Reported below, by what is still missing.
}
const stillMissing = missing.filter((b) => !existsSync(b.path));
if (stillMissing.length === 0) process.exit(0);
if (stillMissing.length === 1 && stillMissing[0] === shell) {
  console.log(`apt-get could not install chromium-headless-shell: ${slower}`);
  process.exit(0);
}
console.error(`apt-get finished but ${stillMissing.map((b) => b.path).join(' and ')} is still missing.`);
process.exit(1);
