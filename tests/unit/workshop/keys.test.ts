import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  JUMP_TIMEOUT_MS,
  emptyJump,
  interpretKey,
  isControlTarget,
  fieldKind,
  isTypingTarget,
  type DeckAction,
} from '../../../src/lib/workshop/keys';

const act = (key: string, extra: Partial<Parameters<typeof interpretKey>[0]> = {}): DeckAction | null =>
  interpretKey({ key, ...extra }, emptyJump, 0).action;

describe('interpretKey', () => {
  it('moves forward on what clickers and keyboards send', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n', 'N'])
      expect(act(key)).toEqual({ type: 'next' });
  });
  it('moves back', () => {
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p']) expect(act(key)).toEqual({ type: 'prev' });
    expect(act(' ', { shiftKey: true })).toEqual({ type: 'prev' });
  });
  it('maps the other keys', () => {
    expect(act('Home')).toEqual({ type: 'first' });
    expect(act('End')).toEqual({ type: 'last' });
    expect(act('f')).toEqual({ type: 'fullscreen' });
    expect(act('F')).toEqual({ type: 'fullscreen' });
    expect(act('b')).toEqual({ type: 'blackout' });
    expect(act('.')).toEqual({ type: 'blackout' });
    expect(act('o')).toEqual({ type: 'overview' });
    expect(act('?', { shiftKey: true })).toEqual({ type: 'help' });
    expect(act('Escape')).toEqual({ type: 'close' });
    expect(act('s')).toEqual({ type: 'presenter' });
  });
  it('leaves typing in a text field alone, but PageDown/PageUp still turn and Esc leaves the field', () => {
    for (const key of ['ArrowRight', ' ', 'b', 'f', '5', 'Enter', 'Home']) {
      expect(interpretKey({ key, inField: true }, emptyJump, 0)).toMatchObject({ action: null, handled: false });
    }
    expect(interpretKey({ key: 'PageDown', field: 'text' }, emptyJump, 0).action).toEqual({ type: 'next' });
    expect(interpretKey({ key: 'PageUp', field: 'text' }, emptyJump, 0).action).toEqual({ type: 'prev' });
    expect(interpretKey({ key: 'Escape', field: 'text' }, emptyJump, 0).action).toEqual({ type: 'leave' });
  });
  it('from a number field: PageDown, PageUp and B reach the deck; arrows, digits and separators do not', () => {
    const inNumber = (key: string) => interpretKey({ key, field: 'number' }, emptyJump, 0);
    expect(inNumber('PageDown').action).toEqual({ type: 'next' });
    expect(inNumber('PageUp').action).toEqual({ type: 'prev' });
    expect(inNumber('b').action).toEqual({ type: 'blackout' });
    expect(inNumber('B').action).toEqual({ type: 'blackout' });
    expect(inNumber('Escape').action).toEqual({ type: 'leave' });
    for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', '5', ',', '.', 'Backspace', ' ', 'Home', 'End'])
      expect(inNumber(key)).toMatchObject({ action: null, handled: false });
  });
  it('from a checkbox the arrows turn too; a textarea keeps every key but Esc', () => {
    expect(interpretKey({ key: 'ArrowRight', field: 'toggle' }, emptyJump, 0).action).toEqual({ type: 'next' });
    expect(interpretKey({ key: ' ', field: 'toggle' }, emptyJump, 0).action).toBeNull();
    for (const key of ['PageDown', 'PageUp', 'b', 'ArrowRight'])
      expect(interpretKey({ key, field: 'multiline' }, emptyJump, 0).action).toBeNull();
    expect(interpretKey({ key: 'Escape', field: 'multiline' }, emptyJump, 0).action).toEqual({ type: 'leave' });
  });
  it('does nothing with Ctrl, Cmd or Alt', () => {
    expect(act('ArrowRight', { ctrlKey: true })).toBeNull();
    expect(act('f', { metaKey: true })).toBeNull();
    expect(act('ArrowLeft', { altKey: true })).toBeNull();
    expect(act('B', { shiftKey: true })).toBeNull();
    expect(interpretKey({ key: 'PageDown', field: 'number', ctrlKey: true }, emptyJump, 0).action).toBeNull();
  });
  it('lets Space and Enter activate a focused button, but arrows still turn', () => {
    expect(interpretKey({ key: ' ', onControl: true }, emptyJump, 0).handled).toBe(false);
    expect(interpretKey({ key: 'Enter', onControl: true }, emptyJump, 0).handled).toBe(false);
    expect(act('ArrowRight', { onControl: true })).toEqual({ type: 'next' });
  });
  it('jumps to a typed number on Enter', () => {
    let buffer = emptyJump;
    for (const key of ['1', '2']) buffer = interpretKey({ key }, buffer, 100).buffer;
    expect(buffer.digits).toBe('12');
    const r = interpretKey({ key: 'Enter' }, buffer, 200);
    expect(r.action).toEqual({ type: 'goto', slide: 12 });
    expect(r.buffer).toEqual(emptyJump);
  });
  it('jumps on Enter after digits even when a button has focus', () => {
    const typed = interpretKey({ key: '3', onControl: true }, emptyJump, 0).buffer;
    expect(interpretKey({ key: 'Enter', onControl: true }, typed, 10)).toMatchObject({ action: { type: 'goto', slide: 3 }, handled: true });
  });
  it('forgets typed digits after a pause, another key, or 0', () => {
    const typed = interpretKey({ key: '4' }, emptyJump, 0).buffer;
    expect(interpretKey({ key: 'Enter' }, typed, JUMP_TIMEOUT_MS + 1).action).toBeNull();
    const after = interpretKey({ key: 'ArrowRight' }, typed, 10).buffer;
    expect(after).toEqual(emptyJump);
    const zero = interpretKey({ key: '0' }, emptyJump, 0).buffer;
    expect(interpretKey({ key: 'Enter' }, zero, 1).action).toBeNull();
  });
  it('property: in a text field only PageDown, PageUp and Esc do anything, and typed digits are never buffered', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.boolean(), (key, shiftKey) => {
        const r = interpretKey({ key, shiftKey, inField: true }, emptyJump, 0);
        expect(r.buffer).toEqual(emptyJump);
        if (!['PageDown', 'PageUp', 'Escape'].includes(key)) expect(r).toEqual({ action: null, buffer: emptyJump, handled: false });
      }),
    );
  });
  it('property: in a number field no printable key but B reaches the deck (typing is never lost)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 1 }), fc.boolean(), (key, shiftKey) => {
        const r = interpretKey({ key, shiftKey, field: 'number' }, emptyJump, 0);
        if (key.toLowerCase() !== 'b' || shiftKey) expect(r.action).toBeNull();
      }),
    );
  });
  it('property: a jump target is always a positive slide number', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...'0123456789'), { minLength: 1, maxLength: 8 }), (digits) => {
        let buffer = emptyJump;
        for (const key of digits) buffer = interpretKey({ key }, buffer, 1).buffer;
        const { action } = interpretKey({ key: 'Enter' }, buffer, 2);
        if (action) expect(action.type === 'goto' && action.slide > 0 && action.slide <= 9999).toBe(true);
      }),
    );
  });
});

describe('fieldKind', () => {
  it('tells the kinds of field apart', () => {
    expect(fieldKind({ tagName: 'INPUT', type: 'text', inputMode: 'decimal' })).toBe('number');
    expect(fieldKind({ tagName: 'INPUT', type: 'number' })).toBe('number');
    expect(fieldKind({ tagName: 'INPUT', type: 'text' })).toBe('text');
    expect(fieldKind({ tagName: 'input' })).toBe('text');
    expect(fieldKind({ tagName: 'INPUT', type: 'checkbox' })).toBe('toggle');
    expect(fieldKind({ tagName: 'INPUT', type: 'radio' })).toBe('choice');
    expect(fieldKind({ tagName: 'INPUT', type: 'range' })).toBe('range');
    expect(fieldKind({ tagName: 'TEXTAREA' })).toBe('multiline');
    expect(fieldKind({ tagName: 'SELECT' })).toBe('multiline');
    expect(fieldKind({ tagName: 'DIV', isContentEditable: true })).toBe('multiline');
    expect(fieldKind({ tagName: 'INPUT', type: 'button' })).toBeNull();
    expect(fieldKind({ tagName: 'BUTTON' })).toBeNull();
    expect(fieldKind(null)).toBeNull();
  });
});

describe('isTypingTarget / isControlTarget', () => {
  it('knows fields from buttons', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTypingTarget({ tagName: 'input' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'radio' })).toBe(true);
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'SELECT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'button' })).toBe(false);
    expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
    expect(isControlTarget({ tagName: 'BUTTON' })).toBe(true);
    expect(isControlTarget({ tagName: 'A' })).toBe(true);
    expect(isControlTarget({ tagName: 'INPUT', type: 'submit' })).toBe(true);
    expect(isControlTarget({ tagName: 'BODY' })).toBe(false);
    expect(isControlTarget(undefined)).toBe(false);
  });
});
