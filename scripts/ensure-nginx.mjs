#!/usr/bin/env node
// Makes sure Debian's nginx is there: the reverse-proxy test (tests/unit/live/nginx-proxy.test.ts) runs the
// example configuration deploy/nginx/live.conf in front of two live-server processes, with its own prefix and
// temporary folders. NGINX_PATH: check only that binary.
import './check-node.mjs';
import { ensureDebianPackage } from './ensure-debian-package.mjs';

ensureDebianPackage({ label: 'nginx', pkg: 'nginx-light', path: '/usr/sbin/nginx', pathVariable: 'NGINX_PATH' });
