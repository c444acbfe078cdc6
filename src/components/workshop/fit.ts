/**
 * Makes a slide's content fit its box. The deck builder already spreads material over slides by estimate;
 * this corrects the estimate in the browser: it sets the slide's `--fit` factor to the largest text size
 * that fits (body text between 24 and 34 px at 1280×720, 28 px as designed), and scales an island down when it is taller than
 * the room it has. Runs synchronously when a slide is shown, so the first frame is already right.
 */

/** Smallest text scale: body text 2.2 units → 1.88 units (24 px on a 1280-wide screen). */
const FLOOR = 0.855;
/** Largest: a slide with little on it gets larger text (up to 34 px at 1280×720). */
const CEILING = 1.2;

const overflows = (el: HTMLElement) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1;

/** Fits one (visible) slide. */
export function fitSlide(slide: HTMLElement): void {
  const inner = slide.querySelector<HTMLElement>('.slide__inner');
  const body = slide.querySelector<HTMLElement>('.slide__body, .slide__title-layout');
  if (!inner || !body || slide.hidden) return;
  // Islands first: they get the body's room, scaled down when taller, never up.
  for (const wrap of slide.querySelectorAll<HTMLElement>('.deck-island__inner')) {
    wrap.style.removeProperty('zoom');
    wrap.style.removeProperty('width');
  }
  // The largest scale that fits, by bisection: at most six layouts of this one slide.
  const fits = (scale: number) => {
    inner.style.setProperty('--fit', String(scale));
    return !overflows(body);
  };
  if (!fits(CEILING)) {
    let low = FLOOR;
    let high = CEILING;
    for (let i = 0; i < 5; i++) {
      const mid = (low + high) / 2;
      if (fits(mid)) low = mid;
      else high = mid;
    }
    fits(low);
  }
  for (const wrap of slide.querySelectorAll<HTMLElement>('.deck-island__inner')) {
    // Two passes: zooming reflows the island at its new width.
    for (let pass = 0; pass < 3 && overflows(body); pass++) {
      const room = body.clientHeight / Math.max(1, body.scrollHeight);
      const current = Number.parseFloat(wrap.style.getPropertyValue('zoom')) || 1;
      const zoom = Math.max(0.3, current * room * 0.98);
      wrap.style.setProperty('zoom', String(zoom));
      wrap.style.setProperty('width', `${100 / zoom}%`);
    }
  }
}

/** Refits `slides` whenever their content changes size (an island hydrating, an answer revealed). */
export function watchFit(getVisible: () => HTMLElement[]): { refit: () => void } {
  let queued = false;
  const refit = () => {
    queued = false;
    for (const slide of getVisible()) fitSlide(slide);
  };
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(refit);
  };
  if ('ResizeObserver' in window) {
    const observer = new ResizeObserver(schedule);
    for (const el of document.querySelectorAll<HTMLElement>('.deck-island__inner, .quiz, .slide')) observer.observe(el);
  }
  addEventListener('resize', schedule);
  return { refit };
}
