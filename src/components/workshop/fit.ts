/**
 * Makes a slide's content fit its box. The deck builder already spreads material over slides by estimate;
 * this corrects the estimate in the browser, synchronously when a slide is shown (so the first frame is
 * already right):
 * 1. the slide's `--fit` factor gets the largest text size that fits (body text between 24 and 34 px at
 *    1280×720, 28 px as designed; a slide of a few short points sets them larger in CSS, `.slide--sparse`);
 * 2. text that a component sets smaller than the floor (24 px at 1280×720) is raised to it, and the fit
 *    is found again;
 * 3. only if it still does not fit, islands are scaled down, and as a last resort the whole content is
 *    (never expected: the projector shows islands in a compact layout, deck-islands.css).
 * Fitting runs when a slide is shown, the window changes size or a slide's content really changes size
 * (watchFit), never in a loop.
 */

/** Smallest text scale: body text 2.2 units → 1.88 units (24 px on a 1280-wide screen). */
const FLOOR = 0.855;
/** Largest: a slide with little on it gets larger text (up to 34 px at 1280×720). */
const CEILING = 1.2;
/** The smallest text on a slide, in slide units (1 unit = 1 % of a 16:9 slide's width). */
const MIN_TEXT_UNITS = 1.88;

const overflows = (el: HTMLElement) => el.scrollHeight > el.clientHeight || el.scrollWidth > el.clientWidth;

/** The largest fit in [FLOOR, CEILING] at which `body` does not overflow (FLOOR if none). */
function bestFit(inner: HTMLElement, body: HTMLElement): number {
  const fits = (scale: number) => {
    inner.style.setProperty('--fit', String(scale));
    return !overflows(body);
  };
  if (fits(CEILING)) return CEILING;
  let low = FLOOR;
  let high = CEILING;
  // Bisection: at most six layouts of this one slide.
  for (let i = 0; i < 5; i++) {
    const mid = (low + high) / 2;
    if (fits(mid)) low = mid;
    else high = mid;
  }
  fits(low);
  return low;
}

/** Scales `el` down (never up) until `body` stops overflowing; an auto-width block still fills the width. */
function zoomToFit(el: HTMLElement, body: HTMLElement): void {
  for (let pass = 0; pass < 4 && overflows(body); pass++) {
    const room = Math.min(
      body.clientHeight / Math.max(1, body.scrollHeight),
      body.clientWidth / Math.max(1, body.scrollWidth),
    );
    const current = Number.parseFloat(el.style.getPropertyValue('zoom')) || 1;
    el.style.setProperty('zoom', String(Math.max(0.2, current * room * 0.98)));
  }
}

/** Raises text smaller than `floor` px (a component's own small print) to the floor; returns what it changed. */
function raiseSmallText(content: HTMLElement, floor: number): HTMLElement[] {
  const raised: HTMLElement[] = [];
  const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const el = walker.currentNode.parentElement;
    if (!el || !walker.currentNode.textContent?.trim() || el.closest('.deck-island') || raised.includes(el)) continue;
    if (Number.parseFloat(getComputedStyle(el).fontSize) < floor) {
      el.style.setProperty('font-size', `${floor}px`);
      raised.push(el);
    }
  }
  return raised;
}

/**
 * Fits one (visible) slide. With `zoomIslands: false` (the presenter window, where the trainer types into
 * the islands) islands keep their size and the slide body scrolls instead.
 */
export function fitSlide(slide: HTMLElement, { zoomIslands = true } = {}): void {
  const inner = slide.querySelector<HTMLElement>('.slide__inner');
  const body = slide.querySelector<HTMLElement>('.slide__body, .slide__title-layout');
  if (!inner || !body || slide.hidden) return;
  const content = body.querySelector<HTMLElement>('.slide__content') ?? body;
  for (const el of slide.querySelectorAll<HTMLElement>('[data-fit-raised], .deck-island__inner, .slide__content')) {
    el.style.removeProperty('zoom');
    el.style.removeProperty('--island-fit');
    if (el.hasAttribute('data-fit-raised')) {
      el.style.removeProperty('font-size');
      el.removeAttribute('data-fit-raised');
    }
  }
  bestFit(inner, body);
  const unit = Math.min(slide.clientWidth / 100, (slide.clientHeight * 16) / 9 / 100);
  const raised = raiseSmallText(content, Math.ceil(MIN_TEXT_UNITS * unit * 100) / 100);
  for (const el of raised) el.setAttribute('data-fit-raised', '');
  if (raised.length && overflows(body)) bestFit(inner, body);
  if (!overflows(body) || !zoomIslands) return;
  // Island text is already at the floor (deck-islands.css gives the projector fewer, larger fields), so an
  // island that still overflows is scaled down as a whole, never by making its text smaller than the floor.
  const islands = [...slide.querySelectorAll<HTMLElement>('.deck-island__inner')];
  for (const island of islands) zoomToFit(island, body);
  // Last resort, never expected with the deck builder's estimates: shrink everything rather than clip.
  if (overflows(body) && content !== body) zoomToFit(content, body);
}

/** How many refits the content's own size changes may cause between two user actions (a guard against loops). */
const CONTENT_REFITS = 8;

/** An element's laid-out size, as a key to compare. */
const sizeOf = (el: HTMLElement) => `${el.offsetWidth}×${el.offsetHeight}`;

/**
 * Fits the visible slides once when asked (`fit`: a slide shown, an answer revealed) and again only when
 * something really changed size: the window, or an island's content (hydrating, a result growing). Never in
 * a loop: the sizes the observed elements had when a fit ended are kept, and a ResizeObserver report of those
 * same sizes (the fit's own doing, or a scrollbar it caused) is ignored. As a last guard, content changes
 * cause at most CONTENT_REFITS refits until the next key, pointer or input event.
 */
export function watchFit(
  getVisible: () => HTMLElement[],
  options: { zoomIslands?: boolean } = {},
): { fit: () => void; refit: () => void } {
  const observed = new Set<HTMLElement>(
    document.querySelectorAll<HTMLElement>('.deck-island__inner, .quiz, [data-deck-stage] > .slide'),
  );
  const fitted = new WeakMap<HTMLElement, string>();
  let budget = CONTENT_REFITS;
  let queued = 0;

  /** Fits the visible slides now (synchronously, so the next frame is right) and notes the sizes it left. */
  const fit = () => {
    cancelAnimationFrame(queued);
    queued = 0;
    const visible = getVisible();
    for (const slide of visible) fitSlide(slide, options);
    for (const el of observed) if (visible.some((s) => s.contains(el))) fitted.set(el, sizeOf(el));
  };
  /** Fits the visible slides in the next frame (several requests in one frame fit once). */
  const refit = () => {
    if (!queued) queued = requestAnimationFrame(fit);
  };

  if ('ResizeObserver' in window) {
    const observer = new ResizeObserver((entries) => {
      const visible = getVisible();
      const changed = entries.some(({ target }) => {
        const el = target as HTMLElement;
        return visible.some((s) => s.contains(el)) && fitted.get(el) !== sizeOf(el);
      });
      if (!changed || budget <= 0) return;
      budget--;
      refit();
    });
    for (const el of observed) observer.observe(el);
  }
  // A new window size always counts; user actions renew the guard's budget.
  addEventListener('resize', () => {
    budget = CONTENT_REFITS;
    refit();
  });
  for (const type of ['keydown', 'pointerdown', 'input', 'change'])
    addEventListener(type, () => (budget = CONTENT_REFITS), { capture: true, passive: true });
  return { fit, refit };
}
