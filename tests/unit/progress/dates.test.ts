import { describe, expect, it } from 'vitest';
import { formatDate, formatShortDate } from '../../../src/lib/progress/dates';

describe('dates', () => {
  it('writes a date the Dutch way', () => {
    expect(formatDate('2025-03-01T12:00:00Z')).toBe('1 maart 2025');
    expect(formatDate('2025-03-01T12:00:00Z', true)).toMatch(/^1 maart 2025 om \d{2}:\d{2}$/);
    expect(formatShortDate('2025-03-01T12:00:00Z')).toMatch(/^0?1-0?3-2025,? \d{2}:\d{2}$/);
  });

  it('says "onbekende datum" for anything unparseable', () => {
    for (const bad of ['', 'gisteren', 'NaN']) {
      expect(formatDate(bad)).toBe('onbekende datum');
      expect(formatShortDate(bad)).toBe('onbekende datum');
    }
  });
});
