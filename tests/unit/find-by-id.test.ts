import { describe, expect, it } from 'vitest';
import { benchmarkSets } from '../../src/data/engagement-benchmarks';
import { referenceRateGroups } from '../../src/data/funnel-rates';
import { userCountLists } from '../../src/data/platform-users';
import { findById } from '../../src/lib/find-by-id';

describe('findById', () => {
  const items = [{ id: 'a' }, { id: 'b' }];
  it('finds an item by id', () => {
    expect(findById(items, 'b', '<X>')).toBe(items[1]);
  });
  it('names the component and the valid ids on a miss', () => {
    expect(() => findById(items, 'c', '<X set>')).toThrow('<X set>: unknown id "c"; use one of a, b');
    expect(() => findById(items, undefined, '<X>')).toThrow(/unknown id "undefined"/);
    expect(() => findById([], 'a', '<X>')).toThrow(/use one of $/);
  });
  it('finds the ids the lessons use, and the data has no duplicate ids', () => {
    for (const list of [benchmarkSets, userCountLists, referenceRateGroups]) {
      const ids = list.map((x) => x.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    expect(findById(benchmarkSets, 'markerly-2016', '<X>').platform).toBe('Instagram');
    expect(findById(userCountLists, 'newcom-2024', '<X>').country).toBe('Nederland');
  });
});
