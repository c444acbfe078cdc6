/**
 * The deck's keys as a trainer reads them: the help overlay in both deck windows (`DeckHelp.astro`) and the
 * trainers' page (`/voor-trainers/`) show this one list. Each row names the keys it describes, so a test can
 * check every row against `keys.ts` and no page describes a key the deck does not have.
 */
import type { DeckAction } from './keys';

/** One row of the key table. */
export interface KeyHelp {
  /** The keys as printed, two spaces apart, e.g. '←  ↑  Page Up  Backspace  P' (see `labelParts`). */
  label: string;
  /** The `KeyboardEvent.key` values the row stands for; for a jump, one sequence typed in order. */
  keys: readonly string[];
  /** What those keys do in the deck; a list when each key does its own (one per key, in order). */
  action: DeckAction['type'] | readonly DeckAction['type'][];
  /** What happens, in the words of the help. */
  what: string;
  /** What happens in the presenter window, where it differs. */
  presenterWhat?: string;
}

/** Every key of the deck, in the order the help lists them. */
export const KEY_HELP: readonly KeyHelp[] = [
  {
    label: '→  ↓  spatie  Page Down  N',
    keys: ['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'n'],
    action: 'next',
    what: 'volgende dia (ook de knop van een presenter)',
  },
  {
    label: '←  ↑  Page Up  Backspace  P',
    keys: ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p'],
    action: 'prev',
    what: 'vorige dia',
  },
  { label: 'Home  /  End', keys: ['Home', 'End'], action: ['first', 'last'], what: 'eerste / laatste dia' },
  {
    label: 'cijfer(s)  en  Enter',
    keys: ['1', '2', 'Enter'],
    action: 'goto',
    what: 'naar die dia, bijvoorbeeld 1 2 Enter voor dia 12',
  },
  {
    label: 'B  of  .',
    keys: ['b', '.'],
    action: 'blackout',
    what: 'scherm zwart en weer terug (de “blank”-knop van een presenter)',
  },
  { label: 'O', keys: ['o'], action: 'overview', what: 'overzicht van alle dia’s' },
  { label: 'F', keys: ['f'], action: 'fullscreen', what: 'volledig scherm aan of uit' },
  {
    label: 'S',
    keys: ['s'],
    action: 'presenter',
    what: 'presentatorweergave openen in een nieuw venster',
    presenterWhat: 'publieksvenster openen',
  },
  { label: '?', keys: ['?'], action: 'help', what: 'de hulp met alle toetsen' },
  { label: 'Esc', keys: ['Escape'], action: 'close', what: 'overzicht of hulp sluiten; zwart scherm opheffen' },
];

/** The rows as one window's help shows them: label and what happens there. */
export function keyHelpFor(mode: 'projector' | 'presenter'): [label: string, what: string][] {
  return KEY_HELP.map((row) => [row.label, mode === 'presenter' ? (row.presenterWhat ?? row.what) : row.what]);
}

/** Words in a label that join keys and are not keys themselves. */
const JOINERS = new Set(['of', 'en', '/']);

/**
 * A label cut into its keys and the words between them, for a page that sets each key in a <kbd> of its own.
 * @example labelParts('B  of  .') // [{ text: 'B', key: true }, { text: 'of', key: false }, { text: '.', key: true }]
 */
export function labelParts(label: string): { text: string; key: boolean }[] {
  return label
    .split(/\s{2,}/)
    .map((text) => text.trim())
    .filter(Boolean)
    .map((text) => ({ text, key: !JOINERS.has(text) }));
}
