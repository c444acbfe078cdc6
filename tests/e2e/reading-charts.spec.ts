/** Journey: a reader runs a calculator — result and chart at once, in the theme they chose, on any screen. */
import type { Page } from '@playwright/test';
import { chartAtRest, type ChartLookup } from './chart-probe';
import { COLOUR_RULES, expect, expectNoAxeViolations, switchTheme, test } from './fixtures';

const CALCULATORS = ['rekenhulpen/like-naar-euro/', 'rekenhulpen/engagement/'];
/** The lessons that embed a calculator: the bench's heaviest lesson pages. */
const LESSONS = ['lessen/van-like-naar-euro/', 'lessen/engagement-per-volgersniveau/'];

/** Fill colours of the first chart's bars, as computed ("rgb(…)"), plain bars first, then highlighted ones. */
async function barFills(page: Page): Promise<{ plain: string[]; you: string[] }> {
  return page.evaluate(() => {
    const chart = document.querySelector('.calc-bars')!;
    const fill = (sel: string) => [...chart.querySelectorAll(sel)].map((el) => getComputedStyle(el).fill);
    return {
      plain: fill('.calc-bars__row:not(.calc-bars__row--you) .calc-bars__bar'),
      you: fill('.calc-bars__row--you .calc-bars__bar'),
    };
  });
}

/** Layout facts of the first chart on the page: its box, each track, bar and name, and their text sizes. */
async function chartLayout(page: Page) {
  return page.evaluate(() => {
    const chart = document.querySelector<HTMLElement>('.calc-bars')!;
    const rect = (el: Element) => el.getBoundingClientRect();
    const rows = [...chart.querySelectorAll('.calc-bars__row:not(.calc-bars__row--axis)')].map((row) => {
      const label = row.querySelector<HTMLElement>('.calc-bars__label')!;
      return {
        name: label.innerText.replace(/\s+/g, ' ').trim(),
        // A name shown whole: nothing cut off (its content fits its box).
        whole: label.scrollWidth <= label.clientWidth + 1,
        fontPx: Number.parseFloat(getComputedStyle(label).fontSize),
        track: rect(row.querySelector('.calc-bars__track')!).width,
        bar: rect(row.querySelector('.calc-bars__bar')!),
        valuePx: Number.parseFloat(getComputedStyle(row.querySelector('.calc-bars__value')!).fontSize),
      };
    });
    const ticks = [...chart.querySelectorAll('.calc-bars__axis text')].map((t) => ({
      fontPx: Number.parseFloat(getComputedStyle(t).fontSize),
      box: rect(t),
    }));
    return { box: rect(chart), rows, ticks };
  });
}

for (const path of CALCULATORS) {
  test(`the chart on /${path} recolours when the reader switches the theme, and passes axe in both`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    await page.locator('.calc-bars').first().scrollIntoViewIfNeeded();
    const light = await barFills(page);
    // The light theme's accent (#0f5d5a) and highlight (#c2410c).
    expect(new Set(light.plain)).toEqual(new Set(['rgb(15, 93, 90)']));
    expect(light.you).toEqual(['rgb(194, 65, 12)']);
    await expectNoAxeViolations(page, `/${path} chart (light)`);
    await page.getByRole('button', { name: 'Donker thema' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    // The dark theme's accent (#5cc6be) and highlight (#ffb86b), at once: the chart is the page's own markup.
    const dark = await barFills(page);
    expect(new Set(dark.plain)).toEqual(new Set(['rgb(92, 198, 190)']));
    expect(dark.you).toEqual(['rgb(255, 184, 107)']);
    await switchTheme(page, 'dark');
    await expectNoAxeViolations(page, `/${path} chart (dark)`, COLOUR_RULES);
  });
}

test('no chart library on the calculator pages nor on the lessons that embed a calculator, even scrolled through', async ({
  page,
}) => {
  const chartChunks: string[] = [];
  page.on('response', (r) => {
    // Vite names the chunk after chart.js's own module: chart.<hash>.js.
    if (/\/chart\.[\w-]+\.js$/.test(r.url())) chartChunks.push(r.url());
  });
  for (const path of [...CALCULATORS, ...LESSONS]) {
    await page.goto(path);
    // Every chart scrolled into view, as a reader would; the bars are there without waiting for a script.
    for (const chart of await page.locator('.calc-bars').all()) {
      await chart.scrollIntoViewIfNeeded();
      await expect(chart.locator('.calc-bars__bar').first()).toBeVisible();
    }
    await page.waitForLoadState('networkidle');
  }
  expect(chartChunks).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`on a phone (${theme}) the funnel shows all four stage names, whole, at 12 px or more, and bars that use the width`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('rekenhulpen/like-naar-euro/');
    await page.locator('.calc-bars').first().scrollIntoViewIfNeeded();
    const { box, rows, ticks } = await chartLayout(page);
    expect(rows.map((r) => r.name)).toEqual(['Likes', 'Bezoekers en klikkers', 'Klanten', 'Klanten dankzij de like']);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(375);
    for (const r of rows) {
      expect(r.whole, r.name).toBe(true);
      expect(Math.min(r.fontPx, r.valuePx)).toBeGreaterThanOrEqual(12);
      expect(r.bar.right).toBeLessThanOrEqual(box.right);
    }
    // The longest bar spans most of its track; the axis's labels are readable and on screen.
    expect(Math.max(...rows.map((r) => r.bar.width))).toBeGreaterThanOrEqual(rows[0]!.track * 0.75);
    expect(ticks.length).toBeGreaterThan(1);
    for (const t of ticks) {
      expect(t.fontPx).toBeGreaterThanOrEqual(12);
      expect(t.box.x).toBeGreaterThanOrEqual(0);
      expect(t.box.right).toBeLessThanOrEqual(375);
    }
  });

  test(`on a phone (${theme}) the engagement chart shows the account as its own bar in the highlight colour`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('lessen/engagement-per-volgersniveau/');
    await page.locator('.calc-bars').first().scrollIntoViewIfNeeded();
    const { box, rows } = await chartLayout(page);
    const you = rows.findIndex((r) => r.name === 'Jouw account');
    // Right below the tier the account falls in.
    expect(you).toBeGreaterThan(0);
    expect(rows[you - 1]!.name).toMatch(/\(jij\)$/);
    expect(rows[you]!.bar.height).toBeGreaterThanOrEqual(16);
    expect(rows[you]!.bar.width).toBeGreaterThan(10);
    for (const r of rows) {
      expect(Math.min(r.fontPx, r.valuePx)).toBeGreaterThanOrEqual(12);
      expect(r.bar.right).toBeLessThanOrEqual(box.right);
    }
    expect(box.right).toBeLessThanOrEqual(375);
    const highlight = theme === 'light' ? 'rgb(194, 65, 12)' : 'rgb(255, 184, 107)';
    expect((await barFills(page)).you).toEqual([highlight]);
  });
}

test('under forced colours the bars take the system colours, and stay apart from their track', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  for (const path of CALCULATORS) {
    await page.goto(path);
    const colours = await page.evaluate(() => {
      const chart = document.querySelector('.calc-bars')!;
      const style = (sel: string) => getComputedStyle(chart.querySelector(sel)!);
      return {
        text: style('.calc-bars__label').color,
        bar: style('.calc-bars__row:not(.calc-bars__row--you) .calc-bars__bar').fill,
        track: style('.calc-bars__bg').fill,
        trackEdge: style('.calc-bars__bg').stroke,
      };
    });
    // Bars in the text colour on the page's background, the track outlined: visible in any contrast theme.
    expect(colours.bar, path).toBe(colours.text);
    expect(colours.trackEdge, path).toBe(colours.text);
    expect(colours.track, path).not.toBe(colours.bar);
  }
});

test('in print the charts stay within the page width, bars and all', async ({ page }) => {
  await page.goto(CALCULATORS[0]!);
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 700, height: 1000 });
  const facts = await page.evaluate(() =>
    [...document.querySelectorAll('.calc-bars')].map((c) => ({
      right: c.getBoundingClientRect().right,
      bars: [...c.querySelectorAll('.calc-bars__bar')].filter((b) => b.getBoundingClientRect().width > 0).length,
      width: document.documentElement.clientWidth,
    })),
  );
  expect(facts.length).toBeGreaterThan(0);
  for (const f of facts) {
    expect(f.right).toBeLessThanOrEqual(f.width + 1);
    expect(f.bars).toBe(4);
  }
});

/** A shared self-test result (six scores in the link): the island hydrates when scrolled to, then the radar. */
async function openSharedResult(page: Page) {
  await page.goto('zelftest/?uitslag=83-42-58-17-100-50');
  await page.getByText('Helemaal oneens').first().scrollIntoViewIfNeeded();
  await expect(page.locator('.radar')).toBeAttached({ timeout: 20_000 });
  await page.locator('.radar').scrollIntoViewIfNeeded();
}

for (const theme of ['light', 'dark'] as const) {
  test(`on a phone (${theme}) the self-test radar is large, with its axis names outside the shape`, async ({
    page,
  }) => {
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
    [...document.querySelectorAll('.radar canvas, .calc-bars, .plan-chart canvas')].some(
      (c) => c.getBoundingClientRect().right > document.documentElement.clientWidth + 1,
    ),
  );
  expect(overflow).toBe(false);
});
