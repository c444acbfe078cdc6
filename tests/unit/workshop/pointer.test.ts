import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SWIPE_PX, swipeOf, tapZone } from '../../../src/lib/workshop/pointer';

describe('tapZone', () => {
  it('goes back in the left third and on in the rest', () => {
    expect(tapZone(100, 0, 1200)).toBe('prev');
    expect(tapZone(399, 0, 1200)).toBe('prev');
    expect(tapZone(400, 0, 1200)).toBe('next');
    expect(tapZone(1199, 0, 1200)).toBe('next');
    expect(tapZone(150, 100, 300)).toBe('prev');
  });
  it('goes on for a box without width or a position that is not a number', () => {
    expect(tapZone(0, 0, 0)).toBe('next');
    expect(tapZone(Number.NaN, 0, 100)).toBe('next');
    expect(tapZone(10, 0, -5)).toBe('next');
  });
  it('property: always one of the two ways', () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), fc.double(), (x, left, width) => {
        expect(['next', 'prev']).toContain(tapZone(x, left, width));
      }),
    );
  });
});

describe('swipeOf', () => {
  it('turns on for a swipe to the left, back for one to the right', () => {
    expect(swipeOf(-200, 10)).toBe('next');
    expect(swipeOf(200, -10)).toBe('prev');
  });
  it('ignores short, vertical and broken movements', () => {
    expect(swipeOf(-SWIPE_PX + 1, 0)).toBeNull();
    expect(swipeOf(-100, 90)).toBeNull();
    expect(swipeOf(0, 0)).toBeNull();
    expect(swipeOf(Number.NaN, 0)).toBeNull();
    expect(swipeOf(Number.POSITIVE_INFINITY, 0)).toBeNull();
  });
  it('property: a swipe is at least SWIPE_PX sideways and mostly sideways', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), fc.double({ noNaN: true }), (dx, dy) => {
        const way = swipeOf(dx, dy);
        if (way) {
          expect(Math.abs(dx)).toBeGreaterThanOrEqual(SWIPE_PX);
          expect(Math.abs(dx)).toBeGreaterThanOrEqual(1.5 * Math.abs(dy));
          expect(way).toBe(dx < 0 ? 'next' : 'prev');
        }
      }),
    );
  });
});
