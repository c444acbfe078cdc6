import { atom } from 'nanostores';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSync } from '../../../src/lib/island-sync/sync';
import { SYNC_APP, SYNC_VERSION } from '../../../src/lib/island-sync/protocol';
import { FakeHub } from './fake-channel';

/** Two windows on one hub with a shared, controllable clock. */
function twoWindows() {
  const hub = new FakeHub();
  let clock = 1_000;
  const now = () => clock;
  const tick = (ms = 10) => (clock += ms);
  const a = hub.open();
  const b = hub.open();
  const syncA = createSync({ channel: a, self: 'a', now });
  const syncB = createSync({ channel: b, self: 'b', now });
  return { hub, a, b, syncA, syncB, tick };
}

describe('createSync', () => {
  it('mirrors a change from one window to the other', () => {
    const { hub, syncA, syncB, tick } = twoWindows();
    const left = atom({ likes: '1000', preset: 'kledingmerk' });
    const right = atom({ likes: '1000', preset: 'kledingmerk' });
    syncA.join('calc:a', left);
    syncB.join('calc:a', right);
    tick();
    left.set({ likes: '2500', preset: 'kledingmerk' });
    hub.flush();
    expect(right.get()).toEqual({ likes: '2500', preset: 'kledingmerk' });
  });

  it('does not echo: one change causes exactly one message', () => {
    const { hub, a, b, syncA, syncB, tick } = twoWindows();
    const left = atom({ n: 1 });
    const right = atom({ n: 1 });
    syncA.join('k', left);
    syncB.join('k', right);
    tick();
    left.set({ n: 2 });
    expect(hub.flush()).toBe(1);
    expect(a.sent).toHaveLength(1);
    expect(b.sent).toHaveLength(0);
    expect(right.get()).toEqual({ n: 2 });
  });

  it('does not send a value equal to the current one', () => {
    const { a, syncA } = twoWindows();
    const store = atom({ n: 1 });
    syncA.join('k', store);
    store.set({ n: 1 });
    expect(a.sent).toHaveLength(0);
  });

  it('converges when both windows change at once: the later change wins everywhere', () => {
    const { hub, syncA, syncB, tick } = twoWindows();
    const left = atom({ n: 0 });
    const right = atom({ n: 0 });
    syncA.join('k', left);
    syncB.join('k', right);
    tick();
    left.set({ n: 1 });
    tick();
    right.set({ n: 2 });
    hub.flush();
    expect(left.get()).toEqual({ n: 2 });
    expect(right.get()).toEqual({ n: 2 });
  });

  it('breaks a tie of equal times the same way in both windows', () => {
    const { hub, syncA, syncB, tick } = twoWindows();
    const left = atom({ n: 0 });
    const right = atom({ n: 0 });
    syncA.join('k', left);
    syncB.join('k', right);
    tick();
    left.set({ n: 1 });
    right.set({ n: 2 });
    hub.flush();
    expect(left.get()).toEqual(right.get());
  });

  it('a reloaded window adopts what changed while it was away (hello → snapshot)', () => {
    const { hub, syncA, tick } = twoWindows();
    const deck = atom({ slide: 0, blackout: false });
    syncA.join('deck', deck);
    tick();
    deck.set({ slide: 5, blackout: true });
    hub.flush();
    // A new window (the reloaded presenter) starts at its URL's slide and asks around.
    const c = hub.open();
    const syncC = createSync({ channel: c, self: 'c', now: () => 5_000 });
    const reloaded = atom({ slide: 5, blackout: false });
    syncC.join('deck', reloaded);
    syncC.hello();
    hub.flush();
    expect(reloaded.get()).toEqual({ slide: 5, blackout: true });
  });

  it('a snapshot never overwrites a newer local change', () => {
    const hub = new FakeHub();
    let clock = 100;
    const a = createSync({ channel: hub.open(), self: 'a', now: () => clock });
    const left = atom({ slide: 0 });
    a.join('deck', left);
    clock = 200;
    left.set({ slide: 3 });
    hub.flush();
    const c = createSync({ channel: hub.open(), self: 'c', now: () => clock });
    const right = atom({ slide: 0 });
    c.join('deck', right);
    clock = 300;
    right.set({ slide: 7 }); // the reloaded window moved on before the answer came
    c.hello();
    hub.flush();
    expect(right.get()).toEqual({ slide: 7 });
    expect(left.get()).toEqual({ slide: 7 });
  });

  it('keeps values for a target that has not joined yet and applies them on join', () => {
    const { hub, syncA, syncB, tick } = twoWindows();
    const left = atom({ revealed: false });
    syncA.join('quiz:1', left);
    tick();
    left.set({ revealed: true });
    hub.flush();
    const late = atom({ revealed: false });
    syncB.join('quiz:1', late);
    expect(late.get()).toEqual({ revealed: true });
  });

  it('drops a value that fails the validator, and one of another shape by default', () => {
    const { hub, syncA, syncB, tick } = twoWindows();
    const left = atom<unknown>({ n: 1 });
    const right = atom({ n: 1 });
    const source = atom({ n: 1 });
    const checked = atom({ n: 1 });
    syncA.join('k', left);
    syncB.join('k', right);
    syncA.join('v', source);
    syncB.join('v', checked, (v) => typeof v === 'object' && v !== null && (v as { n: unknown }).n !== 99);
    tick();
    left.set({ n: 'not a number' });
    source.set({ n: 99 });
    hub.flush();
    expect(right.get()).toEqual({ n: 1 });
    expect(checked.get()).toEqual({ n: 1 });
    tick();
    source.set({ n: 7 });
    hub.flush();
    expect(checked.get()).toEqual({ n: 7 });
  });

  it('ignores foreign, malformed and own messages', () => {
    const { hub, syncB } = twoWindows();
    const store = atom({ n: 1 });
    syncB.join('k', store);
    const base = { app: SYNC_APP, v: SYNC_VERSION, kind: 'state', key: 'k', t: 5_000 };
    hub.inject({ ...base, from: 'x', json: '{"n":' }); // broken JSON
    hub.inject({ ...base, from: 'x', json: '{"n":2}', v: 99 }); // other version
    hub.inject({ ...base, from: 'x', json: '{"n":2}', app: 'someone-else' });
    hub.inject({ ...base, from: 'b', json: '{"n":2}' }); // claims to be us
    hub.inject({ ...base, from: 'x', json: '{"n":2}', key: '<script>' });
    hub.inject({ ...base, from: 'x', json: '{"n":2}', t: Number.NaN });
    hub.inject('hello');
    hub.inject(null);
    hub.inject({ ...base, from: 'x', kind: 'snapshot', entries: 'nope' });
    hub.flush();
    expect(store.get()).toEqual({ n: 1 });
    hub.inject({ ...base, from: 'x', json: '{"n":2}' });
    hub.flush();
    expect(store.get()).toEqual({ n: 2 });
  });

  it('stops syncing a key after leaving and everything after close', () => {
    const { hub, syncA, syncB, tick } = twoWindows();
    const left = atom({ n: 1 });
    const right = atom({ n: 1 });
    const leave = syncA.join('k', left);
    syncB.join('k', right);
    leave();
    tick();
    left.set({ n: 2 });
    hub.flush();
    expect(right.get()).toEqual({ n: 1 });
    syncB.close();
    const again = atom({ n: 1 });
    syncA.join('k', again);
    tick();
    again.set({ n: 3 });
    hub.flush();
    expect(right.get()).toEqual({ n: 1 });
  });

  it('does not loop when a target normalises what it receives', () => {
    const { hub, syncA, syncB, tick } = twoWindows();
    const left = atom({ text: 'a' });
    const inner = atom({ text: 'a' });
    // A target whose set trims and lower-cases, like a calculator sanitising its input.
    const right = {
      get: () => inner.get(),
      set: (v: { text: string }) => inner.set({ text: v.text.trim().toLowerCase() }),
      listen: inner.listen.bind(inner),
    };
    syncA.join('k', left);
    syncB.join('k', right);
    tick();
    left.set({ text: '  ABC ' });
    expect(hub.flush()).toBe(1);
    expect(inner.get()).toEqual({ text: 'abc' });
  });

  it('property: after any interleaving of changes, both windows hold the same value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 5 }), fc.boolean()), { maxLength: 30 }),
        (steps) => {
          const { hub, syncA, syncB, tick } = twoWindows();
          const left = atom({ n: 0 });
          const right = atom({ n: 0 });
          syncA.join('k', left);
          syncB.join('k', right);
          for (const [onLeft, n, flushNow] of steps) {
            if (n % 2) tick();
            (onLeft ? left : right).set({ n });
            if (flushNow) hub.flush();
          }
          hub.flush();
          expect(left.get()).toEqual(right.get());
        },
      ),
    );
  });
});
