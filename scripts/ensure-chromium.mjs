#!/usr/bin/env node
// Makes sure the system packages the tests run on are there, from Debian (installed with one apt-get call):
// - `chromium-headless-shell` (/usr/bin/chromium-headless-shell): the browser tests' browser. Chromium without
//   the desktop browser around it, the build Playwright itself runs headless tests in; the browser suite takes
//   316 s in it where it took 691 s in the full browser (210 tests, 2 workers, idle 2-core machine).
// - `chromium` (/usr/bin/chromium): the full browser, as a reader has it, for `npm run bench` and screenshots,
//   and the browser tests' fallback when the headless shell cannot be installed. Both are one source package,
//   one version.
// - `default-jre-headless` (a `java` on the PATH): the Java runtime the W3C Nu HTML Checker (npm `vnu-jar`) runs
//   on, for tests/build/valid-html.test.ts. The package's own postinstall would download a Java from elsewhere;
//   package.json's allowScripts turns that off.
// Installs what is missing with apt-get (as root), and otherwise fails with a clear message. Tests are never
// skipped for want of a browser or a runtime, and never download one of their own.
// With CHROMIUM_PATH set, only that browser is checked (everything then runs in it), and Java as always.
// Runs on the machine's own Node, before `npm ci` has brought the project's.
import { existsSync } from 'node:fs';
import { execSync, spawnSync } from 'node:child_process';

const chosen = process.env.CHROMIUM_PATH;
if (chosen && !existsSync(chosen)) {
  console.error(`CHROMIUM_PATH names ${chosen}, which does not exist.`);
  process.exit(1);
}

const hasJava = () => spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
const full = { path: '/usr/bin/chromium', pkg: 'chromium', present: () => existsSync('/usr/bin/chromium') };
const shell = {
  path: '/usr/bin/chromium-headless-shell',
  pkg: 'chromium-headless-shell',
  present: () => existsSync('/usr/bin/chromium-headless-shell'),
};
const java = { path: 'java (on the PATH)', pkg: 'default-jre-headless', present: hasJava };
const wanted = chosen ? [java] : [full, shell, java];
const missingNow = () => wanted.filter((p) => !p.present());
/** Without the headless shell the tests still run, in the full browser (playwright.config.ts says so too). */
const onlyShell = (missing) => missing.length === 1 && missing[0] === shell;
const slower = 'the browser tests will run in the full Chromium, about twice as slowly.';

const missing = missingNow();
if (missing.length === 0) process.exit(0);
const packages = missing.map((p) => p.pkg).join(' ');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  const install = `sudo apt-get install -y ${packages}`;
  if (onlyShell(missing)) {
    console.log(`Chromium's headless shell is missing (${install}): ${slower}`);
    process.exit(0);
  }
  console.error(`Missing: ${missing.map((p) => p.path).join(', ')}. Install Debian's packages first: ${install}`);
  process.exit(1);
}
console.log(`Installing Debian's ${missing.map((p) => p.pkg).join(' and ')} (missing)…`);
try {
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`, {
    stdio: 'inherit',
  });
} catch {
  // Reported below, by what is still missing.
}
const stillMissing = missingNow();
if (stillMissing.length === 0) process.exit(0);
if (onlyShell(stillMissing)) {
  console.log(`apt-get could not install chromium-headless-shell: ${slower}`);
  process.exit(0);
}
console.error(`apt-get finished but ${stillMissing.map((p) => p.path).join(' and ')} is still missing.`);
process.exit(1);
