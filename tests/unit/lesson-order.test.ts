import { describe, expect, it } from 'vitest';
import { neighbours, sortByOrder } from '../../src/lib/lesson-order';

const lesson = (id: string, order: number) => ({ id, data: { order } });

describe('lesson order', () => {
  const sorted = sortByOrder([lesson('c', 3), lesson('a', 1), lesson('b', 2)]);

  it('sorts by order without changing the input', () => {
    const input = [lesson('b', 2), lesson('a', 1)];
    expect(sortByOrder(input).map((l) => l.id)).toEqual(['a', 'b']);
    expect(input.map((l) => l.id)).toEqual(['b', 'a']);
    expect(sortByOrder([])).toEqual([]);
  });

  it('links each lesson to the one before and after', () => {
    expect(neighbours(sorted, 'a')).toEqual({ next: sorted[1] });
    expect(neighbours(sorted, 'b')).toEqual({ previous: sorted[0], next: sorted[2] });
    expect(neighbours(sorted, 'c')).toEqual({ previous: sorted[1] });
    expect(neighbours(sorted, 'onbekend')).toEqual({});
    expect(neighbours([], 'a')).toEqual({});
  });
});
