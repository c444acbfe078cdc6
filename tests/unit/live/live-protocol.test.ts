import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isRoomCode,
  MAX_LIVE_MESSAGE,
  parseClientMessage,
  parseServerMessage,
  utf8Length,
} from '../../../src/lib/island-sync/live-protocol';
import { parseMessage } from '../../../src/lib/island-sync/protocol';

const env = { app: 'vdl-workshop', v: 1, from: 'abc' };
const parse = (m: unknown) => parseClientMessage(JSON.stringify(m));

describe('live protocol: client messages', () => {
  it('accepts the existing island-sync kinds exactly as parseMessage does', () => {
    const state = { ...env, kind: 'state', key: 'deck:les', json: '{"slide":1,"blackout":false}', t: 5 };
    expect(parse(state)).toEqual({ ok: true, message: parseMessage(state) });
    expect(parse({ ...env, kind: 'hello' })).toEqual({ ok: true, message: { ...env, kind: 'hello' } });
  });

  it('accepts join, poll and vote with clean copies (extra fields dropped)', () => {
    expect(parse({ ...env, kind: 'join', room: 'abcdefghjk', role: 'presenter', pin: '123456', extra: 1 })).toEqual({
      ok: true,
      message: { ...env, kind: 'join', room: 'abcdefghjk', role: 'presenter', pin: '123456' },
    });
    expect(parse({ ...env, kind: 'poll', question: 'les:1', options: 4, open: true }).ok).toBe(true);
    expect(parse({ ...env, kind: 'vote', question: 'les:1', option: 0 }).ok).toBe(true);
  });

  it.each([
    ['unknown kind', { ...env, kind: 'drive' }],
    ['wrong app', { ...env, app: 'other', kind: 'hello' }],
    ['bad room', { ...env, kind: 'join', room: 'ABCDEFGHJK', role: 'participant', voter: 'v'.repeat(20) }],
    ['bad role', { ...env, kind: 'join', room: 'abcdefghjk', role: 'admin' }],
    ['bad pin', { ...env, kind: 'join', room: 'abcdefghjk', role: 'presenter', pin: '12345' }],
    ['short voter', { ...env, kind: 'join', room: 'abcdefghjk', role: 'participant', voter: 'short' }],
    ['option NaN', { ...env, kind: 'vote', question: 'q', option: 'NaN' }],
    ['option negative', { ...env, kind: 'vote', question: 'q', option: -1 }],
    ['option huge', { ...env, kind: 'vote', question: 'q', option: 1e9 }],
    ['option fraction', { ...env, kind: 'vote', question: 'q', option: 0.5 }],
    ['one option', { ...env, kind: 'poll', question: 'q', options: 1, open: true }],
    ['bad question key', { ...env, kind: 'vote', question: '<script>', option: 0 }],
    ['array', [1, 2]],
    ['null', null],
  ])('rejects %s', (_name, message) => {
    expect(parse(message)).toEqual({ ok: false, code: 'invalid' });
  });

  it('rejects text that is not JSON, and anything over 4 KB (counted in UTF-8 bytes)', () => {
    expect(parseClientMessage('{')).toEqual({ ok: false, code: 'invalid' });
    expect(parseClientMessage('')).toEqual({ ok: false, code: 'invalid' });
    const big = JSON.stringify({ ...env, kind: 'state', key: 'k', json: JSON.stringify('é'.repeat(2100)), t: 1 });
    expect(big.length).toBeLessThan(MAX_LIVE_MESSAGE + 200);
    expect(parseClientMessage(big)).toEqual({ ok: false, code: 'too-big' });
  });

  it('never throws, whatever arrives', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const result = parseClientMessage(raw);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
    fc.assert(
      fc.property(fc.anything(), (data) => {
        parseServerMessage(data);
      }),
    );
  });

  it('measures UTF-8 length like Buffer does', () => {
    for (const s of ['', 'a', 'é', '€', '😀', '\ud800', '\udc00x', 'a\ud83dz'])
      expect(utf8Length(s)).toBe(Buffer.byteLength(s, 'utf8'));
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 32 }).map((a) => String.fromCharCode(...a)),
        (s) => utf8Length(s) === Buffer.byteLength(s, 'utf8'),
      ),
    );
  });

  it('recognises room codes', () => {
    expect(isRoomCode('abcdefghjk')).toBe(true);
    expect(isRoomCode('abcdefghji')).toBe(false); // i is not in the alphabet
    expect(isRoomCode('')).toBe(false);
    expect(isRoomCode(12)).toBe(false);
  });
});

describe('live protocol: server messages', () => {
  it('reads a welcome and drops bad own votes', () => {
    const m = parseServerMessage({
      ...env,
      kind: 'welcome',
      room: 'abcdefghjk',
      role: 'participant',
      now: 1,
      participants: 3,
      votes: { 'les:1': 2, 'les:2': -1, '<x>': 0 },
    });
    expect(m).toMatchObject({ kind: 'welcome', votes: { 'les:1': 2 } });
  });

  it('rejects a tally with negative or fractional counts', () => {
    const tally = { ...env, kind: 'tally', question: 'q', open: true, participants: 1 };
    expect(parseServerMessage({ ...tally, counts: [1, 2] })).not.toBeNull();
    expect(parseServerMessage({ ...tally, counts: [1, -2] })).toBeNull();
    expect(parseServerMessage({ ...tally, counts: [1.5] })).toBeNull();
    expect(parseServerMessage({ ...tally, counts: [Number.NaN] })).toBeNull();
  });
});
