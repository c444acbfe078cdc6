#!/usr/bin/env node
// Makes sure Debian's nginx is there: the reverse-proxy test (tests/unit/live/nginx-proxy.test.ts) runs the
// example configuration deploy/nginx/live.conf in front of two live-server processes, with its own prefix and
// temporary folders. Installs `nginx-light` with apt-get (as root) when nginx is missing, and otherwise fails
// with a clear message: that test never skips for want of nginx, and never downloads one of its own.
// The package's own service is not started where a policy forbids it (containers); the test uses its own.
// With NGINX_PATH set, only that binary is checked.
import './check-node.mjs';
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
if (existsSync(path)) process.exit(0);
if (process.env.NGINX_PATH) {
  console.error(`NGINX_PATH names ${path}, which does not exist.`);
  process.exit(1);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(`nginx is missing at ${path}. Install Debian's package first: sudo apt-get install -y nginx-light`);
  process.exit(1);
}
console.log("Installing Debian's nginx-light (missing)…");
try {
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light', {
    stdio: 'inherit',
  });
} catch {
  // Reported below, by what is still missing.
}
if (existsSync(path)) process.exit(0);
console.error(`apt-get finished but ${path} is still missing.`);
process.exit(1);
