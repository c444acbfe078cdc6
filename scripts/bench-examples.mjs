// The worked examples' JavaScript on a lesson, measured directly (issue 22, "Light"): the lesson is opened
// twice, as a reader scrolls through it, once as built and once with the examples' loader blocked; the
// scripts only the first load fetched are the examples' own, counted gzipped. Budget: at most 3 KB per lesson,
// loaded when an example nears the screen. What the reader's first change loads on top (the scenario, its
// model and the parser, bundled apart: src/integrations/example-edit.ts) is measured too and reported.
import { gzipSync } from 'node:zlib';
import { scrollUntilLoaded, watchRequests } from './bench-page-quiet.mjs';

/** Gzipped bytes of example JS a lesson may load while it is read (the "+3 KB", measured directly). */
export const EXAMPLE_BUDGET = 3 * 1024;

/** The examples' loader on a reading page (ExampleScript.astro's bundled script). */
const LOADER = /\/_astro\/ExampleScript\.astro_astro_type_script[^/]*\.js$/;

/**
 * Opens `url`, scrolls through it until no new request starts, and returns the page with the gzipped size of
 * every script it loaded, by URL. `block` aborts the examples' loader.
 */
async function open(browser, url, block) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  if (block) await page.route(LOADER, (route) => route.abort());
  const scripts = new Map();
  const bodies = [];
  const quiet = watchRequests(page);
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    bodies.push(
      response
        .body()
        .then((body) => scripts.set(response.url(), gzipSync(body).length))
        .catch(() => {}),
    );
  });
  page.quiet = async () => {
    await quiet();
    await Promise.all(bodies);
  };
  await page.goto(url, { waitUntil: 'networkidle' });
  await scrollUntilLoaded(page, page.quiet, () => scripts.size);
  return { page, scripts };
}

const sum = (sizes) => sizes.reduce((n, s) => n + s, 0);

/**
 * The examples' JS on one lesson: `gz` (loaded while reading, the budgeted part), `files` (their names) and
 * `firstChangeGz` (loaded on top when the reader first changes a number: focus and ↑ on its first input).
 */
export async function measureExamples(browser, url) {
  const without = await open(browser, url, true);
  await without.page.close();
  const withExamples = await open(browser, url, false);
  const own = [...withExamples.scripts].filter(([u]) => !without.scripts.has(u));
  const { page, scripts } = withExamples;
  const before = new Set(scripts.keys());
  const control = page.getByRole('spinbutton').first();
  let firstChangeGz = null;
  if (await control.count()) {
    const value = await control.getAttribute('aria-valuenow');
    await control.focus();
    await page.keyboard.press('ArrowUp');
    await page.waitForFunction(
      ([el, v]) => el.getAttribute('aria-valuenow') !== v,
      [await control.elementHandle(), value],
      { timeout: 20_000 },
    );
    await page.quiet();
    firstChangeGz = sum([...scripts].filter(([u]) => !before.has(u)).map(([, gz]) => gz));
  }
  await page.close();
  return {
    gz: sum(own.map(([, gz]) => gz)),
    files: own.map(([u]) => u.split('/').pop()),
    firstChangeGz,
  };
}

/** Prints the examples' table and returns the lessons over budget, as failure lines. */
export function printExamples(rows, kb) {
  const measured = rows.filter((r) => r.exampleJsGz !== undefined);
  if (measured.length === 0) return [];
  console.log(
    `\nWorked examples (JS gzipped; budget ${kb(EXAMPLE_BUDGET)} per lesson while reading, measured against the same lesson with the examples' loader blocked):`,
  );
  for (const r of measured)
    console.log(
      `  ${r.path.padEnd(44)} ${kb(r.exampleJsGz).padStart(9)} while reading (${r.exampleFiles.join(', ')}); first change loads ${r.exampleFirstChangeGz === null ? '–' : kb(r.exampleFirstChangeGz)} more`,
    );
  return measured
    .filter((r) => r.exampleJsGz > EXAMPLE_BUDGET)
    .map((r) => `${r.path}: worked examples ${kb(r.exampleJsGz)} JS gzipped, budget ${kb(EXAMPLE_BUDGET)}`);
}
