/**
 * What a worked example does once the reader changes it. Loaded by `./live.ts` on the first focus, click or
 * key press in an example (at once on a workshop deck), and bundled apart from the site's chunks
 * (src/integrations/example-edit.ts): it imports no module that holds page-wide state (`EditHost` brings the
 * workshop sync). Arrows step a number (Shift or Page Up/Down ten steps), Home/End go to the ends; what the
 * reader types into the field `live.ts` opens is checked as the calculators check a field. Every `<Out>` of
 * the examples on the same scenario, the plural words with them and the calculator below follow at once; one
 * polite summary is read when the reader pauses. All math is the scenario's, through the calculators' own
 * models; this file only moves text in and out of the page (never HTML).
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
import type { CalculatorState } from '../../../lib/calculators/calculator';
import type { ExampleEmbed } from '../../islands/calculator/example-link';

/** The page's own copy of the workshop sync (imported by `live.ts`, from the site's chunks). */
export interface EditHost {
  deckSync(): Promise<typeof import('./deck-sync')>;
}

let host: EditHost | undefined;

/** Called once by `live.ts` after loading this bundle. */
export function setHost(h: EditHost): void {
  host = h;
}

/** The parser and checks, loaded when a reader first focuses a number (most readers only use the arrows). */
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
}

/** One group per scenario id on the page, made on first use. */
const groups = new Map<string, Promise<Group | null>>();

/** The group of the example `el` stands in (null for an unknown scenario: the example stays as it is). */
function groupOf(el: HTMLElement): Promise<Group | null> {
  const id = el.closest<HTMLElement>('section[data-scenario]')?.dataset['scenario'] ?? '';
  let group = groups.get(id);
  if (!group) {
    group = makeGroup(id);
    groups.set(id, group);
  }
  return group;
}

/** Loads the scenario and joins every example on it into one group. */
async function makeGroup(id: string): Promise<Group | null> {
  const scenario = await loadScenario(id);
  if (!scenario) return null;
  const sections = [...document.querySelectorAll<HTMLElement>('section[data-scenario]')].filter(
    (s) => s.dataset['scenario'] === id,
  );
  const group: Group = { scenario, $values: valueStore(defaultValues(scenario)), sections, timer: undefined };
  group.$values.listen(() => changedTo(group));
  return group;
}

/** The calculator embed on the page that shows this scenario's calculator. */
function calculatorEmbed(scenario: Scenario): ExampleEmbed | null {
  const kind = scenario.calculator?.kind;
  return kind
    ? document.querySelector<ExampleEmbed>(`.calculator-embed[data-calculator="${kind}"][data-instance]`)
    : null;
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
  followCalculator(group);
  clearTimeout(group.timer);
  group.timer = setTimeout(() => {
    const live = group.sections[0]?.querySelector<HTMLElement>('[data-example-live]');
    if (live) live.textContent = group.scenario.summary(group.$values.get());
  }, SUMMARY_DELAY_MS);
}

/**
 * The calculator under the example shows the same values (through its own store, so its URL follows too).
 * The island hands its instance to its embed element when it hydrates (`example-link.ts`); before that the
 * values wait on the element, and the island takes them once it has rendered its server HTML.
 */
function followCalculator(group: Group): void {
  const calc = group.scenario.calculator;
  const embed = calculatorEmbed(group.scenario);
  if (!calc || !embed) return;
  const state: CalculatorState = { preset: calc.preset, values: calc.fields(group.$values.get()) };
  if (embed.calculator) embed.calculator.setState(state);
  else embed.exampleState = state;
}

/**
 * What the reader typed into an input's field (`live.ts` opened it): checked as the calculators check a
 * field; a good value becomes the example's, a bad one returns its Dutch message.
 */
export async function typedInto(el: HTMLElement, raw: string): Promise<string | null> {
  const [{ readTyped }, group] = await Promise.all([typedModule(), groupOf(el)]);
  if (!group) return null;
  const input = inputOf(group.scenario, el.dataset['in'] ?? '');
  const read = readTyped(input, raw);
  if (!('value' in read)) return read.message;
  update(group, { ...group.$values.get(), [input.id]: read.value });
  return null;
}

/** A key pressed on a spinbutton (`live.ts` has kept the page from acting on it). */
export async function onKey(el: HTMLElement, key: string, big: boolean): Promise<void> {
  const group = await groupOf(el);
  if (!group) return;
  const input = inputOf(group.scenario, el.dataset['in'] ?? '');
  const v = group.$values.get()[input.id] ?? input.value;
  const up = /Up|Right/.test(key) ? 1 : -1;
  const next =
    key === 'Home' ? input.min : key === 'End' ? input.max : stepInput(input, v, up, big || key.startsWith('Page'));
  update(group, { ...group.$values.get(), [input.id]: clampInput(input, next) });
}

/** On focus: the group and the parser load, so the first key or a typed value acts at once. */
export async function prepare(el: HTMLElement): Promise<void> {
  void typedModule();
  await groupOf(el);
}

/** A key's text in localStorage; null when there is none or storage is off (private mode, blocked). */
function storedText(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/**
 * Fills the example from the reader's own numbers: the scenario "Mijn plan" keeps from their last use of this
 * calculator, else the calculator on this page. Says so when there are none yet.
 */
async function fromMine(group: Group, section: HTMLElement): Promise<void> {
  const calc = group.scenario.calculator;
  if (!calc) return;
  const [{ savedFields }, { STORAGE_KEYS }] = await Promise.all([
    import('../../../lib/scenarios/from-plan'),
    import('../../../lib/progress/format'),
  ]);
  const saved = savedFields(storedText(STORAGE_KEYS.plan), calc.kind);
  const onPage = calculatorEmbed(group.scenario)?.calculator?.$state.get().values;
  const fields = saved ?? onPage;
  const note = section.querySelector<HTMLElement>('[data-example-note]');
  if (note) note.textContent = fields ? '' : 'Je hebt nog geen eigen cijfers bewaard. Vul ze in de rekenhulp in.';
  if (!fields) return;
  const { valuesFromCalculator } = await import('../../../lib/scenarios/from-calculator');
  update(group, valuesFromCalculator(group.scenario, fields, group.$values.get()));
}

/** A click on one of an example's buttons: "Terug naar het voorbeeld" or "Met mijn cijfers". */
export async function onButton(section: HTMLElement, act: string | undefined): Promise<void> {
  const group = await groupOf(section);
  if (!group) return;
  if (act === 'reset') update(group, defaultValues(group.scenario));
  if (act === 'mine') await fromMine(group, section);
}

/** Whether the deck's examples have joined the sync (the deck's loader islands may each call `joinDeck`). */
let joined = false;

/** On a workshop deck: every example's values join the island sync, so the projector follows the presenter. */
export async function joinDeck(): Promise<void> {
  if (joined || !host) return;
  joined = true;
  const { joinExampleSync } = await host.deckSync();
  const firsts = new Map<string, HTMLElement>();
  for (const s of document.querySelectorAll<HTMLElement>('section[data-scenario]'))
    if (!firsts.has(s.dataset['scenario'] ?? '')) firsts.set(s.dataset['scenario'] ?? '', s);
  for (const section of firsts.values()) {
    const group = await groupOf(section);
    if (group) joinExampleSync(group.scenario.id, group.$values, (v) => validValues(group.scenario, v));
  }
}
