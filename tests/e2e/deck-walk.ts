/**
 * One walk through every slide of a deck, with every check that looks at a slide as the room sees it.
 *
 * The checks used to walk the decks one spec at a time (fit, type floor, slides as slides, broken words: nine
 * walks over every deck). Now one walk per deck and size runs them all inside the page, slide by slide, and
 * returns what it found; workshop-slides.spec.ts runs one test per deck (walking it at each projector size),
 * so Playwright's workers share the decks.
 *
 * What each check asks (issue 12):
 * - fit: the slide is shown, fills the window, the page does not scroll, nothing overflows or sticks out;
 * - floor: every text, field and chart is drawn at `floor` px or more (a scaled-down island counts at its
 *   drawn size);
 * - slides: no "(vervolg)" in a title, no paragraph of lesson prose, no link that looks like a link, and a
 *   slide of a few short points (`slide--sparse`) in larger type;
 * - words: no word drawn on two lines without a hyphen (soft hyphen, slash or dash) to break at.
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { sitePaths } from './pages';

/** Paths of the projector decks, e.g. 'workshop/vergiftigd-geschenk/'. */
export const decks = sitePaths().filter((p) => /^workshop\/[^/]+\/$/.test(p));

export interface DeckChecks {
  /** Smallest drawn font size allowed, in px. */
  floor: number;
  /** Also check that slides read as slides (done at the designed size, 1280×720). */
  slides?: boolean;
  /** Also look for words broken across two lines. */
  words?: boolean;
}

/** Longest paragraph (characters) allowed on a slide outside islands, figures and quiz answers. */
export const SLIDE_LINE = 160;

interface Walker {
  deckWalk: (checks: DeckChecks & { line: number }) => Promise<string[]>;
  brokenWords: (el: Element) => string[];
}

/**
 * Puts `deckWalk` and `brokenWords` on the page (as an init script, so it is there after every navigation).
 * Self-contained: Playwright sends this function to the page as text.
 */
export function installDeckWalk(): void {
  const w = window as unknown as Walker;
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const hidden = (node: Element) => node.closest('.visually-hidden, [hidden], option, script, style') !== null;

  w.brokenWords = (el) => {
    const out: string[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    // Two rects of one word more than half a line apart stand on two lines.
    const lineGap = (node: HTMLElement) => parseFloat(getComputedStyle(node).fontSize) * 0.5;
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const parent = node.parentElement!;
      if (parent.closest('.visually-hidden, [hidden], script, style, option, svg')) continue;
      if (parent.getClientRects().length === 0) continue;
      for (const m of node.data.matchAll(/[^\s]+/g)) {
        const word = m[0];
        if (word.length < 4) continue;
        range.setStart(node, m.index);
        range.setEnd(node, m.index + word.length);
        const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => r.top);
        const lines = tops.length > 1 && Math.max(...tops) - Math.min(...tops) > lineGap(parent);
        if (lines && !/[-\u00ad/–—]/.test(word)) out.push(`“${word}” breaks across lines`);
      }
    }
    return out;
  };

  const fit = (slide: HTMLElement): string[] => {
    const found: string[] = [];
    if (!slide.classList.contains('is-current')) found.push('not shown');
    const doc = document.scrollingElement!;
    if (doc.scrollHeight > innerHeight + 1 || doc.scrollWidth > innerWidth + 1) found.push('the page scrolls');
    const box = slide.getBoundingClientRect();
    if (box.width < innerWidth - 1 || box.height < innerHeight - 1) found.push('slide does not fill the window');
    const body = slide.querySelector<HTMLElement>('.slide__body, .slide__title-layout');
    if (body && (body.scrollHeight > body.clientHeight + 1 || body.scrollWidth > body.clientWidth + 1))
      found.push(
        `content overflows by ${body.scrollHeight - body.clientHeight}×${body.scrollWidth - body.clientWidth} px`,
      );
    for (const el of slide.querySelectorAll<HTMLElement>('*')) {
      if (el.closest('.visually-hidden, [hidden]')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.left < box.left - 1 || r.top < box.top - 1 || r.right > box.right + 1 || r.bottom > box.bottom + 1) {
        found.push(`<${el.tagName.toLowerCase()} class="${el.className}"> sticks out of the slide`);
        break;
      }
    }
    return found;
  };

  const typeFloor = (slide: HTMLElement, floor: number): string[] => {
    const found: string[] = [];
    // The drawn size: the computed size times any scaling (zoom) between the element and the page.
    const drawn = (node: HTMLElement) => {
      const px = parseFloat(getComputedStyle(node).fontSize);
      const scale = node.offsetHeight > 0 ? node.getBoundingClientRect().height / node.offsetHeight : 1;
      return px * (Number.isFinite(scale) && scale > 0 ? Math.min(1, scale) : 1);
    };
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const text = walker.currentNode.textContent!.trim();
      const parent = walker.currentNode.parentElement!;
      if (!text || hidden(parent)) continue;
      if (parent.getClientRects().length === 0 || getComputedStyle(parent).visibility === 'hidden') continue;
      const px = drawn(parent);
      if (px < floor - 0.5) found.push(`“${text.slice(0, 30)}” is ${px.toFixed(1)} px`);
    }
    // Fields show their value as text; chart ticks are drawn at the canvas's font size.
    for (const node of slide.querySelectorAll<HTMLElement>('input, select, canvas')) {
      if (node.getClientRects().length === 0 || node.closest('[hidden]')) continue;
      const px = drawn(node);
      if (px < floor - 0.5) found.push(`<${node.tagName.toLowerCase()}> is ${px.toFixed(1)} px`);
    }
    return found.slice(0, 3);
  };

  const asSlide = (slide: HTMLElement, line: number): string[] => {
    const out: string[] = [];
    // Titles as drawn, pseudo-elements included (a "(vervolg)" may come from CSS).
    const drawnText = (node: Element) =>
      `${getComputedStyle(node, '::before').content} ${(node as HTMLElement).innerText} ${getComputedStyle(node, '::after').content}`;
    for (const title of slide.querySelectorAll('h2, [data-slide-head]'))
      if (/vervolg/i.test(drawnText(title))) out.push(`title “${(title as HTMLElement).innerText}”`);
    for (const p of slide.querySelectorAll<HTMLElement>('.slide__content p')) {
      if (p.closest('.deck-island, figure, .quiz, .deck-phone, [hidden]')) continue;
      if (p.innerText.trim().length > line) out.push(`paragraph “${p.innerText.slice(0, 40)}…”`);
    }
    for (const a of slide.querySelectorAll<HTMLElement>('.slide__inner a')) {
      if (a.closest('.deck-island') || a.getClientRects().length === 0) continue;
      const style = getComputedStyle(a);
      const around = getComputedStyle(a.parentElement!);
      if (style.textDecorationLine !== 'none' || style.color !== around.color)
        out.push(`link “${a.innerText.slice(0, 30)}” looks like a link`);
    }
    if (slide.classList.contains('slide--sparse')) {
      const li = slide.querySelector('.slide-points li');
      const px = li ? parseFloat(getComputedStyle(li).fontSize) : 0;
      // 28 px is the designed size at 1280×720; a slide of three short points goes well beyond it.
      if (px < 36) out.push(`sparse slide's points only ${px.toFixed(0)} px`);
    }
    return out;
  };

  w.deckWalk = async ({ floor, slides: checkSlides, words, line }) => {
    const problems: string[] = [];
    const all = [...document.querySelectorAll<HTMLElement>('[data-deck-stage] > .slide')];
    for (let i = 0; i < all.length; i++) {
      const slide = all[i]!;
      const name = `dia ${i + 1} (${slide.dataset['name']})`;
      location.hash = `#/${i + 1}`;
      // The deck shows the slide, its islands hydrate once visible (Astro then drops `ssr`), and the fitter
      // gets a frame after that. Frames, not a clock: on a busy machine they only come later.
      await frame();
      let waited = 0;
      const ready = () => slide.classList.contains('is-current') && !slide.querySelector('astro-island[ssr]');
      while (!ready() && waited++ < 1000) await frame();
      if (!ready()) {
        problems.push(`${name}: not shown with its islands hydrated after 1000 frames`);
        continue;
      }
      await frame();
      const found = [...fit(slide), ...typeFloor(slide, floor)];
      if (checkSlides) found.push(...asSlide(slide, line));
      if (words) found.push(...w.brokenWords(slide));
      for (const f of found) problems.push(`${name}: ${f}`);
    }
    return problems;
  };
}

/** A projector size and the checks that apply at it. */
export interface ProjectorSize {
  width: number;
  height: number;
  checks: DeckChecks;
}

/**
 * Opens `deck` at the first size and walks every slide, then makes the window each next size (as when a
 * projector is plugged in after the deck was opened: the slides must fit again) and walks again. Returns what
 * it found, each line starting with the size.
 */
export async function walkDeck(page: Page, deck: string, sizes: ProjectorSize[]): Promise<string[]> {
  const problems: string[] = [];
  await page.addInitScript(installDeckWalk);
  for (const [i, { width, height, checks }] of sizes.entries()) {
    await page.setViewportSize({ width, height });
    if (i === 0) {
      await page.goto(deck);
      await expect(page.locator('.deck.is-live')).toHaveCount(1);
    }
    const found = await page.evaluate((c) => (window as unknown as Walker).deckWalk(c), {
      ...checks,
      line: SLIDE_LINE,
    });
    problems.push(...found.map((f) => `${width}×${height} ${f}`));
  }
  return problems;
}

/** `brokenWords` on a given element of the current page (installed by walkDeck's init script). */
export function brokenWordsIn(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((s) => (window as unknown as Walker).brokenWords(document.querySelector(s)!), selector);
}
