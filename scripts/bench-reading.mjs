#!/usr/bin/env node
// JS bytes a reader's browser loads before any interaction, and after the page's chart has loaded, per page
// (issue 13: calculator pages aim at ≤ 25 KB gzipped before the chart). "Before" is the page loaded and idle,
// not scrolled; "after" is the same page once every chart box has been scrolled into view and drawn.
// It serves an already built site (no build of its own), so a build of another commit can be compared:
// usage: node scripts/bench-reading.mjs [--dist dist] [--port 4398] [--all] [--json FILE]
// Without --all only calculator pages and one page of every other type are measured.
import './check-node.mjs';
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium, startPreview } from './preview-server.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const DIST = opt('--dist', 'dist');
const PORT = Number(opt('--port', process.env.BENCH_PORT || 4398));
const jsonOut = opt('--json', undefined);
const BUDGET_BEFORE_CHART = 25 * 1024;
// The calculators' bar charts are HTML (no script of their own); the self-test radar and the plan's log load chart.js.
const CANVAS_CHARTS = '.radar, .plan-chart';
const CHARTS = `.calc-bars, ${CANVAS_CHARTS}`;

function pages() {
  const dist = resolve(DIST);
  const out = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory() && !['pagefind', '_astro'].includes(e.name)) walk(join(dir, e.name));
      else if (e.name === 'index.html') out.push(relative(dist, dir).split(sep).join('/').replace(/(.)$/, '$1/'));
    }
  };
  walk(dist);
  return out.sort();
}

function pageType(path) {
  if (path === '') return 'home';
  if (path.startsWith('lessen/')) return 'lesson';
  if (path.startsWith('rekenhulpen/') && path !== 'rekenhulpen/') return 'calculator';
  if (/^workshop\/[^/]+\/presentator\//.test(path)) return 'presenter';
  if (/^workshop\/[^/]+\/$/.test(path)) return 'deck';
  return path.split('/')[0] || 'other';
}

function choose(all) {
  if (args.includes('--all')) return all;
  const seen = new Set();
  return all.filter((p) => {
    const type = pageType(p);
    if (type === 'calculator' || p === 'lessen/van-like-naar-euro/') return true;
    if (seen.has(type)) return false;
    seen.add(type);
    return true;
  });
}

const { base, stop } = await startPreview({ port: PORT, dist: DIST });
const browser = await launchChromium();
const rows = [];
try {
  for (const path of choose(pages())) {
    // A laptop window (as issue 13 measured): the calculator is in view and hydrates, the chart below it waits.
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const loads = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      loads.push(
        response
          .body()
          .then((body) => gzipSync(body).length)
          .catch(() => 0),
      );
    });
    await page.goto(base + path, { waitUntil: 'networkidle' });
    const sum = async () => (await Promise.all(loads)).reduce((a, b) => a + b, 0);
    const before = await sum();
    const charts = await page.locator(CHARTS).count();
    // Bring each chart box into view in turn, as a reader scrolling down would (hidden ones included: no-ops).
    await page.evaluate(async (selector) => {
      for (const box of document.querySelectorAll(selector)) {
        box.scrollIntoView({ block: 'center' });
        await new Promise((r) => setTimeout(r, 150));
      }
    }, CHARTS);
    if (await page.locator(CANVAS_CHARTS).count())
      await page
        .waitForSelector(CANVAS_CHARTS.replaceAll(',', '[data-chart-ready],') + '[data-chart-ready]', {
          timeout: 15_000,
        })
        .catch(() => {});
    await page.waitForLoadState('networkidle');
    const after = await sum();
    rows.push({ path: `/${path}`, type: pageType(path), charts, beforeGz: before, afterChartGz: after });
    await page.close();
  }
} finally {
  await browser.close();
  stop();
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`JS gzipped (${DIST}), laptop window: loaded, before interaction → after the chart loads`);
for (const r of rows)
  console.log(
    `${r.type.padEnd(11)} ${r.path.padEnd(42)} ${kb(r.beforeGz).padStart(9)} → ${kb(r.afterChartGz).padStart(9)}`,
  );
const failures = rows.filter((r) => r.type === 'calculator' && r.beforeGz > BUDGET_BEFORE_CHART);
for (const r of failures)
  console.log(`over budget: ${r.path} ${kb(r.beforeGz)} before the chart (aim ≤ ${kb(BUDGET_BEFORE_CHART)})`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(rows, null, 2));
process.exitCode = failures.length > 0 ? 1 : 0;
