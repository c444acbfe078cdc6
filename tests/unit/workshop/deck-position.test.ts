import { describe, expect, it } from 'vitest';
import { SWITCH_FRESH_MS, isDeckPosition, isFollowableSwitch } from '../../../src/lib/workshop/deck-position';

describe('isDeckPosition', () => {
  it('accepts a slide inside the deck', () => {
    expect(isDeckPosition({ slide: 0, blackout: false }, 5)).toBe(true);
    expect(isDeckPosition({ slide: 4, blackout: true }, 5)).toBe(true);
  });
  it('rejects anything else', () => {
    for (const v of [
      null,
      1,
      'x',
      [],
      {},
      { slide: 5, blackout: false },
      { slide: -1, blackout: false },
      { slide: 1.5, blackout: false },
      { slide: '1', blackout: false },
      { slide: 1, blackout: 'no' },
      { slide: 1, blackout: false, extra: 1 },
    ]) {
      expect(isDeckPosition(v, 5)).toBe(false);
    }
  });
});

describe('isFollowableSwitch', () => {
  const now = 1_000_000;
  const ok = { from: 'a', to: 'b', slide: 0, at: now - 1000 };
  it('follows a fresh switch away from this lesson to a known one', () => {
    expect(isFollowableSwitch(ok, 'a', ['a', 'b'], now)).toBe(true);
  });
  it('ignores stale, foreign and unknown switches', () => {
    expect(isFollowableSwitch({ ...ok, at: now - SWITCH_FRESH_MS - 1 }, 'a', ['a', 'b'], now)).toBe(false);
    expect(isFollowableSwitch(ok, 'c', ['a', 'b', 'c'], now)).toBe(false);
    expect(isFollowableSwitch({ ...ok, to: 'evil' }, 'a', ['a', 'b'], now)).toBe(false);
    expect(isFollowableSwitch({ ...ok, to: 'a' }, 'a', ['a', 'b'], now)).toBe(false);
    expect(isFollowableSwitch({ ...ok, slide: -1 }, 'a', ['a', 'b'], now)).toBe(false);
    expect(isFollowableSwitch({ ...ok, at: Number.NaN }, 'a', ['a', 'b'], now)).toBe(false);
    expect(isFollowableSwitch(null, 'a', ['a', 'b'], now)).toBe(false);
  });
});
