import { describe, expect, it } from 'vitest';
import { DIMENSION_IDS, DIMENSIONS } from '../../../src/lib/selftest/dimensions';
import { LESSON_SLUGS } from '../../../src/lib/lesson-slugs';
import { STATEMENTS } from '../../../src/lib/selftest/statements';

describe('the statements', () => {
  it('number 15 to 20 over 5 to 6 dimensions', () => {
    expect(STATEMENTS.length).toBeGreaterThanOrEqual(15);
    expect(STATEMENTS.length).toBeLessThanOrEqual(20);
    expect(DIMENSION_IDS.length).toBeGreaterThanOrEqual(5);
    expect(DIMENSION_IDS.length).toBeLessThanOrEqual(6);
  });

  it('have unique ids and texts', () => {
    expect(new Set(STATEMENTS.map((s) => s.id)).size).toBe(STATEMENTS.length);
    expect(new Set(STATEMENTS.map((s) => s.text)).size).toBe(STATEMENTS.length);
  });

  it('give every dimension at least three statements, at least one of them not reversed', () => {
    for (const id of DIMENSION_IDS) {
      const own = STATEMENTS.filter((s) => s.dimension === id);
      expect(own.length, id).toBeGreaterThanOrEqual(3);
      expect(
        own.some((s) => !s.reversed),
        id,
      ).toBe(true);
    }
  });

  it('mix normal and reversed statements', () => {
    expect(STATEMENTS.some((s) => s.reversed)).toBe(true);
    expect(STATEMENTS.some((s) => !s.reversed)).toBe(true);
  });

  it('point every dimension to known lessons, never to the self-test itself', () => {
    for (const id of DIMENSION_IDS) {
      expect(DIMENSIONS[id].lessons.length, id).toBeGreaterThan(0);
      for (const slug of DIMENSIONS[id].lessons) {
        expect(LESSON_SLUGS).toContain(slug);
        expect(slug).not.toBe('zelftest');
      }
    }
  });
});
