/**
 * Makes worked examples live (loaded by `ExampleLive.astro` when one nears the screen). Each `<Num>` becomes a
 * spinbutton inside its sentence: arrows step it (Shift or Page Up/Down ten steps), Home/End go to the ends,
 * Enter, a digit or a click/tap opens a small field to type in (checked as the calculators check a field).
 * Every `<Out>` of the examples on the same scenario, the plural words with them and the calculator below
 * follow at once; one polite summary is read when the reader pauses. All math is the scenario's; this file
 * only moves text in and out of the page (never HTML).
 */
import { calculatorSearch } from '../../../lib/scenarios/calculator-link';
import { loadScenario } from '../../../lib/scenarios/load';
import {
  clampInput,
  defaultValues,
  inputOf,
  inputText,
  shownTexts,
  stepInput,
  validValues,
  type Scenario,
} from '../../../lib/scenarios/scenario';
import type { ScenarioKind } from '../../../lib/plan/format';

/** The parser and checks, loaded when a reader first types (most readers only read or use the arrows). */
const typedModule = () => import('../../../lib/scenarios/typed');

/** A minimal store (get, set, listen): all the workshop sync needs, without a store library on every lesson. */
interface ValueStore {
  get(): Record<string, number>;
  set(next: Record<string, number>): void;
  listen(callback: (value: Record<string, number>) => void): () => void;
}

/** A store holding `initial`, calling listeners after every change to a different value. */
function valueStore(initial: Record<string, number>): ValueStore {
  let value = initial;
  const listeners = new Set<(v: Record<string, number>) => void>();
  return {
    get: () => value,
    set(next) {
      if (JSON.stringify(next) === JSON.stringify(value)) return;
      value = next;
      for (const l of [...listeners]) l(value);
    },
    listen(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
  };
}

/** Pause before the summary is read: long enough to let a run of key presses finish. */
const SUMMARY_DELAY_MS = 900;

/** The examples on one scenario share their values (lesson 4's two examples tell one story). */
interface Group {
  scenario: Scenario;
  /** The values, in a store the workshop deck mirrors from the presenter's window to the projector. */
  $values: ValueStore;
  sections: HTMLElement[];
  timer: ReturnType<typeof setTimeout> | undefined;
  /** True while a change waits for the calculator island to hydrate. */
  waiting: boolean;
}

/** The calculator island on the page that shows this scenario's calculator, and its instance id. */
function calculatorInstance(scenario: Scenario): string | null {
  const kind = scenario.calculator?.kind;
  if (!kind) return null;
  const embed = document.querySelector<HTMLElement>(`.calculator-embed[data-calculator="${kind}"][data-instance]`);
  return embed?.dataset['instance'] ?? null;
}

/** Whether the values differ from the example's own. */
function changed(group: Group): boolean {
  const base = defaultValues(group.scenario);
  const values = group.$values.get();
  return Object.keys(base).some((k) => base[k] !== values[k]);
}

/** Writes every input, output, button and link of the group from its values. */
function render(group: Group): void {
  const { scenario } = group;
  const values = group.$values.get();
  const shown = shownTexts(scenario, values);
  const isChanged = changed(group);
  for (const section of group.sections) {
    for (const el of section.querySelectorAll<HTMLElement>('[data-in]')) {
      const input = inputOf(scenario, el.dataset['in'] ?? '');
      const v = values[input.id] ?? input.value;
      const text = inputText(input, v);
      el.textContent = text;
      el.setAttribute('aria-valuenow', String(v));
      el.setAttribute('aria-valuetext', text);
    }
    for (const el of section.querySelectorAll<HTMLElement>('[data-out]')) {
      el.textContent = shown[el.dataset['out'] ?? ''] ?? '';
    }
    const reset = section.querySelector<HTMLButtonElement>('[data-act="reset"]');
    if (reset) reset.disabled = !isChanged;
    const more = section.querySelector<HTMLAnchorElement>('[data-act="more"]');
    if (more) more.search = calculatorSearch(scenario, values);
    const note = section.querySelector<HTMLElement>('[data-example-print]');
    if (note) note.hidden = !isChanged;
  }
}

/** Sets new values; `changedTo` below shows them. */
function update(group: Group, next: Record<string, number>): void {
  group.$values.set(next);
}

/** After any change (here or from the presenter's window): page, calculator below, and later the summary. */
function changedTo(group: Group): void {
  render(group);
  void followCalculator(group);
  clearTimeout(group.timer);
  group.timer = setTimeout(() => {
    const live = group.sections[0]?.querySelector<HTMLElement>('[data-example-live]');
    if (live) live.textContent = group.scenario.summary(group.$values.get());
  }, SUMMARY_DELAY_MS);
}

/**
 * The calculator under the example shows the same values (through its own store, so its URL follows too).
 * Before the island has hydrated, the values wait for it: a state handed over while it renders its server
 * HTML would not reach the inputs (hydration keeps the server's text), so it is set just after.
 */
async function followCalculator(group: Group): Promise<void> {
  const calc = group.scenario.calculator;
  const id = calculatorInstance(group.scenario);
  if (!calc || !id) return;
  const store = await import('../../../stores/calculators');
  const apply = () => store.setCalculatorState(id, { preset: calc.preset, values: calc.fields(group.$values.get()) });
  if (store.getCalculatorState(id)) {
    apply();
    return;
  }
  if (group.waiting) return;
  group.waiting = true;
  const stop = store.$calculators.listen(() => {
    if (!store.getCalculatorState(id)) return;
    stop();
    setTimeout(apply);
  });
}

/** Replaces the spinbutton by a text field until the reader confirms (Enter, leaving) or cancels (Escape). */
function openField(group: Group, el: HTMLElement, typed?: string): void {
  if (el.dataset['editing']) return;
  el.dataset['editing'] = 'true';
  // The checks load now if focus has not fetched them yet; the field opens at once, so no keystroke is lost.
  const checks = typedModule();
  const input = inputOf(group.scenario, el.dataset['in'] ?? '');
  const field = document.createElement('input');
  field.type = 'text';
  field.inputMode = 'decimal';
  field.className = 'x-in__field';
  field.setAttribute('aria-label', input.label);
  field.value = typed ?? typingText(group.$values.get()[input.id] ?? input.value);
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
    delete el.dataset['editing'];
    field.remove();
    message.remove();
    el.hidden = false;
    el.focus();
  };
  // Enter keeps a good value and shows why a bad one is not; leaving drops a bad one silently.
  const commit = async (leaving: boolean): Promise<void> => {
    const { readTyped } = await checks;
    if (done) return;
    const read = readTyped(input, field.value);
    if ('value' in read) {
      update(group, { ...group.$values.get(), [input.id]: read.value });
      finish();
    } else if (leaving) {
      finish();
    } else {
      message.textContent = read.message;
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', message.id);
    }
  };
  field.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void commit(false);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (!done) finish();
    }
  });
  field.addEventListener('blur', () => void commit(true));
}

/**
 * A value as a reader would type it, without the parser: decimal comma, no thousands dots (never ambiguous),
 * and a fourth decimal where three would read like thousands ("1,1250").
 * @example typingText(1500) // "1500"; typingText(6.25) // "6,25"
 */
function typingText(value: number): string {
  const text = String(value).replace('.', ',');
  return /^-?\d{1,3},\d{3}$/.test(text) ? `${text}0` : text;
}

/** Turns one `<Num>` into a spinbutton. */
function makeControl(group: Group, el: HTMLElement, index: number): void {
  const input = inputOf(group.scenario, el.dataset['in'] ?? '');
  el.id ||= `voorbeeld-${group.scenario.id}-${input.id}-${index}`;
  el.setAttribute('role', 'spinbutton');
  el.tabIndex = 0;
  el.setAttribute('aria-label', input.label);
  el.setAttribute('aria-valuemin', String(input.min));
  el.setAttribute('aria-valuemax', String(input.max));
  el.title = `${input.label}. Bron: ${input.basis}`;
  const set = (v: number) => update(group, { ...group.$values.get(), [input.id]: clampInput(input, v) });
  el.addEventListener('keydown', (e) => {
    const v = group.$values.get()[input.id] ?? input.value;
    const big = e.shiftKey;
    const keys: Record<string, () => void> = {
      ArrowUp: () => set(stepInput(input, v, 1, big)),
      ArrowRight: () => set(stepInput(input, v, 1, big)),
      ArrowDown: () => set(stepInput(input, v, -1, big)),
      ArrowLeft: () => set(stepInput(input, v, -1, big)),
      PageUp: () => set(stepInput(input, v, 1, true)),
      PageDown: () => set(stepInput(input, v, -1, true)),
      Home: () => set(input.min),
      End: () => set(input.max),
      Enter: () => openField(group, el),
      ' ': () => openField(group, el),
    };
    const action = keys[e.key];
    if (action) {
      e.preventDefault();
      action();
    } else if (/^[0-9,]$/.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      openField(group, el, e.key);
    }
  });
  el.addEventListener('click', () => openField(group, el));
  // Most readers who focus a number go on to type: fetch the parser then, so the field opens at once.
  el.addEventListener('focus', () => void typedModule(), { once: true });
}

/**
 * Fills the example from the reader's own numbers: the scenario "Mijn plan" keeps from their last use of this
 * calculator, else the calculator on this page. Says so when there are none yet.
 */
async function fromMine(group: Group, section: HTMLElement): Promise<void> {
  const calc = group.scenario.calculator;
  if (!calc) return;
  const [{ $plan }, { SCENARIO_KINDS }, store] = await Promise.all([
    import('../../../stores/plan'),
    import('../../../lib/plan/format'),
    import('../../../stores/calculators'),
  ]);
  const kind = calc.kind as ScenarioKind;
  const saved = SCENARIO_KINDS.includes(kind) ? $plan.get().scenarios[kind]?.state.values : undefined;
  const id = calculatorInstance(group.scenario);
  const onPage = id ? store.getCalculatorState(id)?.values : undefined;
  const fields = saved ?? onPage;
  const note = section.querySelector<HTMLElement>('[data-example-note]');
  if (note) note.textContent = fields ? '' : 'Je hebt nog geen eigen cijfers bewaard. Vul ze in de rekenhulp in.';
  if (!fields) return;
  const { valuesFromCalculator } = await import('../../../lib/scenarios/from-calculator');
  update(group, valuesFromCalculator(group.scenario, fields, group.$values.get()));
}

/** Wires the buttons of one example. */
function wireButtons(group: Group, section: HTMLElement): void {
  const tools = section.querySelector<HTMLElement>('[data-example-tools]');
  if (tools) tools.hidden = false;
  section.querySelector('[data-act="reset"]')?.addEventListener('click', () => {
    update(group, defaultValues(group.scenario));
  });
  const mine = section.querySelector<HTMLButtonElement>('[data-act="mine"]');
  if (mine) {
    mine.hidden = false;
    mine.addEventListener('click', () => void fromMine(group, section));
  }
}

/** Enhances every live example on the page, one group per scenario. */
export async function enhanceExamples(): Promise<void> {
  const byId = new Map<string, HTMLElement[]>();
  // A deck with two examples loads this twice (one loader island each): enhance every example once.
  for (const section of document.querySelectorAll<HTMLElement>('section[data-scenario]:not([data-live])')) {
    section.dataset['live'] = 'on';
    const id = section.dataset['scenario'] ?? '';
    byId.set(id, [...(byId.get(id) ?? []), section]);
  }
  for (const [id, sections] of byId) {
    const scenario = await loadScenario(id);
    if (!scenario) continue;
    const group: Group = {
      scenario,
      $values: valueStore(defaultValues(scenario)),
      sections,
      timer: undefined,
      waiting: false,
    };
    let index = 0;
    for (const section of sections) {
      for (const el of section.querySelectorAll<HTMLElement>('[data-in]')) makeControl(group, el, index++);
      wireButtons(group, section);
    }
    render(group);
    group.$values.listen(() => changedTo(group));
    // In the workshop deck the projector follows the presenter; reading pages do not load the sync at all.
    if (document.querySelector('.deck')) {
      void import('./deck-sync').then(({ joinExampleSync }) =>
        joinExampleSync(scenario.id, group.$values, (v) => validValues(scenario, v)),
      );
    }
  }
}
