#!/usr/bin/env node
// Makes sure Debian's Chromium is there for the browser tests: installs the `chromium` package with apt-get
// when it is missing (as root), and otherwise fails with a clear message. Browser tests are never skipped
// for want of a browser, and never download one of their own.
// usage: node scripts/ensure-chromium.mjs [--optional]   (--optional: only warn, for `npm start`)
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const optional = process.argv.includes('--optional');

if (existsSync(path)) process.exit(0);
if (optional) {
  console.log(`Chromium (${path}) is not installed; it is only needed for the browser tests.`);
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(`Chromium is missing at ${path}. Install Debian's package first: sudo apt-get install -y chromium`);
  process.exit(1);
}
console.log("Chromium is missing: installing Debian's chromium package…");
execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
if (!existsSync(path)) {
  console.error(`apt-get finished but ${path} is still missing.`);
  process.exit(1);
}
