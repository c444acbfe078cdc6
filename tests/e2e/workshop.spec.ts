/**
 * Journey: a trainer gives a workshop. The keys of the common presentation tools work (and leave form fields
 * alone); the projector and presenter windows stay in step; the deck prints as a handout; the planner starts a
 * deck; axe finds nothing. (That every slide fits and reads from the back row: workshop-slides.spec.ts.)
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { decks } from './deck-walk';
import { sitePaths } from './pages';

const firstDeck = decks[0]!;
const presenterOf = (deck: string) => `${deck}presentator/`;

/** The current slide's number (1-based) as the page shows it. */
const currentSlide = (page: Page) =>
  page
    .locator('.slide.is-current')
    .getAttribute('data-slide')
    .then((s) => Number(s) + 1);

/** Waits until the window shows slide n (1-based) and the URL says so. */
async function expectSlide(page: Page, n: number): Promise<void> {
  // The deck's script has started (keys work) once the deck is marked live.
  await expect(page.locator('.deck.is-live')).toHaveCount(1);
  await expect(page.locator('.slide.is-current')).toHaveAttribute('data-slide', String(n - 1));
  await expect(page).toHaveURL(new RegExp(`#/${n}$`));
}

/** Opens a second window in the same browser context, watched for console errors like the first. */
async function secondWindow(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors };
}

test('there is a deck for every lesson', async () => {
  const lessons = sitePaths().filter((p) => /^lessen\/[^/]+\/$/.test(p));
  expect(decks.length).toBeGreaterThan(0);
  expect(decks.map((d) => d.split('/')[1]).sort()).toEqual(lessons.map((l) => l.split('/')[1]).sort());
});

test('keys move, jump, black out, and open the overview and help', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(firstDeck);
  const total = await page.locator('[data-deck-stage] > .slide').count();
  expect(total).toBeGreaterThan(5);
  await expectSlide(page, 1);
  for (const key of ['ArrowRight', 'Space', 'PageDown', 'ArrowDown']) {
    const before = await currentSlide(page);
    await page.keyboard.press(key);
    await expectSlide(page, before + 1);
  }
  for (const key of ['ArrowLeft', 'PageUp', 'ArrowUp']) {
    const before = await currentSlide(page);
    await page.keyboard.press(key);
    await expectSlide(page, before - 1);
  }
  await page.keyboard.press('End');
  await expectSlide(page, total);
  await page.keyboard.press('Home');
  await expectSlide(page, 1);
  // A number, then Enter.
  const target = Math.min(total, 12);
  for (const digit of String(target)) await page.keyboard.press(digit);
  await page.keyboard.press('Enter');
  await expectSlide(page, target);

  // Back and forward walk the slides.
  await page.goBack();
  await expectSlide(page, 1);
  await page.goForward();
  await expectSlide(page, target);

  // Blackout: B and the clicker's '.', Esc too.
  const black = page.locator('[data-blackout]');
  await expect(black).toBeHidden();
  await page.keyboard.press('b');
  await expect(black).toBeVisible();
  await page.keyboard.press('b');
  await expect(black).toBeHidden();
  await page.keyboard.press('.');
  await expect(black).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(black).toBeHidden();

  // Overview: O opens it, a slide in it jumps there, Esc closes.
  await page.keyboard.press('o');
  const overview = page.getByRole('dialog', { name: /Overzicht/ });
  await expect(overview).toBeVisible();
  await expect(overview.getByRole('button')).toHaveCount(total + 1); // every slide, and "Sluiten"
  await page.keyboard.press('ArrowRight'); // keys belong to the dialog now
  await expectSlide(page, target);
  await page.keyboard.press('Escape');
  await expect(overview).toBeHidden();
  await page.keyboard.press('o');
  await overview.getByRole('button', { name: /^2\b/ }).click();
  await expect(overview).toBeHidden();
  await expectSlide(page, 2);

  // F asks for fullscreen, and F again leaves it.
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);

  // Help: ? lists the keys, Esc closes.
  await page.keyboard.press('Shift+?');
  const help = page.getByRole('dialog', { name: 'Toetsen' });
  await expect(help).toBeVisible();
  for (const text of ['volgende dia', 'vorige dia', 'Enter', 'zwart', 'overzicht', 'volledig scherm', 'Esc']) {
    await expect(help).toContainText(text);
  }
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

test('a slide change is announced and paints in the same frame', async ({ page }) => {
  await page.goto(firstDeck);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-deck-status]')).toHaveText(/^Dia 2 van \d+: .+/);
  // Measure: from the key press to the next animation frame, the new slide must already be current.
  const sameFrame = await page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const before = document.querySelector('.slide.is-current')!.getAttribute('data-slide');
        document.addEventListener(
          'keydown',
          () =>
            requestAnimationFrame(() => {
              const after = document.querySelector('.slide.is-current')!.getAttribute('data-slide');
              resolve(after === String(Number(before) + 1));
            }),
          { once: true, capture: true },
        );
        document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      }),
  );
  expect(sameFrame).toBe(true);
});

test('the quiz answer is revealed by the next key, then the deck moves on', async ({ page }) => {
  await page.goto(firstDeck);
  const quiz = page.locator('.slide--quiz').first();
  const index = Number(await quiz.getAttribute('data-slide'));
  await page.goto(`${firstDeck}#/${index + 1}`);
  await expect(quiz.locator('[data-quiz-answer]')).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(quiz.locator('[data-quiz-answer]')).toBeVisible();
  await expect(quiz.locator('.quiz__option[data-correct]')).toContainText('(juist)');
  await expectSlide(page, index + 1);
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, index + 2);
});

/** A deck with a text field on one of its slides (a calculator), and that slide's number. */
async function deckWithField(page: Page): Promise<{ deck: string; slide: number }> {
  for (const deck of decks) {
    await page.goto(deck);
    const slide = await page.evaluate(() => {
      const slides = [...document.querySelectorAll('[data-deck-stage] > .slide')];
      return slides.findIndex((s) => s.querySelector('input:not([type=checkbox]):not([type=radio]), textarea'));
    });
    if (slide >= 0) return { deck, slide: slide + 1 };
  }
  throw new Error('No deck has a text field on a slide: the lessons with a calculator should provide one.');
}

test('typing into a field on a slide does not turn the slide', async ({ page }) => {
  const { deck, slide } = await deckWithField(page);
  await page.goto(`${deck}#/${slide}`);
  await expectSlide(page, slide);
  const field = page
    .locator('.slide.is-current')
    .locator('input:not([type=checkbox]):not([type=radio]), textarea')
    .first();
  await expect(field).toBeEditable();
  await field.click();
  await field.press('End');
  // Letters, digits and separators are typed; B and PageDown are the clicker's even here
  // (workshop-input.spec.ts).
  await page.keyboard.type(' 12 fo.?');
  for (const key of ['ArrowLeft', 'ArrowRight', 'Space', 'Home', 'End', 'Enter'])
    await page.keyboard.press(key);
  await expectSlide(page, slide);
  await expect(page.locator('[data-blackout]')).toBeHidden();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('presenter and projector stay in step: slide, blackout, quiz and reloads', async ({ page, context }) => {
  test.setTimeout(90_000); // two windows and two reloads: ~16 s idle, ~35 s on a busy machine
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${firstDeck}#/1`);
  const { page: presenter, errors } = await secondWindow(context);
  await presenter.setViewportSize({ width: 1280, height: 720 });
  await presenter.goto(`${presenterOf(firstDeck)}#/1`);
  await expect(presenter.locator('.presenter__bar')).toBeVisible();
  await expect(presenter.locator('.slide.is-next')).toHaveAttribute('data-slide', '1');

  // The presenter drives.
  await presenter.keyboard.press('ArrowRight');
  await expectSlide(presenter, 2);
  await expectSlide(page, 2);
  await presenter.getByRole('button', { name: /Volgende/ }).click();
  await expectSlide(page, 3);
  await expect(presenter.locator('[data-position]')).toHaveText(/^Dia 3 van/);
  // The projector drives too.
  await page.keyboard.press('ArrowLeft');
  await expectSlide(presenter, 2);

  // Blackout from the presenter shows black on the projector, and back.
  await presenter.keyboard.press('b');
  await expect(page.locator('[data-blackout]')).toBeVisible();
  await expect(presenter.getByRole('button', { name: 'Zwart' })).toHaveAttribute('aria-pressed', 'true');
  await presenter.keyboard.press('b');
  await expect(page.locator('[data-blackout]')).toBeHidden();

  // A quiz answer revealed in the presenter appears on the projector.
  const quizIndex = Number(await page.locator('.slide--quiz').first().getAttribute('data-slide'));
  for (const digit of String(quizIndex + 1)) await presenter.keyboard.press(digit);
  await presenter.keyboard.press('Enter');
  await expectSlide(page, quizIndex + 1);
  await presenter.locator('.slide.is-current').getByRole('button', { name: 'Toon het antwoord' }).click();
  await expect(page.locator('.slide.is-current [data-quiz-answer]')).toBeVisible();

  // Reloading either window keeps the position (and the blackout).
  await presenter.keyboard.press('b');
  await expect(page.locator('[data-blackout]')).toBeVisible();
  await page.reload();
  await expectSlide(page, quizIndex + 1);
  await expect(page.locator('[data-blackout]')).toBeVisible();
  await expect(page.locator('.slide.is-current [data-quiz-answer]')).toBeVisible();
  await presenter.keyboard.press('b');
  await presenter.reload();
  await expectSlide(presenter, quizIndex + 1);
  await page.keyboard.press('Home');
  await expectSlide(presenter, 1);
  await expect(page.locator('[data-blackout]')).toBeHidden();
  expect(errors, 'console errors in the presenter window').toEqual([]);
});

test('a calculator input typed in the presenter appears on the projector, also after a reload', async ({
  page,
  context,
}) => {
  // Two windows, a reload and a headless tab in the background (see below): more than the default 30 s.
  test.setTimeout(90_000);
  const { deck, slide } = await deckWithField(page);
  await page.goto(`${deck}#/${slide}`);
  const { page: presenter, errors } = await secondWindow(context);
  await presenter.goto(`${presenterOf(deck)}#/${slide}`);
  const fieldIn = (p: Page) =>
    p.locator('.slide.is-current').locator('input:not([type=checkbox]):not([type=radio]), textarea').first();
  // An island has hydrated when Astro removes its `ssr` attribute. It joins the sync (and reads the URL) in
  // effects, which Preact runs after the next frame; typing before that is not synced, so wait for them too.
  const hydrated = async (p: Page) => {
    await expect(p.locator('.slide.is-current astro-island').first()).not.toHaveAttribute('ssr');
    await p.bringToFront(); // a window in the background gets no animation frames
    await p.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))),
    );
  };
  await hydrated(presenter);
  await hydrated(page);
  await expect(fieldIn(presenter)).toBeEditable();
  await expect(fieldIn(page)).toBeEditable();
  await fieldIn(presenter).fill('2500');
  await expect(fieldIn(page)).toHaveValue('2500');
  await fieldIn(presenter).press('End');
  await presenter.keyboard.type('0');
  await expect(fieldIn(page)).toHaveValue('25000');
  // The projector reloads (a cable came loose): it comes back with what was typed.
  await page.reload();
  await expectSlide(page, slide);
  // Before hydration the field would show what the browser restored on its own, not what the sync brought.
  await hydrated(page);
  await expect(fieldIn(page)).toHaveValue('25000');
  // And the projector can drive the field too.
  await fieldIn(page).fill('300');
  // In a workshop both windows are on screen. Here they are two tabs of one headless window, and the one
  // behind gets its timers (and so its re-render) delayed by seconds: bring it forward, and allow for that.
  await presenter.bringToFront();
  await expect(fieldIn(presenter)).toHaveValue('300', { timeout: 15_000 });
  // The presenter keeps the island at a size to type in, scrolling inside the slide, not the page.
  expect(await presenter.evaluate(() => document.scrollingElement!.scrollHeight <= innerHeight + 1)).toBe(true);
  expect(errors, 'console errors in the presenter window').toEqual([]);
});

test('an answer in the myth quiz given in the presenter shows on the projector', async ({ page, context }) => {
  // The deck whose lesson embeds the myth quiz (lesson 6).
  let found: { deck: string; slide: number } | undefined;
  for (const deck of decks) {
    await page.goto(deck);
    const index = await page.evaluate(() =>
      [...document.querySelectorAll('[data-deck-stage] > .slide')].findIndex((s) => s.querySelector('.myth-quiz')),
    );
    if (index >= 0) found = { deck, slide: index + 1 };
  }
  expect(found, 'a deck with the myth quiz').toBeDefined();
  const { deck, slide } = found!;
  await page.goto(`${deck}#/${slide}`);
  const { page: presenter, errors } = await secondWindow(context);
  await presenter.goto(`${presenterOf(deck)}#/${slide}`);
  const quizIn = (p: Page) => p.locator('.slide.is-current .myth-quiz');
  await expect(quizIn(presenter).getByRole('button', { name: 'Fabel' })).toBeEnabled();
  await expect(quizIn(page).getByRole('button', { name: 'Fabel' })).toBeEnabled();
  await quizIn(presenter).getByRole('button', { name: 'Fabel' }).click();
  await expect(quizIn(page).getByRole('button', { name: 'Fabel' })).toHaveAttribute('aria-pressed', 'true');
  await expect(quizIn(page).locator('.myth-quiz__feedback')).toContainText(/Goed!|Mis\./);
  await quizIn(presenter).getByRole('button', { name: 'Volgende stelling' }).click();
  await expect(quizIn(page).locator('.myth-quiz__counter')).toHaveText(/^Stelling 2 van/);
  expect(errors, 'console errors in the presenter window').toEqual([]);
});

test('the presenter window shows notes, the next slide, the clock and the plan', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${presenterOf(firstDeck)}#/3`);
  await expect(page.locator('.slide.is-current')).toHaveAttribute('data-slide', '2');
  await expect(page.locator('.slide.is-next')).toHaveAttribute('data-slide', '3');
  await expect(page.locator('.presenter__note:not([hidden])')).toHaveCount(1);
  await expect(page.locator('.presenter__note:not([hidden])')).toHaveAttribute('data-notes-for', '2');
  expect(
    parseFloat(await page.locator('.presenter__notes').evaluate((el) => getComputedStyle(el).fontSize)),
  ).toBeGreaterThanOrEqual(20);
  await expect(page.locator('[data-clock]')).toHaveText(/^\d{2}:\d{2}$/);
  await expect(page.locator('[data-plan]')).toHaveText(/\d+ (min|uur)/);
  await expect(page.locator('[data-pace]')).toHaveText('nog niet gestart');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-pace]')).toHaveText(/op schema|min (voor|achter)/);
  await expect(page.locator('[data-elapsed]')).toHaveText(/^\d+:\d{2}$/);
  // The window fits a laptop screen without scrolling.
  expect(await page.evaluate(() => document.scrollingElement!.scrollHeight <= innerHeight + 1)).toBe(true);
});

test('the deck prints as a handout: every slide with its notes', async ({ page }) => {
  await page.goto(firstDeck);
  await page.emulateMedia({ media: 'print' });
  const slides = page.locator('[data-deck-stage] > .slide');
  const count = await slides.count();
  for (let i = 0; i < count; i++) await expect(slides.nth(i)).toBeVisible();
  await expect(page.locator('.slide-notes').first()).toBeVisible();
  await expect(page.locator('.deck__controls')).toBeHidden();
  await expect(page.locator('[data-quiz-answer]').first()).toBeVisible();
});

test('the title slide links phones to the lesson with a QR code', async ({ page }) => {
  await page.goto(firstDeck);
  const qr = page.locator('.slide--title svg.qr');
  await expect(qr).toBeVisible();
  await expect(qr).toHaveAttribute('aria-label', /QR-code/);
  await expect(page.locator('.slide--title .slide__url')).toContainText(`lessen/${firstDeck.split('/')[1]}`);
});

test('no animation under reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(firstDeck);
  await page.keyboard.press('ArrowRight');
  const animation = await page.locator('.slide.is-current').evaluate((el) => getComputedStyle(el).animationName);
  expect(animation).toBe('none');
});

test('the planner adds up minutes and starts the chosen lessons as one workshop', async ({ page }) => {
  await page.goto('workshop/');
  const boxes = page.locator('input[name="les"]');
  const count = await boxes.count();
  expect(count).toBe(decks.length);
  // A first visit opens on a plan that fits its time (issue 12), never on an error.
  await expect(page.locator('[data-total]')).toContainText(/\d+ (les|lessen)/);
  await expect(page.locator('[data-verdict]')).toHaveText(/^Je houdt .* over/);
  // The closing "plan maken" block adds its 10 minutes.
  const totalText = await page.locator('[data-total]').textContent();
  await page.getByLabel(/plan maken/).check();
  await expect(page.locator('[data-total]')).toContainText('en plan maken');
  await expect(page.locator('[data-total]')).not.toHaveText(totalText!);
  await page.getByLabel(/plan maken/).uncheck();
  const field = page.getByLabel(/Beschikbare tijd/);
  await field.fill('abc');
  await expect(page.locator('#beschikbaar-fout')).toHaveText(/aantal minuten/);
  await field.fill('10');
  await expect(page.locator('#beschikbaar-fout')).toHaveText(/minstens 15/);
  await field.fill('5');
  await field.fill('20');
  await expect(page.locator('#beschikbaar-fout')).toHaveText('');
  for (let i = 0; i < count; i++) await boxes.nth(i).uncheck();
  await expect(page.locator('[data-verdict]')).toHaveText('Kies minstens één les.');
  await expect(page.getByRole('link', { name: 'Start de presentatie' })).toBeHidden();
  await boxes.first().check();
  if (count > 1) await boxes.nth(1).check();
  const start = page.getByRole('link', { name: 'Start de presentatie' });
  await expect(start).toHaveAttribute('href', count > 1 ? /\?reeks=[^#]+,[^#]+#\/1$/ : /#\/1$/);
  // The choice survives a reload.
  await page.reload();
  await expect(boxes.first()).toBeChecked();
  if (count > 2) await expect(boxes.nth(2)).not.toBeChecked();
  await start.click();
  await expectSlide(page, 1);
  if (count > 1) {
    // At the end of the first lesson, "next" opens the second.
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/\/workshop\/[^/]+\/\?reeks=.*#\/1$/);
    await expect(page.locator('[data-next-lesson]')).toBeHidden();
  }
});

// The sweep in read.spec.ts checks every page as it loads (decks and presenters included); this one checks
// the states a trainer brings about: a later slide, the open dialogs, the presenter on the move.
test('axe finds no violations on the planner, a deck, an open dialog and the presenter', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('workshop/');
  await expectNoAxeViolations(page, 'planner');
  await page.goto(`${presenterOf(firstDeck)}#/4`);
  await page.waitForLoadState('networkidle');
  await page.keyboard.press('b');
  await expectNoAxeViolations(page, `${presenterOf(firstDeck)} slide 4, blacked out`);
  await page.keyboard.press('b');
  await page.goto(`${firstDeck}#/3`);
  await page.keyboard.press('ArrowRight');
  await expectNoAxeViolations(page, `${firstDeck} slide 4`);
  await page.keyboard.press('o');
  await expectNoAxeViolations(page, `${firstDeck} overview`);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+?');
  await expectNoAxeViolations(page, `${firstDeck} help`);
});
