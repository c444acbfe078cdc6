#!/usr/bin/env node
// `npm run bench`: builds the site, opens every page in Chromium as a reader would (scrolling to the end so
// that islands hydrate), and prints the bytes each page loads: HTML, CSS and JS, raw and gzipped, with our
// inline scripts counted apart. Exits non-zero when a page type is over its budget.
// usage: node scripts/bench.mjs [--no-build] [--json FILE]
import './check-node.mjs';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { deckOwnJs } from './deck-js.mjs';
import { benchWorkshop, printWorkshop } from './bench-workshop.mjs';
import { measureExamples, printExamples } from './bench-examples.mjs';
import { scrollUntilLoaded, watchRequests } from './bench-page-quiet.mjs';
import { launchChromium, startPreview } from './preview-server.mjs';

const args = process.argv.slice(2);
const PORT = Number(process.env.BENCH_PORT) || 4399;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;

/** Budgets in gzipped bytes of JavaScript, by page type (see the issues that set them). */
const BUDGETS = {
  lesson: { js: 0, note: 'no JS of ours, except islands embedded in the lesson' },
  calculator: { js: 70 * 1024, note: 'at most 70 KB JS gzipped' },
  deck: { js: 10 * 1024, note: 'deck script at most 10 KB gzipped, islands excluded' },
};

if (!args.includes('--no-build')) {
  const build = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status || 1);
}

function pages() {
  const dist = join(process.cwd(), 'dist');
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

const { base, stop } = await startPreview({ port: PORT, env });
const browser = await launchChromium();
const rows = [];
const failures = [];
let workshopRows = [];
try {
  for (const path of pages()) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const loads = [];
    page.on('response', async (response) => {
      const type = response.request().resourceType();
      if (!['document', 'stylesheet', 'script'].includes(type)) return;
      loads.push(
        response
          .body()
          .then((body) => ({ url: response.url(), type, raw: body.length, gz: gzipSync(body).length }))
          .catch(() => null),
      );
    });
    const quiet = watchRequests(page);
    await page.goto(base + path, { waitUntil: 'networkidle' });
    // Scroll through the page so that client:visible islands hydrate, as a reader would, until it loads no more.
    await scrollUntilLoaded(page, quiet, () => loads.length, 600);
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')]
        .filter((s) => !s.type || s.type === 'module' || s.type === 'text/javascript')
        .map((s) => s.textContent ?? ''),
    );
    const files = (await Promise.all(loads)).filter(Boolean);
    const sum = (type, key) => files.filter((f) => f.type === type).reduce((n, f) => n + f[key], 0);
    const inlineText = inline.join('\n');
    const row = {
      path: `/${path}`,
      type: pageType(path),
      htmlRaw: sum('document', 'raw'),
      htmlGz: sum('document', 'gz'),
      cssRaw: sum('stylesheet', 'raw'),
      cssGz: sum('stylesheet', 'gz'),
      jsRaw: sum('script', 'raw'),
      jsGz: sum('script', 'gz'),
      jsFiles: files.filter((f) => f.type === 'script').length,
      inlineJsRaw: Buffer.byteLength(inlineText),
      // Each inline script gzipped on its own, as issue 27 and tests/build/inline-js.test.ts count them.
      inlineJsGz: inline.reduce((n, code) => n + (code ? gzipSync(code).length : 0), 0),
      islands: await page.locator('astro-island').count(),
    };
    if (row.type === 'calculator') row.inputToPaint = await measureInputToPaint(page);
    if (row.type === 'deck') row.inputToPaint = await measureSlideChange(page);
    // A deck's budget covers its own script only; the islands on its slides have their own budgets.
    if (row.type === 'deck') {
      const html = readFileSync(join(process.cwd(), 'dist', path, 'index.html'), 'utf8');
      row.deckJsGz = deckOwnJs(
        join(process.cwd(), 'dist'),
        html,
        (process.env.BASE_PATH || '/').replace(/\/?$/, '/'),
      ).gz;
    }
    rows.push(row);
    await page.close();
    const budget = BUDGETS[row.type];
    if (budget) {
      // Lessons may embed islands; their budget then is the calculator one.
      const limit = row.type === 'lesson' && row.islands > 0 ? BUDGETS.calculator.js : budget.js;
      const measured = row.type === 'deck' ? row.deckJsGz : row.jsGz;
      if (measured > limit)
        failures.push(`${row.path}: ${kb(measured)} JS gzipped, budget ${kb(limit)} (${budget.note})`);
    }
  }
  // Lessons with worked examples: the examples' own JS, measured directly (bench-examples.mjs).
  for (const row of rows.filter((r) => r.type === 'lesson')) {
    if (!readFileSync(join(process.cwd(), 'dist', row.path, 'index.html'), 'utf8').includes('data-scenario')) continue;
    const examples = await measureExamples(browser, base + row.path.slice(1));
    Object.assign(row, {
      exampleJsGz: examples.gz,
      exampleFiles: examples.files,
      exampleFirstChangeGz: examples.firstChangeGz,
    });
  }
  // The workshop decks in both windows: idle main thread, presenter load, slide change (bench-workshop.mjs).
  const workshop = await benchWorkshop(browser, base);
  workshopRows = workshop.rows;
  failures.push(...workshop.failures);
} finally {
  await browser.close();
  stop();
}

/**
 * Input-to-paint of a calculator: types a new value into its first field and measures, in Chromium, the
 * time until the results have changed and the next frame is painted. Repeated 20 times; the median counts.
 */
async function measureInputToPaint(page) {
  return page.evaluate(async () => {
    const input = document.querySelector('astro-island input:not([type="checkbox"]):not([type="radio"])');
    const island = input?.closest('astro-island');
    if (!input || !island) return null;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
    const times = [];
    let sameFrame = 0;
    for (let i = 0; i < 20; i++) {
      const before = island.textContent;
      await frame();
      const start = performance.now();
      setValue.call(input, String(3 + (i % 5))); // small values stay valid in every field
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // The first animation frame after the input: were the results already updated for it?
      const painted = await frame();
      if (island.textContent !== before) sameFrame++;
      times.push(painted - start);
    }
    times.sort((a, b) => a - b);
    return { medianMs: Number(times[10].toFixed(1)), updatedInNextFrame: `${sameFrame}/20` };
  });
}

/**
 * Input-to-paint of a slide change: presses → (as a clicker does) and measures the time until the next
 * frame, checking that the new slide is the one shown in it. 20 slide changes, from slide 1; the median counts.
 */
async function measureSlideChange(page) {
  await page.keyboard.press('Home');
  return page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
    const current = () => document.querySelector('[data-deck-stage] > .slide.is-current');
    const times = [];
    let sameFrame = 0;
    for (let i = 0; i < 20; i++) {
      const before = current();
      await frame();
      const start = performance.now();
      // → moves on, except on a quiz slide (there it first reveals the answer) and on the last slide: there
      // Home goes back to the start, which is a slide change too.
      const slides = [...document.querySelectorAll('[data-deck-stage] > .slide')];
      const atStop = before && (before.querySelector('.quiz') || before === slides.at(-1));
      const key = atStop ? 'Home' : 'ArrowRight';
      document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      const painted = await frame();
      const after = current();
      if (after && after !== before && after.getBoundingClientRect().width > 0) sameFrame++;
      times.push(painted - start);
    }
    times.sort((a, b) => a - b);
    return { medianMs: Number(times[10].toFixed(1)), updatedInNextFrame: `${sameFrame}/20` };
  });
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
const pad = (s, n) => String(s).padEnd(n);
const num = (b) => kb(b).padStart(9);
console.log(
  `\n${pad('page', 46)}${pad('type', 11)}${'HTML'.padStart(9)}${'(gz)'.padStart(9)}${'CSS'.padStart(9)}${'(gz)'.padStart(9)}${'JS'.padStart(9)}${'(gz)'.padStart(9)}${'inline'.padStart(9)}  islands`,
);
for (const r of rows) {
  console.log(
    `${pad(r.path, 46)}${pad(r.type, 11)}${num(r.htmlRaw)}${num(r.htmlGz)}${num(r.cssRaw)}${num(r.cssGz)}${num(r.jsRaw)}${num(r.jsGz)}${num(r.inlineJsRaw)}  ${r.islands}`,
  );
}
const measured = rows.filter((r) => r.inputToPaint);
if (measured.length) {
  console.log(
    '\nInput to paint (Chromium, median of 20 inputs or slide changes; budget: the change shows in the next frame):',
  );
  for (const r of measured) {
    console.log(
      `  ${pad(r.path, 44)} ${String(r.inputToPaint.medianMs).padStart(6)} ms, updated in the next frame ${r.inputToPaint.updatedInNextFrame}`,
    );
    if (r.inputToPaint.updatedInNextFrame !== '20/20')
      failures.push(`${r.path}: ${r.type === 'deck' ? 'slide' : 'results'} not always updated by the next frame`);
  }
}
console.log('\nBudgets (JS gzipped, loaded after scrolling through the page):');
for (const [type, b] of Object.entries(BUDGETS)) {
  const of = rows.filter((r) => r.type === type);
  if (of.length === 0) continue;
  const js = (r) => (type === 'deck' ? r.deckJsGz : r.jsGz);
  const worst = of.reduce((a, r) => (js(r) > js(a) ? r : a));
  console.log(`  ${pad(type, 11)} worst ${kb(js(worst)).padStart(9)} (${worst.path}) — ${b.note}`);
}
failures.push(...printExamples(rows, kb));
printWorkshop(workshopRows);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify([...rows, ...workshopRows], null, 2));
if (failures.length) {
  console.error(`\nOver budget:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('\nAll pages within budget.');
