/**
 * What a key press means in the workshop deck, as in the common presentation tools and what clickers send:
 * →, ↓, Space, PageDown, N: next · ←, ↑, PageUp, Backspace, P, Shift+Space: previous · Home/End: first
 * and last · a number then Enter: jump · F: fullscreen · B or `.`: blackout · O: overview · ?: help ·
 * Esc: close · S: presenter window. Pure: the deck passes in a plain description of the event and the typed digits.
 *
 * From inside a form field (a calculator's number field on a slide) the keys a clicker sends still reach the
 * deck: PageDown/PageUp always (no single-line field uses them), Esc leaves the field, and B and the arrows
 * wherever the field has no use for them (see FIELD_KEYS).
 */

/** Something the deck can do. */
export type DeckAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; slide: number }
  | { type: 'fullscreen' }
  | { type: 'blackout' }
  | { type: 'overview' }
  | { type: 'help' }
  | { type: 'close' }
  | { type: 'presenter' }
  /** Leave the focused form field (Esc inside a field), so the next keys are the deck's again. */
  | { type: 'leave' };

/**
 * What kind of form field has focus, by which keys it needs: `text` a single-line text field, `multiline` a
 * textarea, select or editable element (every key is its own), `number`, `range`, `choice` (radio buttons)
 * and `toggle` (a checkbox).
 */
export type FieldKind = 'text' | 'multiline' | 'number' | 'range' | 'choice' | 'toggle';

/** The parts of a KeyboardEvent that matter, plus where focus is. */
export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
  /** Focus is in a form field: which kind (see FieldKind). Only the keys the field has no use for reach the deck. */
  field?: FieldKind | null;
  /** Older form of `field`: true is a single-line text field. */
  inField?: boolean;
  /** Focus is on a button or link: Space and Enter activate it instead of turning the slide. */
  onControl?: boolean;
}

/** Digits typed so far for a jump, and when the last one came (ms). */
export interface JumpBuffer {
  digits: string;
  at: number;
}

/** How long typed digits wait for Enter. */
export const JUMP_TIMEOUT_MS = 3000;

/** An empty jump buffer. */
export const emptyJump: JumpBuffer = { digits: '', at: 0 };

const SIMPLE: Readonly<Record<string, DeckAction>> = {
  ArrowRight: { type: 'next' },
  ArrowDown: { type: 'next' },
  PageDown: { type: 'next' },
  ' ': { type: 'next' },
  Spacebar: { type: 'next' },
  n: { type: 'next' },
  ArrowLeft: { type: 'prev' },
  ArrowUp: { type: 'prev' },
  PageUp: { type: 'prev' },
  Backspace: { type: 'prev' },
  p: { type: 'prev' },
  Home: { type: 'first' },
  End: { type: 'last' },
  f: { type: 'fullscreen' },
  b: { type: 'blackout' },
  '.': { type: 'blackout' },
  o: { type: 'overview' },
  '?': { type: 'help' },
  Escape: { type: 'close' },
  s: { type: 'presenter' },
};

/**
 * Interprets one key press. Returns the action (or null) and the new jump buffer; `handled` says whether
 * the deck should call preventDefault.
 * @example interpretKey({ key: 'Enter' }, { digits: '12', at: 0 }, 100).action // { type: 'goto', slide: 12 }
 */
export function interpretKey(
  input: KeyInput,
  buffer: JumpBuffer,
  now: number,
): { action: DeckAction | null; buffer: JumpBuffer; handled: boolean } {
  const none = { action: null, buffer, handled: false };
  if (input.ctrlKey || input.metaKey || input.altKey) return none;
  const field = input.field ?? (input.inField ? 'text' : null);
  if (field) {
    const action = fieldKey(field, input.key.length === 1 ? input.key.toLowerCase() : input.key, input.shiftKey);
    return action ? { action, buffer: emptyJump, handled: true } : none;
  }
  const fresh = buffer.digits && now - buffer.at <= JUMP_TIMEOUT_MS ? buffer : emptyJump;

  if (/^[0-9]$/.test(input.key)) {
    const digits = (fresh.digits + input.key).slice(-4);
    return { action: null, buffer: { digits, at: now }, handled: true };
  }
  if (input.key === 'Enter') {
    // Typed digits win over a focused button: the trainer clearly meant "go to slide N".
    if (fresh.digits) {
      const slide = Number.parseInt(fresh.digits, 10);
      return { action: slide > 0 ? { type: 'goto', slide } : null, buffer: emptyJump, handled: true };
    }
    return { action: null, buffer: emptyJump, handled: false };
  }
  if (input.onControl && (input.key === ' ' || input.key === 'Spacebar')) return { ...none, buffer: emptyJump };
  if ((input.key === ' ' || input.key === 'Spacebar') && input.shiftKey) {
    return { action: { type: 'prev' }, buffer: emptyJump, handled: true };
  }
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;
  // '?' arrives with Shift on most layouts; other shifted letters are not ours.
  if (input.shiftKey && key.length === 1 && key !== '?' && /[a-z]/.test(key)) return { ...none, buffer: emptyJump };
  const action = SIMPLE[key] ?? null;
  return { action, buffer: emptyJump, handled: action !== null };
}

/**
 * The keys that reach the deck from inside a field of each kind, beyond Esc (which leaves every field).
 * A number field needs ↑/↓ and ←/→ (caret) and its digits, but never B or PageDown; a checkbox needs only Space.
 */
const FIELD_KEYS: Readonly<Record<FieldKind, readonly string[]>> = {
  text: ['PageDown', 'PageUp'],
  multiline: [],
  number: ['PageDown', 'PageUp', 'b'],
  range: ['PageDown', 'PageUp', 'b'],
  choice: ['PageDown', 'PageUp', 'b'],
  toggle: ['PageDown', 'PageUp', 'b', 'ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'n', 'p'],
};

/** The deck's action for `key` pressed inside a field of kind `field`, or null when the key is the field's. */
function fieldKey(field: FieldKind, key: string, shiftKey = false): DeckAction | null {
  if (key === 'Escape') return { type: 'leave' };
  if (shiftKey && key.length === 1) return null;
  return FIELD_KEYS[field].includes(key) ? (SIMPLE[key] ?? null) : null;
}

/** What kind of form field an element is, or null when it is none. Duck-typed for tests. */
export function fieldKind(
  el: { tagName?: string; isContentEditable?: boolean; type?: string; inputMode?: string } | null | undefined,
): FieldKind | null {
  if (!el || !el.tagName) return null;
  if (el.isContentEditable) return 'multiline';
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return 'multiline';
  if (tag !== 'INPUT') return null;
  const type = (el.type ?? 'text').toLowerCase();
  if (['button', 'submit', 'reset', 'image'].includes(type)) return null;
  // The calculators' number fields are text fields with a decimal keyboard (so that "1.234,50" can be typed).
  if (type === 'number' || ['decimal', 'numeric'].includes((el.inputMode ?? '').toLowerCase())) return 'number';
  if (type === 'range') return 'range';
  if (type === 'radio') return 'choice';
  if (type === 'checkbox') return 'toggle';
  return 'text';
}

/** Whether an element takes typed keys itself (so the deck must leave them alone). Duck-typed for tests. */
export function isTypingTarget(
  el: { tagName?: string; isContentEditable?: boolean; type?: string } | null | undefined,
): boolean {
  if (!el || !el.tagName) return false;
  if (el.isContentEditable) return true;
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (el.type ?? 'text').toLowerCase();
  return !['button', 'submit', 'reset', 'image'].includes(type);
}

/** Whether an element is a button or link, which Space and Enter activate. */
export function isControlTarget(el: { tagName?: string; type?: string } | null | undefined): boolean {
  if (!el || !el.tagName) return false;
  const tag = el.tagName.toUpperCase();
  if (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY') return true;
  return tag === 'INPUT' && ['button', 'submit', 'reset', 'image'].includes((el.type ?? '').toLowerCase());
}
