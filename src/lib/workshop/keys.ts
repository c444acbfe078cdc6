/**
 * What a key press means in the workshop deck, as in the common presentation tools and what clickers send:
 * →, ↓, Space, PageDown, N: next · ←, ↑, PageUp, Backspace, P, Shift+Space: previous · Home/End: first
 * and last · a number then Enter: jump · F: fullscreen · B or `.`: blackout · O: overview · ?: help ·
 * Esc: close · S: presenter window. Pure: the deck passes in a plain description of the event and the typed digits.
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
  | { type: 'presenter' };

/** The parts of a KeyboardEvent that matter, plus where focus is. */
export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
  /** Focus is in a text field, select, checkbox or editable element: the key belongs to it. */
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
  if (input.inField || input.ctrlKey || input.metaKey || input.altKey) return none;
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
