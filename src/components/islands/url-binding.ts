/**
 * Browser glue between a calculator instance and the page URL: on hydration, applies what the URL says
 * about this instance (validated by `readInstanceState`); after that, writes each change back with
 * `history.replaceState` (no new history entry per keystroke), a moment after the reader stops typing.
 */
import { linkNotice, readInstanceLink, writeInstanceState } from '../../lib/calculators/url-state';
import type { CalculatorInstance } from '../../stores/calculators';

/** How long the URL waits for typing to pause, ms. */
const WRITE_DELAY = 150;

/**
 * Keeps the reader's latest numbers for "Mijn plan". Loaded on the first change only, so a calculator page
 * that is just read ships none of the plan's code.
 */
function rememberForPlan<R>(instance: CalculatorInstance<R>): void {
  void import('../../stores/plan').then(({ rememberScenario }) =>
    rememberScenario(instance.def.kind, instance.$state.get()),
  );
}

/**
 * Connects an instance to the URL; returns the function that disconnects it. `onNotice` hears, once, the
 * line saying which parts of the link were not taken (null when all were).
 */
export function bindInstanceToUrl<R>(
  instance: CalculatorInstance<R>,
  onNotice: (notice: string | null) => void = () => {},
): () => void {
  const fromUrl = readInstanceLink(window.location.search, instance.id, instance.def);
  if (fromUrl.state) instance.setState(fromUrl.state);
  onNotice(linkNotice(fromUrl.problems, instance.def));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    const { pathname, search, hash } = window.location;
    const next = writeInstanceState(search, instance.id, instance.$state.get(), instance.def);
    if (next !== search) window.history.replaceState(window.history.state, '', `${pathname}${next}${hash}`);
  };
  const unlisten = instance.$state.listen(() => {
    clearTimeout(timer);
    timer = setTimeout(write, WRITE_DELAY);
    rememberForPlan(instance);
  });
  // A reload or a link copied right after typing should not miss the last keystroke.
  const flush = () => {
    if (timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
      write();
    }
  };
  window.addEventListener('pagehide', flush);
  return () => {
    flush();
    unlisten();
    window.removeEventListener('pagehide', flush);
  };
}
