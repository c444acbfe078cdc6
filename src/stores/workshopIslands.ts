/**
 * `$workshopIslands`: the islands on this page that want their state mirrored between the workshop's
 * projector and presenter windows. An island joins once it has hydrated; the deck (and only the deck)
 * listens to this store and wires each entry to the BroadcastChannel sync (`src/lib/island-sync/sync.ts`).
 * On reading pages nobody listens, so joining costs nothing.
 *
 * ## The contract for an island
 *
 *     import { joinWorkshopSync } from '../../stores/workshopIslands';
 *     useEffect(() => joinWorkshopSync(`calculator:${id}`, $state, isCalculatorState), [id]);
 *
 * - `id`: stable and unique on the page, the same in every window that renders the same lesson, e.g.
 *   `<kind>:<instance id>`. Letters, digits and `_ : . / -`, at most 160 characters.
 * - `target`: a nanostores writable atom (or anything with `get`, `set`, `listen`) whose value is ONE plain
 *   JSON object with everything another window needs to show the same thing: what was typed (as typed),
 *   the chosen preset, which answer is revealed. No functions, Dates, Maps or derived results.
 * - `validate` (recommended): a type guard for values from the other window. Without it, a value must have
 *   exactly the shape (keys and types) of the current one. A value that fails is ignored.
 * - Returns a function that leaves the sync; return it from the effect.
 *
 * The island does not need to do anything else: it renders from its store as always, and a value set by
 * the other window arrives through `set` like any other change. The sync never sends back what it just
 * received, and it never re-sends a value equal (as JSON) to the last one, so a `set` that normalises its
 * input does not cause a loop.
 */
import { atom } from 'nanostores';
import type { SyncTarget, SyncValidator } from '../lib/island-sync/sync';

/** One island's entry: where its state lives and how to check incoming values. */
export interface WorkshopIsland {
  target: SyncTarget<unknown>;
  validate?: SyncValidator;
}

/** The islands that joined, by id. Replaced (never mutated) on every join and leave. */
export const $workshopIslands = atom<Readonly<Record<string, WorkshopIsland>>>({});

/**
 * Adds an island's state to the workshop sync. Returns the function that takes it out again.
 * @example useEffect(() => joinWorkshopSync('quiz:1', $answer), []);
 */
export function joinWorkshopSync<T>(id: string, target: SyncTarget<T>, validate?: SyncValidator): () => void {
  const entry: WorkshopIsland = { target: target as SyncTarget<unknown> };
  if (validate) entry.validate = validate;
  $workshopIslands.set({ ...$workshopIslands.get(), [id]: entry });
  return () => {
    const current = $workshopIslands.get();
    if (current[id] !== entry) return;
    const next = { ...current };
    delete next[id];
    $workshopIslands.set(next);
  };
}
