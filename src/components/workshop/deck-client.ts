/**
 * The workshop deck in the browser, for both windows (projector and presenter): shows one slide at a time
 * (the presenter also the next one), keeps the URL per slide (`#/5`, back and forward work), handles the
 * keys (`src/lib/workshop/keys.ts`), the overview, help, blackout and fullscreen, reveals quiz answers, and
 * keeps both windows in step over BroadcastChannel (`src/lib/island-sync/sync.ts`): the slide, the blackout,
 * quiz reveals and every island that joined `$workshopIslands`.
 */
import { atom, type WritableAtom } from 'nanostores';
import { SYNC_CHANNEL } from '../../lib/island-sync/protocol';
import { createSync, type Sync } from '../../lib/island-sync/sync';
import { isDeckPosition, isFollowableSwitch, type DeckSwitch } from '../../lib/workshop/deck-position';
import { emptyJump, fieldKind, interpretKey, isControlTarget, type DeckAction } from '../../lib/workshop/keys';
import { startPointer } from './pointer-client';
import { parseReeks, reeksNeighbours, reeksQuery } from '../../lib/workshop/plan';
import { clampIndex, parseSlideRef, slideHash } from '../../lib/workshop/slide-index';
import { $deck } from '../../stores/deck';
import { $workshopIslands } from '../../stores/workshopIslands';
import { watchFit } from './fit';

/** What the page tells the script (JSON in `data-deck`). */
export interface DeckConfig {
  lesson: string;
  mode: 'projector' | 'presenter';
  total: number;
  /** The number of slides with its noun ("20 dia's"), written at build time. */
  size: string;
  planMinutes: number;
  projector: string;
  presenter: string;
  workshopBase: string;
  lessons: { id: string; title: string; minutes: number }[];
}

/** Reads the page's deck config; null when the page has no deck. */
export function readConfig(): { root: HTMLElement; config: DeckConfig } | null {
  const root = document.querySelector<HTMLElement>('[data-deck]');
  if (!root) return null;
  return { root, config: JSON.parse(root.dataset['deck'] ?? '{}') as DeckConfig };
}

/** Starts the deck on this page. */
export function startDeck(): void {
  const found = readConfig();
  if (!found) return;
  const { root, config } = found;
  const presenter = config.mode === 'presenter';
  const slides = [...root.querySelectorAll<HTMLElement>('[data-deck-stage] > .slide')];
  const total = slides.length;
  const known = config.lessons.map((l) => l.id);
  const reeks = parseReeks(location.search, known);
  const query = reeksQuery(reeks);
  const status = root.querySelector<HTMLElement>('[data-deck-status]')!;
  const blackout = root.querySelector<HTMLElement>('[data-blackout]')!;
  const overview = root.querySelector<HTMLDialogElement>('[data-overview]')!;
  const help = root.querySelector<HTMLDialogElement>('[data-help]')!;
  const notes = [...root.querySelectorAll<HTMLElement>('.presenter__note')];
  const toast = root.querySelector<HTMLElement>('[data-deck-toast]');

  let shown = -1;
  // How the next slide change should touch the browser history: a user's move adds an entry, a move from
  // the other window or from back/forward does not.
  let history_: 'push' | 'replace' | 'none' = 'replace';
  let jump = emptyJump;

  const visible = () => slides.filter((s) => !s.hidden);
  // In the presenter window the trainer types into the islands: they keep a usable size and scroll.
  const fitOptions = { zoomIslands: !presenter };
  const { fit, refit } = watchFit(visible, fitOptions);

  const urlFor = (mode: 'projector' | 'presenter', lesson: string, slide: number) =>
    `${config.workshopBase}${lesson}/${mode === 'presenter' ? 'presentator/' : ''}${query}${slideHash(slide)}`;

  /** Shows slide `i` (and, in the presenter, the next one as a preview). */
  const show = (i: number) => {
    slides.forEach((slide, k) => {
      const current = k === i;
      const next = presenter && k === i + 1;
      slide.hidden = !current && !next;
      slide.classList.toggle('is-current', current);
      slide.classList.toggle('is-next', next);
      // The preview's content is out of reach (focus, screen readers); the preview itself takes a click or
      // tap, which moves there (pointer-client.ts).
      slide.inert = false;
      const inner = slide.querySelector<HTMLElement>('.slide__inner');
      if (inner) inner.inert = next;
    });
    for (const note of notes) note.hidden = note.dataset['notesFor'] !== String(i);
    fit();
    const name = slides[i]?.dataset['name'] ?? '';
    status.textContent = `Dia ${i + 1} van ${total}: ${name}`;
    if (history_ !== 'none' && location.hash !== slideHash(i)) {
      const url = location.pathname + location.search + slideHash(i);
      if (history_ === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    shown = i;
  };

  const render = () => {
    const { slide, blackout: black } = $deck.get();
    if (slide !== shown) show(slide);
    blackout.hidden = !black;
    root.classList.toggle('is-blackout', black);
    for (const b of root.querySelectorAll('[data-action="blackout"]')) b.setAttribute('aria-pressed', String(black));
  };

  /** Moves to slide `i` as the user's own step (a history entry). */
  const go = (i: number) => {
    history_ = 'push';
    $deck.set({ ...$deck.get(), slide: clampIndex(i, total) });
    history_ = 'replace';
  };

  // Quiz answers: one small synced store per question.
  const quizzes = new Map<HTMLElement, WritableAtom<{ revealed: boolean }>>();
  for (const quiz of root.querySelectorAll<HTMLElement>('.quiz[data-quiz]')) {
    const $quiz = atom({ revealed: false });
    quizzes.set(quiz, $quiz);
    $quiz.subscribe(({ revealed }) => {
      quiz.classList.toggle('is-revealed', revealed);
      quiz.querySelector<HTMLElement>('[data-quiz-answer]')!.hidden = !revealed;
      const button = quiz.querySelector<HTMLElement>('[data-quiz-reveal]')!;
      button.setAttribute('aria-expanded', String(revealed));
      button.textContent = revealed ? 'Verberg het antwoord' : 'Toon het antwoord';
    });
  }
  const quizOf = (i: number) => {
    const el = slides[i]?.querySelector<HTMLElement>('.quiz');
    return el ? quizzes.get(el) : undefined;
  };

  // Moving on to another lesson of the workshop: this window follows its own switch through the listener,
  // the other window through the sync.
  const $switch = atom<DeckSwitch>({ from: '', to: '', slide: 0, at: 0 });
  const switchTo = (lesson: string, slide: number) =>
    $switch.set({ from: config.lesson, to: lesson, slide, at: Date.now() });
  $switch.listen((value) => {
    if (isFollowableSwitch(value, config.lesson, known, Date.now()))
      location.href = urlFor(config.mode, value.to, value.slide);
  });

  const openOther = () => {
    const mode = presenter ? 'projector' : 'presenter';
    window.open(
      urlFor(mode, config.lesson, $deck.get().slide),
      presenter ? 'vdl-publiek' : 'vdl-presentator',
      'popup=yes,width=1280,height=760',
    );
  };

  const toggleDialog = (dialog: HTMLDialogElement) => {
    if (dialog.open) return dialog.close();
    for (const d of [overview, help]) if (d.open) d.close();
    for (const item of overview.querySelectorAll('[data-goto]')) item.removeAttribute('aria-current');
    const current = overview.querySelector<HTMLElement>(`[data-goto="${$deck.get().slide}"]`);
    current?.setAttribute('aria-current', 'true');
    dialog.showModal();
    if (dialog === overview) current?.focus();
  };

  const run = (action: DeckAction) => {
    const { slide } = $deck.get();
    const around = reeksNeighbours(reeks, config.lesson);
    switch (action.type) {
      case 'next': {
        const quiz = quizOf(slide);
        if (quiz && !quiz.get().revealed) quiz.set({ revealed: true });
        else if (slide < total - 1) go(slide + 1);
        else if (around.next) switchTo(around.next, 0);
        break;
      }
      case 'prev':
        if (slide > 0) go(slide - 1);
        else if (around.previous) switchTo(around.previous, 9999);
        break;
      case 'first':
        go(0);
        break;
      case 'last':
        go(total - 1);
        break;
      case 'goto':
        // "99 Enter" in a deck of 20 slides says so instead of silently showing the last one.
        if (action.slide > total) say(`Dia ${action.slide} bestaat niet: deze presentatie heeft ${config.size}.`);
        else go(action.slide - 1);
        break;
      case 'blackout':
        $deck.set({ ...$deck.get(), blackout: !$deck.get().blackout });
        break;
      case 'fullscreen':
        if (document.fullscreenElement) void document.exitFullscreen();
        else void document.documentElement.requestFullscreen?.().catch(() => undefined);
        break;
      case 'overview':
        toggleDialog(overview);
        break;
      case 'help':
        toggleDialog(help);
        break;
      case 'close':
        if (overview.open || help.open) for (const d of [overview, help]) d.close();
        else if ($deck.get().blackout) $deck.set({ ...$deck.get(), blackout: false });
        break;
      case 'presenter':
        openOther();
        break;
      case 'leave':
        (document.activeElement as HTMLElement | null)?.blur();
        break;
    }
  };

  /** Shows a short message to the trainer (and tells screen readers) for a few seconds. */
  let toastTimer = 0;
  const say = (text: string) => {
    status.textContent = text;
    if (!toast) return;
    toast.textContent = text;
    toast.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = window.setTimeout(() => (toast.hidden = true), 4000);
  };

  /** Arrow keys, Home and End move the focus through the overview's grid (rows follow the layout). */
  const moveInOverview = (key: string): boolean => {
    const items = [...overview.querySelectorAll<HTMLElement>('[data-goto]')];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const firstTop = items[0]?.getBoundingClientRect().top ?? 0;
    const columns = Math.max(1, items.filter((el) => Math.abs(el.getBoundingClientRect().top - firstTop) < 2).length);
    const steps: Record<string, number> = {
      ArrowRight: 1,
      ArrowLeft: -1,
      ArrowDown: columns,
      ArrowUp: -columns,
      Home: -items.length,
      End: items.length,
    };
    const step = steps[key];
    if (step === undefined || items.length === 0) return false;
    const to = at < 0 ? 0 : Math.min(items.length - 1, Math.max(0, at + step));
    items[to]!.focus();
    items[to]!.scrollIntoView({ block: 'nearest' });
    return true;
  };

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.isComposing) return;
    const target = event.target instanceof HTMLElement ? event.target : null;
    if (overview.open && !event.ctrlKey && !event.metaKey && !event.altKey && moveInOverview(event.key)) {
      event.preventDefault();
      return;
    }
    // After "Toon het antwoord" focus stays on that button: Space then means "go on", as it does on the
    // slide, not "hide the answer again".
    const onReveal = Boolean(target?.closest('[data-quiz-reveal]'));
    const result = interpretKey(
      {
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        shiftKey: event.shiftKey,
        field: fieldKind(target as HTMLInputElement | null),
        onControl: !onReveal && isControlTarget(target),
      },
      jump,
      performance.now(),
    );
    jump = result.buffer;
    const action = result.action;
    if (!action) {
      if (result.handled) event.preventDefault();
      return;
    }
    // With a dialog open, only the keys that close or switch dialogs count; the rest belongs to the dialog.
    if ((overview.open || help.open) && !['close', 'help', 'overview', 'leave'].includes(action.type)) return;
    event.preventDefault();
    run(action);
  });

  root.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const goto = target?.closest<HTMLElement>('[data-goto]');
    if (goto) {
      overview.close();
      go(Number(goto.dataset['goto']));
      return;
    }
    const reveal = target?.closest('.quiz');
    if (reveal && target?.closest('[data-quiz-reveal]')) {
      const quiz = quizzes.get(reveal as HTMLElement);
      quiz?.set({ revealed: !quiz.get().revealed });
      return;
    }
    const button = target?.closest<HTMLElement>('[data-action]');
    const name = button?.dataset['action'];
    if (!name) return;
    if (name === 'audience') openOther();
    else run({ type: name } as DeckAction);
  });

  const fromUrl = () => {
    const i = parseSlideRef(location.hash, location.search, total);
    if (i === null || i === $deck.get().slide) return;
    history_ = 'none';
    $deck.set({ ...$deck.get(), slide: i });
    history_ = 'replace';
  };
  addEventListener('hashchange', fromUrl);
  addEventListener('popstate', fromUrl);

  // Touch, mouse and wheel: swipe, tap zones, click to advance; the projector's controls show on use.
  startPointer(root, presenter, (type) => run({ type }));

  // The last slide names the next lesson of the workshop, if any.
  const nextLesson = reeksNeighbours(reeks, config.lesson).next;
  const nextEl = root.querySelector<HTMLElement>('[data-next-lesson]');
  if (nextLesson && nextEl) {
    nextEl.textContent = `Volgende in deze workshop: ${config.lessons.find((l) => l.id === nextLesson)?.title ?? nextLesson}.`;
    nextEl.hidden = false;
  }

  $deck.set({ slide: parseSlideRef(location.hash, location.search, total) ?? 0, blackout: false });
  $deck.subscribe(render);

  if ('BroadcastChannel' in window) {
    const sync: Sync = createSync({ channel: new BroadcastChannel(SYNC_CHANNEL) });
    sync.join(`deck:${config.lesson}`, $deck, (v) => isDeckPosition(v, total));
    sync.join('switch', $switch, (v) => isFollowableSwitch(v, config.lesson, known, Date.now()));
    for (const [el, $quiz] of quizzes) {
      sync.join(
        `quiz:${el.dataset['quiz']}`,
        $quiz,
        (v) => typeof v === 'object' && v !== null && typeof (v as { revealed?: unknown }).revealed === 'boolean',
      );
    }
    const joined = new Map<string, () => void>();
    $workshopIslands.subscribe((islands) => {
      for (const [id, leave] of joined) {
        if (!(id in islands)) {
          leave();
          joined.delete(id);
        }
      }
      for (const [id, entry] of Object.entries(islands)) {
        if (!joined.has(id)) joined.set(id, sync.join(`island:${config.lesson}:${id}`, entry.target, entry.validate));
      }
      refit();
    });
    sync.hello();
  }
  // Live room (issue 16): only pages served by `npm run live` carry the marker, and only they load its code,
  // so the deck on a static host stays within its budget.
  if (document.querySelector('meta[name="vdl-live"]')) {
    const live = { lesson: config.lesson, mode: config.mode, total, known, root, quizzes, $switch };
    void import('./live-client').then(({ startLive }) => startLive(live));
  }

  // Venue Wi-Fi fails: load every island's code now, while the network is there, so islands further on
  // still hydrate when it is gone.
  const warm = () => {
    for (const island of document.querySelectorAll('astro-island')) {
      for (const attr of ['component-url', 'renderer-url']) {
        const url = island.getAttribute(attr);
        if (url) import(/* @vite-ignore */ url).catch(() => undefined);
      }
    }
  };
  if ('requestIdleCallback' in window) requestIdleCallback(warm);
  else setTimeout(warm, 1000);

  root.classList.add('is-live');
}
