/**
 * Journey: the room reads the slides (issue 12, defects 4 and 5). A walk per deck at each projector size checks
 * every slide as the room sees it (tests/e2e/deck-walk.ts): it fits without scrolling or overflow; every text,
 * field and chart tick is at least 24 px at 1280×720 and 1920×1080 and at least 18 px at 1024×768, measured as
 * drawn; at 1280×720 it reads as a slide (a counter instead of "(vervolg)", short lines, no links, few points in
 * large type); and at 1024×768 and 1280×720 no word breaks across lines without a hyphen, calculator labels
 * included. Also: the trainer's controls stay hidden from the audience, and the handout fills its pages.
 */
import { expect, test } from './fixtures';
import { brokenWordsIn, decks, installDeckWalk, walkDeck, type ProjectorSize } from './deck-walk';

const SIZES: ProjectorSize[] = [
  { width: 1280, height: 720, checks: { floor: 24, slides: true, words: true } },
  { width: 1024, height: 768, checks: { floor: 18, words: true } },
  { width: 1920, height: 1080, checks: { floor: 24 } },
];

for (const deck of decks) {
  test(`${deck}: every slide fits and reads from the back row at ${SIZES.map((s) => `${s.width}×${s.height}`).join(', ')}`, async ({
    page,
  }) => {
    test.setTimeout(120_000); // three walks over ~25 slides: ~20 s idle
    expect(await walkDeck(page, deck, SIZES)).toEqual([]);
  });
}

test('the broken-word detector finds a word the browser does break', async ({ page }) => {
  // So that "no broken words" above means something.
  await page.addInitScript(installDeckWalk);
  await page.goto(decks[0]!);
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'probe';
    p.style.cssText = 'width: 3em; overflow-wrap: anywhere; font-size: 20px';
    p.textContent = 'websitebezoekers zijn welkom';
    document.body.append(p);
  });
  expect(await brokenWordsIn(page, '#probe')).toContain('“websitebezoekers” breaks across lines');
});

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
  const underlined = await page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLElement>('[data-deck-stage] > .slide .slide__content a')].filter((a) =>
        getComputedStyle(a).textDecorationLine.includes('underline'),
      ).length,
  );
  expect(underlined).toBe(0);
});

test('the handout puts slides with short notes two or more to an A4 page', async ({ page }) => {
  test.setTimeout(120_000);
  // Lesson 1 has short notes on most slides; every slide still prints, each with its notes beside it.
  await page.goto('workshop/vergiftigd-geschenk/');
  await expect(page.locator('.deck.is-live')).toHaveCount(1);
  const slides = await page.locator('[data-deck-stage] > .slide').count();
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThan(0);
  expect(pages, `${slides} slides on ${pages} pages`).toBeLessThanOrEqual(Math.ceil(slides / 2));
  await page.emulateMedia({ media: 'print' });
  const beside = await page.evaluate(() => {
    const slide = document.querySelector<HTMLElement>('[data-deck-stage] > .slide')!;
    const notes = slide.nextElementSibling as HTMLElement;
    return (
      notes.classList.contains('slide-notes') &&
      notes.getBoundingClientRect().left >= slide.getBoundingClientRect().right
    );
  });
  expect(beside).toBe(true);
});
