/** Journey: a reader runs a calculator — result first, the chart when they get to it, in the theme they chose. */
import type { Page } from '@playwright/test';
import { chartAtRest, installChartLookup, type ChartLookup } from './chart-probe';
import { expect, test } from './fixtures';

const CALCULATORS = ['rekenhulpen/like-naar-euro/', 'rekenhulpen/engagement/'];

/** A fingerprint of the first drawn chart: the set of opaque colours on its canvas (bars, labels, grid). */
async function chartColours(page: Page): Promise<string> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.calc-chart[data-chart-ready] canvas');
    if (!canvas) return '';
    const ctx = canvas.getContext('2d')!;
    const { width, height } = canvas;
    const data = ctx.getImageData(0, 0, width, height).data;
    const colours = new Set<string>();
    for (let i = 0; i < data.length; i += 4 * 97)
      if (data[i + 3]! > 200) colours.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
    return [...colours].sort().join(' ');
  });
}

for (const path of CALCULATORS) {
  test(`the chart on /${path} recolours when the reader switches the theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    const box = page.locator('.calc-chart').first();
    await box.scrollIntoViewIfNeeded();
    await chartAtRest(page, '.calc-chart canvas');
    const light = await chartColours(page);
    expect(light).toContain('15,93,90');
    await page.getByRole('button', { name: 'Donker thema' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect.poll(() => chartColours(page)).not.toBe(light);
    await chartAtRest(page, '.calc-chart canvas');
    const dark = await chartColours(page);
    // The dark theme's accent (#5cc6be) is drawn; the light one (#0f5d5a) is gone.
    expect(dark).toContain('92,198,190');
    expect(dark).not.toContain('15,93,90');
  });
}

test('a theme switch while the chart is still animating in leaves it in the new theme', async ({ page }) => {
  // A reader may switch while the page is still settling: the bars go on growing, in the new colours.
  await page.emulateMedia({ colorScheme: 'light' });
  // The entry animation lasts a second of wall time; on a busy machine a page can need longer than that between
  // two frames, so the switch may miss it. Then the chart is loaded anew until the switch lands inside it.
  // Each attempt starts in the light theme (the switch is stored, and the page reads it when it loads).
  await page.addInitScript(() => localStorage.removeItem('vdl-theme'));
  let switchedWhileAnimating = false;
  for (let attempt = 0; attempt < 5 && !switchedWhileAnimating; attempt++) {
    await page.goto('rekenhulpen/engagement/');
    switchedWhileAnimating = await chartAtRest(page, '.calc-chart canvas', {
      clickFirst: '[data-theme-toggle]',
      repaint: true,
    });
  }
  expect(switchedWhileAnimating, 'the switch came during the entry animation').toBe(true);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await chartColours(page);
  expect(dark).toContain('92,198,190');
  expect(dark).not.toContain('15,93,90');
});

test('chart.js is not loaded until the chart comes near the viewport', async ({ page }) => {
  const chartChunks: string[] = [];
  page.on('response', (r) => {
    // Vite names the chunk after chart.js's own module: chart.<hash>.js.
    if (/\/chart\.[\w-]+\.js$/.test(r.url())) chartChunks.push(r.url());
  });
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('rekenhulpen/like-naar-euro/');
  const a = page.getByRole('region', { name: 'Scenario A' });
  await expect(a).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(chartChunks, 'chart.js fetched before its chart was near').toEqual([]);
  await page.locator('.calc-chart').first().scrollIntoViewIfNeeded();
  await expect(page.locator('.calc-chart[data-chart-ready]').first()).toBeVisible({ timeout: 20_000 });
  expect(chartChunks.length).toBe(1);
});

test('on a phone the chart fits the screen and draws its labels at 12 px or more', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  for (const path of CALCULATORS) {
    await page.goto(path);
    const box = page.locator('.calc-chart').first();
    await box.scrollIntoViewIfNeeded();
    await expect(page.locator('.calc-chart[data-chart-ready]').first()).toBeVisible();
    const canvas = (await box.locator('canvas').boundingBox())!;
    expect(canvas.x).toBeGreaterThanOrEqual(0);
    expect(canvas.x + canvas.width).toBeLessThanOrEqual(375);
    const fontPx = await page.evaluate(() => {
      const font = document.querySelector('canvas')?.getContext('2d')?.font ?? '';
      return Number.parseFloat(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? '0');
    });
    expect(fontPx).toBeGreaterThanOrEqual(12);
  }
});

test('in print the chart stays within the page width', async ({ page }) => {
  await page.goto(CALCULATORS[0]!);
  await page.locator('.calc-chart').first().scrollIntoViewIfNeeded();
  await expect(page.locator('.calc-chart[data-chart-ready]').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 700, height: 1000 });
  const overflow = await page.evaluate(() =>
    [...document.querySelectorAll('.calc-chart canvas')].some(
      (c) => c.getBoundingClientRect().right > document.documentElement.clientWidth + 1,
    ),
  );
  expect(overflow).toBe(false);
});

/** What the drawn chart.js chart behind a canvas holds: its layout, its axis labels and their size, its bars. */
async function chartFacts(page: Page, selector: string) {
  await installChartLookup(page);
  return page.evaluate(async (sel) => {
    const canvas = document.querySelector<HTMLCanvasElement>(sel);
    type Scale = { left: number; right: number; width: number; ticks: { label: string | string[] }[] };
    type ChartLike = {
      chartArea: { left: number; right: number; top: number; bottom: number };
      scales: Record<string, Scale & { _resolveTickFontOptions(i: number): { size: number } }>;
      getDatasetMeta(i: number): { data: { x: number; y: number; base: number; height: number }[] };
      ctx: CanvasRenderingContext2D;
      width: number;
    };
    const chart = (await (window as unknown as { __chartOn: ChartLookup }).__chartOn(sel)) as ChartLike | undefined;
    if (!chart || !canvas) return null;
    const y = chart.scales['y'];
    const lines = (y?.ticks ?? []).flatMap((t) => (Array.isArray(t.label) ? t.label : [t.label]));
    // chart.js's own resolved tick font (the size it draws the labels at).
    const font = y?._resolveTickFontOptions(0).size ?? 0;
    chart.ctx.save();
    chart.ctx.font = `${font}px sans-serif`;
    const widest = Math.max(0, ...lines.map((l) => chart!.ctx.measureText(l).width));
    chart.ctx.restore();
    const bars = chart.getDatasetMeta(0).data.map((b) => Math.abs(b.x - b.base));
    const marker = chart.getDatasetMeta(1)?.data[0];
    return {
      width: chart.width,
      area: chart.chartArea,
      labels: (y?.ticks ?? []).map((t) => t.label),
      fontPx: font,
      xFontPx: chart.scales['x']?._resolveTickFontOptions(0).size ?? 0,
      widestLabel: widest,
      longestBar: Math.max(0, ...bars),
      marker: marker ? { x: (marker.x + marker.base) / 2, y: marker.y, length: Math.abs(marker.x - marker.base), height: marker.height } : null,
    };
  }, selector);
}

/** The colour of one CSS pixel of the first drawn chart's canvas, as "r,g,b". */
async function pixelAt(page: Page, x: number, y: number): Promise<string> {
  return page.evaluate(
    ([px, py]) => {
      const canvas = document.querySelector<HTMLCanvasElement>('.calc-chart[data-chart-ready] canvas')!;
      const scale = canvas.width / canvas.getBoundingClientRect().width;
      const d = canvas.getContext('2d')!.getImageData(Math.round(px! * scale), Math.round(py! * scale), 1, 1).data;
      return `${d[0]},${d[1]},${d[2]}`;
    },
    [x, y],
  );
}

async function openChart(page: Page, path: string, theme: 'light' | 'dark') {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.emulateMedia({ colorScheme: theme });
  await page.goto(path);
  await page.locator('.calc-chart').first().scrollIntoViewIfNeeded();
  await expect(page.locator('.calc-chart[data-chart-ready]').first()).toBeVisible({ timeout: 20_000 });
}

/** A shared self-test result (six scores in the link): the island hydrates when scrolled to, then the radar. */
async function openSharedResult(page: Page) {
  await page.goto('zelftest/?uitslag=83-42-58-17-100-50');
  await page.getByText('Helemaal oneens').first().scrollIntoViewIfNeeded();
  await expect(page.locator('.radar')).toBeAttached({ timeout: 20_000 });
  await page.locator('.radar').scrollIntoViewIfNeeded();
}

for (const theme of ['light', 'dark'] as const) {
  test(`on a phone (${theme}) the funnel shows all four stage names, whole, at 12 px or more, and bars that use the width`, async ({
    page,
  }) => {
    await openChart(page, 'rekenhulpen/like-naar-euro/', theme);
    await chartAtRest(page, '.calc-chart canvas');
    const facts = (await chartFacts(page, '.calc-chart[data-chart-ready] canvas'))!;
    const names = facts.labels.map((l) => (Array.isArray(l) ? l.join(' ') : l));
    expect(names).toEqual(['Likes', 'Bezoekers en klikkers', 'Klanten', 'Klanten dankzij de like']);
    expect(facts.labels.some(Array.isArray), 'long names wrap onto lines').toBe(true);
    expect(facts.fontPx).toBeGreaterThanOrEqual(12);
    expect(facts.xFontPx).toBeGreaterThanOrEqual(12);
    // Not clipped: the widest line fits left of the plot area.
    expect(facts.widestLabel).toBeLessThanOrEqual(facts.area.left);
    // The names take at most 40 % of the chart; the longest bar spans most of the plot area.
    expect(facts.area.left).toBeLessThanOrEqual(facts.width * 0.4);
    expect(facts.longestBar).toBeGreaterThanOrEqual((facts.area.right - facts.area.left) * 0.75);
  });

  test(`on a phone (${theme}) the engagement marker is a readable mark drawn over the benchmark line`, async ({ page }) => {
    await openChart(page, 'rekenhulpen/engagement/', theme);
    await chartAtRest(page, '.calc-chart canvas');
    const { marker, fontPx, xFontPx } = (await chartFacts(page, '.calc-chart[data-chart-ready] canvas'))!;
    expect(marker).not.toBeNull();
    expect(marker!.length).toBeGreaterThanOrEqual(16);
    expect(marker!.height).toBeGreaterThanOrEqual(16);
    expect(Math.min(fontPx, xFontPx)).toBeGreaterThanOrEqual(12);
    // The marker's centre shows the highlight colour (light #c2410c, dark #ffb86b), not the benchmark's.
    const highlight = theme === 'light' ? '194,65,12' : '255,184,107';
    expect(await pixelAt(page, marker!.x, marker!.y)).toBe(highlight);
  });

  test(`on a phone (${theme}) the self-test radar is large, with its axis names outside the shape`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.emulateMedia({ colorScheme: theme });
    await openSharedResult(page);
    await expect(page.locator('.radar[data-chart-ready]')).toBeVisible({ timeout: 20_000 });
    await chartAtRest(page, '.radar canvas'); // also puts window.__chartOn into the page
    const size = await page.evaluate(async () => {
      const canvas = document.querySelector<HTMLCanvasElement>('.radar canvas')!;
      const lookup = (window as unknown as { __chartOn: ChartLookup }).__chartOn;
      const chart = (await lookup('.radar canvas')) as { scales: { r: { drawingArea: number } } } | undefined;
      return chart ? { across: chart.scales.r.drawingArea * 2, width: canvas.getBoundingClientRect().width } : null;
    });
    expect(size).not.toBeNull();
    // It was ~120 px across on a phone: now the shape takes well over half of its box, the names around it.
    expect(size!.across).toBeGreaterThanOrEqual(160);
    expect(size!.across).toBeGreaterThanOrEqual(size!.width * 0.55);
    expect(size!.width).toBeLessThanOrEqual(375);
  });
}

test('in print every chart, the self-test radar included, stays within the page width', async ({ page }) => {
  await openSharedResult(page);
  await expect(page.locator('.radar[data-chart-ready]')).toBeVisible({ timeout: 20_000 });
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 600, height: 1000 });
  const overflow = await page.evaluate(() =>
    [...document.querySelectorAll('.radar canvas, .calc-chart canvas, .plan-chart canvas')].some(
      (c) => c.getBoundingClientRect().right > document.documentElement.clientWidth + 1,
    ),
  );
  expect(overflow).toBe(false);
});
