#!/usr/bin/env node
// `npm run audit`: npm's dependency audit, with one clear line when the registry refuses to answer.
// Exit codes: 0 no known advisory at or above --audit-level (default: moderate); 1 advisories found;
// 2 the advisory endpoint could not be asked (then nothing is known either way: say so, do not pass silently).
import './check-node.mjs';
import { spawnSync } from 'node:child_process';

const level = process.argv.find((a) => a.startsWith('--audit-level='))?.split('=')[1] ?? 'moderate';
const result = spawnSync('npm', ['audit', '--json', `--audit-level=${level}`], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(result.stdout);
} catch {
  report = null;
}

if (!report || report.statusCode || report.error || !report.metadata) {
  const why = report?.statusCode
    ? `HTTP ${report.statusCode}${report.method ? ` on ${report.method}` : ''}`
    : 'no report';
  console.error(
    `✗ Audit NOT RUN: the registry's advisory endpoint did not answer (${why}); nothing is known about advisories. See README "Dependencies" for the manual check.`,
  );
  process.exit(2);
}

const counts = report.metadata.vulnerabilities ?? {};
const found = Object.entries(counts).filter(([sev, n]) => sev !== 'total' && n > 0);
for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) {
  console.log(`${v.severity.padEnd(8)} ${name} ${v.range ?? ''}`);
}
console.log(found.length ? `audit: ${found.map(([s, n]) => `${n} ${s}`).join(', ')}` : 'audit: no known advisories');
process.exit(result.status === 0 ? 0 : 1);
