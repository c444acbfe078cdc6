/**
 * Calculator state: one nanostore per calculator instance on the page, and `$calculators`, the registry of
 * which instances exist. Islands only `useStore()` an instance's stores and call its actions.
 *
 * ## The state object
 * Each instance's whole state is one plain, JSON-serialisable object (`CalculatorState`):
 *
 *     { preset: 'kledingmerk', values: { likes: '1.000', bereik: '5', … } }
 *
 * `values` holds the raw text per field exactly as typed, so nothing the reader typed is lost, and a copy of
 * this object is all another window needs to show the same calculation. Results are derived (`$result`)
 * from the text alone: while any field is empty, invalid or ambiguous the result is null (withheld), so a
 * result is always what the form shows, and a link with the same text gives the same result.
 *
 * ## Mirroring to another window (for the workshop presenter view)
 * Per instance id (`a`, `b`, `f`, …; the page decides), use:
 *
 *     getCalculatorState(id)            // → a copy of the state object, or null if no such instance (yet)
 *     setCalculatorState(id, state)     // validates and applies a whole state object; unknown ids are kept
 *                                       //   and applied when that instance hydrates
 *     subscribeCalculatorState(id, cb)  // cb(state) now and after every change; returns unsubscribe
 *     $calculators                      // { [id]: kind } of the instances on this page; listen for new ones
 *
 * `setCalculatorState` ignores a state equal (as JSON) to the current one, so two windows that mirror each
 * other through BroadcastChannel do not echo forever. Anything received is validated against the
 * calculator's fields (`sanitiseState`); it is only ever shown as input text, never as HTML.
 *
 * ## Persistence
 * State lives in the page URL (see `src/lib/url-state.ts` and `src/components/islands/url-binding.ts`),
 * not in localStorage: a link shares the calculation, and a reload restores it.
 *
 * On the server every call creates a fresh instance (pages render in one process; state must not leak
 * from one page into the next). In the browser an instance id is created once and shared.
 */
import { atom, computed, type ReadableAtom, type WritableAtom } from 'nanostores';
import {
  stateFromPreset,
  type CalculatorDefinition,
  type CalculatorKind,
  type CalculatorState,
} from '../lib/calculators/calculator';
import { resolveForm, type ResolvedForm } from '../lib/calculators/fields';
import { MAX_VALUE_LENGTH, sanitiseState } from '../lib/calculators/url-state';

/** One calculator on the page: its state, derived form and result, and its actions. */
export interface CalculatorInstance<R> {
  id: string;
  def: CalculatorDefinition<R>;
  /** The whole state (see above). Write through the actions, not `set`, so values stay validated. */
  $state: WritableAtom<CalculatorState>;
  /** Per-field checks and the values the calculation uses. */
  $form: ReadableAtom<ResolvedForm>;
  /** The calculation's result over `$form`'s values; null while the form is incomplete. */
  $result: ReadableAtom<R | null>;
  /** Stores what the reader typed in one field. */
  setField(fieldId: string, raw: string): void;
  /** Replaces all values with a preset's. */
  choosePreset(presetId: string): void;
  /** Applies a whole state object (validated); returns false if it equalled the current state. */
  setState(state: unknown): boolean;
}

/** Which calculator instances exist on this page: instance id → calculator kind. */
export const $calculators = atom<Readonly<Record<string, CalculatorKind>>>({});

const instances = new Map<string, CalculatorInstance<unknown>>();
/** States that arrived (from another window) before their instance hydrated. */
const pending = new Map<string, unknown>();

const isBrowser = typeof window !== 'undefined';

/** Builds an instance (not registered). */
function createInstance<R>(id: string, def: CalculatorDefinition<R>, presetId?: string): CalculatorInstance<R> {
  const initial = stateFromPreset(def, presetId);
  const $state = atom<CalculatorState>(initial);
  const $form = computed($state, (state) => resolveForm(def.fields, state.values));
  const $result = computed($form, (form) => (form.complete ? def.compute(form.values) : null));
  return {
    id,
    def,
    $state,
    $form,
    $result,
    setField(fieldId, raw) {
      if (!def.fields.some((f) => f.id === fieldId)) return;
      const current = $state.get();
      // Capped at what a link carries, so a copied link holds the same number. (Control characters stay, as
      // a text field keeps them; the parser ignores them, as a link drops them.)
      const text = String(raw).slice(0, MAX_VALUE_LENGTH);
      if (current.values[fieldId] === text) return;
      $state.set({ ...current, values: { ...current.values, [fieldId]: text } });
    },
    choosePreset(id) {
      $state.set(stateFromPreset(def, id));
    },
    setState(input) {
      const next = sanitiseState(input, def);
      if (JSON.stringify(next) === JSON.stringify($state.get())) return false;
      $state.set(next);
      return true;
    },
  };
}

/**
 * The instance with this id, created from a preset the first time (in the browser); on the server always a
 * fresh one.
 */
export function calculatorInstance<R>(
  id: string,
  def: CalculatorDefinition<R>,
  presetId?: string,
): CalculatorInstance<R> {
  if (!isBrowser) return createInstance(id, def, presetId);
  const existing = instances.get(id);
  if (existing && existing.def.kind === def.kind) return existing as CalculatorInstance<R>;
  const instance = createInstance(id, def, presetId);
  instances.set(id, instance as CalculatorInstance<unknown>);
  if (pending.has(id)) {
    instance.setState(pending.get(id));
    pending.delete(id);
  }
  $calculators.set({ ...$calculators.get(), [id]: def.kind });
  return instance;
}

/** A copy of an instance's whole state object, or null when there is no such instance on the page (yet). */
export function getCalculatorState(id: string): CalculatorState | null {
  const instance = instances.get(id);
  return instance ? structuredClone(instance.$state.get()) : null;
}

/**
 * Applies a whole state object to an instance (validated). For an id that has not hydrated yet, the state is
 * kept and applied when it does. Returns true if the state changed or was queued.
 */
export function setCalculatorState(id: string, state: unknown): boolean {
  const instance = instances.get(id);
  if (!instance) {
    pending.set(id, state);
    return true;
  }
  return instance.setState(state);
}

/**
 * Calls `listener` with a copy of the instance's state now (if it exists) and after every change. Works for
 * ids that hydrate later: it starts reporting once the instance exists. Returns the unsubscribe function.
 */
export function subscribeCalculatorState(id: string, listener: (state: CalculatorState) => void): () => void {
  let unbind: (() => void) | null = null;
  const attach = () => {
    const instance = instances.get(id);
    if (!instance || unbind) return;
    unbind = instance.$state.subscribe((state) => listener(structuredClone(state)));
  };
  attach();
  const stopWaiting = unbind ? () => {} : $calculators.listen(attach);
  return () => {
    stopWaiting();
    unbind?.();
  };
}
