/**
 * Makes worked examples live, in two steps so that reading a lesson costs little. This file (loaded by
 * `ExampleLive.astro` when an example nears the screen) only turns each `<Num>` into a spinbutton inside its
 * sentence, from the label and range the build wrote on it, and shows the example's buttons. The scenario, its
 * model and the rest of the behaviour (`./edit.ts`, bundled apart: src/integrations/example-edit.ts) load
 * when the reader first focuses, clicks or types in an example, and every action waits for them. Until then
 * the page shows the numbers the build computed, which are the example's own.
 */
import loadEdit from 'virtual:example-edit';
import type { EditHost } from './edit';

/** What the reader's actions need; loaded once, on the first focus, click or key press. */
type Edit = typeof import('./edit');
let editing: Promise<Edit> | undefined;

/** The page's own copy of the workshop sync, which holds page-wide state: the edit bundle must not repeat it. */
const host: EditHost = { deckSync: () => import('./deck-sync') };

// One promise for every caller, so actions queued while it loads run in the order the reader made them. A
// failed load (the connection dropped) is tried again on the next action.
const edit = (): Promise<Edit> =>
  (editing ??= (loadEdit() as Promise<Edit>).then(
    (m) => {
      m.setHost(host);
      return m;
    },
    (error: unknown) => {
      editing = undefined;
      throw error;
    },
  ));

/** The keys that step a spinbutton (`edit.ts` says how far); Enter, Space, digits and a comma open its field. */
const STEP_KEYS = /^(Arrow(Up|Down|Left|Right)|Page(Up|Down)|Home|End)$/;

/**
 * A value as a reader would type it, without the parser: decimal comma, no thousands dots (never ambiguous),
 * and a fourth decimal where three would read like thousands ("1,1250").
 * @example typingText('1500') // "1500"; typingText('6.25') // "6,25"
 */
function typingText(value: string): string {
  const text = value.replace('.', ',');
  return /^-?\d{1,3},\d{3}$/.test(text) ? `${text}0` : text;
}

/**
 * Replaces the spinbutton by a text field until the reader confirms (Enter, leaving) or cancels (Escape).
 * Made here, at once, so no keystroke is lost while the checks load; they run on Enter or leaving.
 */
function openField(el: HTMLElement, typed?: string): void {
  if (el.hidden) return;
  const field = document.createElement('input');
  field.type = 'text';
  field.inputMode = 'decimal';
  field.className = 'x-in__field';
  field.setAttribute('aria-label', el.dataset['label'] ?? '');
  field.value = typed ?? typingText(el.getAttribute('aria-valuenow') ?? '');
  const message = document.createElement('span');
  message.className = 'x-in__message';
  message.id = `${el.id}-bericht`;
  message.setAttribute('role', 'alert');
  el.hidden = true;
  el.after(field, message);
  field.focus();
  if (typed === undefined) field.select();
  let done = false;
  const finish = (): void => {
    done = true;
    field.remove();
    message.remove();
    el.hidden = false;
    el.focus();
  };
  // Enter keeps a good value and shows why a bad one is not; leaving drops a bad one silently.
  const commit = async (leaving: boolean): Promise<void> => {
    // Without the checks (they could not load) the field closes and the example keeps its value.
    const m = await edit().catch(() => null);
    // Escape closed it meanwhile (its blur comes after): nothing is taken.
    if (done) return;
    const problem = m ? await m.typedInto(el, field.value) : null;
    if (done) return;
    if (problem === null || leaving) {
      finish();
    } else {
      message.textContent = problem;
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', message.id);
    }
  };
  field.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === 'Escape') e.preventDefault();
    if (e.key === 'Enter') void commit(false);
    if (e.key === 'Escape' && !done) finish();
  });
  field.addEventListener('blur', () => void commit(true));
}

/** Numbers the controls, so two examples on one scenario never share an element id. */
let count = 0;

/** Turns one `<Num>` into a spinbutton; its value, label and range were written by the build. */
function makeControl(el: HTMLElement, id: string): void {
  const d = el.dataset;
  el.id ||= `voorbeeld-${id}-${d['in']}-${count++}`;
  el.setAttribute('role', 'spinbutton');
  el.tabIndex = 0;
  for (const [name, value] of [
    ['aria-label', d['label']],
    ['aria-valuemin', d['min']],
    ['aria-valuemax', d['max']],
    ['aria-valuenow', d['value']],
    ['aria-valuetext', el.textContent],
  ])
    el.setAttribute(name!, value ?? '');
  el.title = `${d['label']}. Bron: ${d['basis']}`;
  el.addEventListener('keydown', (e) => {
    const typing = /^[0-9,]$/.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey;
    if (STEP_KEYS.test(e.key)) void edit().then((m) => m.onKey(el, e.key, e.shiftKey));
    else if (typing || e.key === 'Enter' || e.key === ' ') openField(el, typing ? e.key : undefined);
    else return;
    e.preventDefault();
  });
  el.addEventListener('click', () => openField(el));
  // Most readers who focus a number go on to change it: fetch the rest then, so the first key is quick.
  el.addEventListener('focus', () => void edit().then((m) => m.prepare(el)), { once: true });
}

/** Enhances every live example on the page that is not live yet. */
export function enhanceExamples(): void {
  // A deck with two examples loads this twice (one loader island each): enhance every example once.
  for (const section of document.querySelectorAll<HTMLElement>('section[data-scenario]:not([data-live])')) {
    section.dataset['live'] = 'on';
    const id = section.dataset['scenario'] ?? '';
    for (const el of section.querySelectorAll<HTMLElement>('[data-in]')) makeControl(el, id);
    for (const el of section.querySelectorAll<HTMLElement>('[data-example-tools], [data-act="mine"]'))
      el.hidden = false;
    for (const button of section.querySelectorAll<HTMLButtonElement>('button[data-act]'))
      button.addEventListener('click', () => void edit().then((m) => m.onButton(section, button.dataset['act'])));
  }
  // In the workshop deck the projector follows the presenter's changes without a key pressed here.
  if (document.querySelector('.deck')) void edit().then((m) => m.joinDeck());
}
