/**
 * Reading a chart.js chart as the page drew it. A chart animates in for about a second after it is created
 * (`data-chart-ready`), and again after new figures: its bars grow and move, so anything measured then is a frame
 * of the animation, not the chart. Tests wait for the chart to be at rest: the chart exists and none of its
 * elements (nor their options, where the colours live) has an animation running. A redraw for a new theme waits
 * for the next animation frame while an animation runs, and is drawn at once otherwise.
 */
import type { Locator, Page } from '@playwright/test';

/** What `installChartLookup` puts into the page: the chart.js chart drawn on the canvas `selector` matches. */
export type ChartLookup = (selector: string) => Promise<unknown>;

/**
 * Puts `window.__chartOn(selector)` into the page (once per document): the chart.js chart behind a canvas, or
 * undefined while there is none. The page's own chart.js chunk is imported again (the browser hands back the
 * same module, so `getChart` sees the page's charts); its Chart class is the export with `getChart`. Every
 * in-page read of a chart goes through it.
 */
export async function installChartLookup(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __chartOn?: ChartLookup };
    w.__chartOn ??= async (sel) => {
      const canvas = document.querySelector<HTMLCanvasElement>(sel);
      if (!canvas) return undefined;
      const urls = performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => /\/(chart|register-[a-z]+)\.[\w-]+\.js$/.test(n));
      for (const url of urls) {
        const mod = (await import(url)) as Record<string, unknown>;
        for (const v of Object.values(mod)) {
          const getChart = (v as { getChart?: (c: HTMLCanvasElement) => unknown } | null)?.getChart;
          const chart = typeof getChart === 'function' ? getChart(canvas) : undefined;
          if (chart) return chart;
        }
      }
      return undefined;
    };
  });
}

/**
 * Waits, frame by frame, until the chart on the canvas matched by `selector` has been created and stopped
 * animating. Returns whether it was still animating when it was found.
 *
 * `clickFirst`: the chart's box is scrolled into view from inside the page (chart.js loads when it comes near)
 * and that element is clicked in the first frame the chart exists, to act on a chart while it animates in.
 * `repaint`: at rest, the chart is drawn once more from what it holds (`chart.render()`, as a hover
 * or a scroll would), so the canvas cannot show a picture the chart has since replaced.
 */
export async function chartAtRest(
  page: Page,
  selector: string,
  { clickFirst = '', repaint = false }: { clickFirst?: string; repaint?: boolean } = {},
): Promise<boolean> {
  await installChartLookup(page);
  return page.evaluate(
    async ([sel, click, redraw]) => {
      type Anim = { active(): boolean };
      type Animated = { $animations?: Record<string, Anim>; options?: { $animations?: Record<string, Anim> } };
      type ChartLike = {
        data: { datasets: unknown[] };
        getDatasetMeta(i: number): { data: Animated[] };
        render(): void;
      };
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const findChart = (window as unknown as { __chartOn: ChartLookup }).__chartOn as (
        selector: string,
      ) => Promise<ChartLike | undefined>;
      const running = (anims: Record<string, Anim> | undefined) => Object.values(anims ?? {}).some((a) => a.active());
      const animating = (chart: ChartLike) =>
        chart.data.datasets.some((_, i) =>
          chart.getDatasetMeta(i).data.some((el) => running(el.$animations) || running(el.options?.$animations)),
        );
      if (click) document.querySelector(sel!)?.parentElement?.scrollIntoView({ block: 'center' });
      let chart = await findChart(sel!);
      while (!chart) {
        await frame();
        chart = await findChart(sel!);
      }
      const wasAnimating = animating(chart);
      if (click) document.querySelector<HTMLElement>(click)!.click();
      while (animating(chart)) await frame();
      if (redraw) {
        // What finishing animations hand back to the chart arrives in promise callbacks after their last frame.
        await frame();
        chart.render();
      }
      return wasAnimating;
    },
    [selector, clickFirst, repaint] as const,
  );
}

/** How many pixels of a canvas are not transparent: more than a few hundred means something was drawn. */
export function inkedPixels(canvas: Locator): Promise<number> {
  return canvas.evaluate((c: HTMLCanvasElement) => {
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
    return n;
  });
}
