/**
 * Journey: someone in the back row reads the projector (issue 12, defect 4). Every text on every slide of
 * every deck, calculators and chart ticks included, is at least 24 px at 1280×720 (and 1920×1080) and at
 * least 18 px at 1024×768, measured as drawn (a scaled-down island counts at its drawn size); the trainer's
 * reveal button is not shown to the audience.
 */
import { expect, test } from './fixtures';
import { sitePaths } from './pages';

const decks = sitePaths().filter((p) => /^workshop\/[^/]+\/$/.test(p));

const SIZES = [
  { width: 1280, height: 720, floor: 24 },
  { width: 1024, height: 768, floor: 18 },
  { width: 1920, height: 1080, floor: 24 },
];

for (const size of SIZES) {
  test(`every text on every slide is at least ${size.floor} px at ${size.width}×${size.height}`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: size.width, height: size.height });
    for (const deck of decks) {
      await page.goto(deck);
      await expect(page.locator('.deck.is-live')).toHaveCount(1);
      const total = await page.locator('[data-deck-stage] > .slide').count();
      const problems: string[] = [];
      for (let i = 0; i < total; i++) {
        await page.evaluate((n) => (location.hash = `#/${n}`), i + 1);
        const slide = page.locator(`[data-deck-stage] > .slide[data-slide="${i}"]`);
        await expect(slide).toHaveClass(/is-current/);
        // Islands hydrate when shown; measure them hydrated, after the fitter's frame.
        for (const island of await slide.locator('astro-island').all()) await expect(island).not.toHaveAttribute('ssr');
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const small = await slide.evaluate((el, floor) => {
          const found: string[] = [];
          // The drawn size: the computed size times any scaling (zoom) between the element and the page.
          const drawn = (node: HTMLElement) => {
            const px = parseFloat(getComputedStyle(node).fontSize);
            const scale = node.offsetHeight > 0 ? node.getBoundingClientRect().height / node.offsetHeight : 1;
            return px * (Number.isFinite(scale) && scale > 0 ? Math.min(1, scale) : 1);
          };
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {
            const text = walker.currentNode.textContent!.trim();
            const parent = walker.currentNode.parentElement!;
            if (!text || parent.closest('.visually-hidden, [hidden], option, script, style')) continue;
            if (parent.getClientRects().length === 0 || getComputedStyle(parent).visibility === 'hidden') continue;
            const px = drawn(parent);
            if (px < floor - 0.5) found.push(`“${text.slice(0, 30)}” ${px.toFixed(1)} px`);
          }
          // Fields show their value as text; chart ticks are drawn at the canvas's font size.
          for (const node of el.querySelectorAll<HTMLElement>('input, select, canvas')) {
            if (node.getClientRects().length === 0 || node.closest('[hidden]')) continue;
            const px = drawn(node);
            if (px < floor - 0.5) found.push(`<${node.tagName.toLowerCase()}> ${px.toFixed(1)} px`);
          }
          return found.slice(0, 3);
        }, size.floor);
        for (const s of small) problems.push(`${deck} dia ${i + 1}: ${s}`);
      }
      expect(problems, deck).toEqual([]);
    }
  });
}

test('the projector shows no trainer controls or links to the audience', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  for (const deck of decks.slice(0, 3)) {
    await page.goto(deck);
    await expect(page.locator('.deck.is-live')).toHaveCount(1);
    const quiz = page.locator('.slide--quiz').first();
    if ((await quiz.count()) === 0) continue;
    await page.evaluate((n) => (location.hash = `#/${n}`), Number(await quiz.getAttribute('data-slide')) + 1);
    await expect(quiz).toHaveClass(/is-current/);
    await expect(quiz.getByRole('button', { name: 'Toon het antwoord' })).toBeHidden();
    await expect(page.locator('.deck__controls')).toHaveCSS('opacity', '0');
  }
  // Links in slide text look like the text around them (nobody in the room can click them).
  const underlined = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-deck-stage] > .slide .slide__content a')].filter(
      (a) => getComputedStyle(a).textDecorationLine.includes('underline'),
    ).length,
  );
  expect(underlined).toBe(0);
});
