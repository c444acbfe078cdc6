import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_LOG } from '../../../src/lib/plan/format';
import { checkLogEntry, isLogMonth, logSeries, monthLabel, putLogEntry } from '../../../src/lib/plan/log';
import { logChartConfig, logChartLabel } from '../../../src/lib/plan/log-chart';

const NOW = new Date('2026-11-30T12:00:00Z');

describe('a log entry', () => {
  it('keeps the counts of the chosen metrics and the likes when given', () => {
    const result = checkLogEntry(
      { month: '2026-10', values: { aanvragen: '4', verkopen: '1.200' }, likes: '310' },
      ['aanvragen', 'verkopen'],
      NOW,
    );
    expect(result).toEqual({
      ok: true,
      entry: { month: '2026-10', values: { aanvragen: 4, verkopen: 1200 }, likes: 310 },
    });
  });

  it('gives a Dutch message per field and stores nothing', () => {
    const result = checkLogEntry(
      { month: '2027-01', values: { aanvragen: '1,5' }, likes: 'veel' },
      ['aanvragen', 'verkopen'],
      NOW,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors['month']).toMatch(/toekomst/);
      expect(result.errors['aanvragen']).toMatch(/heel getal/);
      expect(result.errors['verkopen']).toMatch(/Vul een aantal in/);
      expect(result.errors['likes']).toBeDefined();
    }
    const none = checkLogEntry({ month: '2026-10', values: {}, likes: '' }, [], NOW);
    expect(!none.ok && none.errors['month']).toMatch(/Kies eerst/);
  });

  it('accepts months from 2000 up to this month only', () => {
    expect(isLogMonth('2026-11', NOW)).toBe(true);
    expect(isLogMonth('2026-12', NOW)).toBe(false);
    expect(isLogMonth('1999-12', NOW)).toBe(false);
    expect(isLogMonth('2026-13', NOW)).toBe(false);
    expect(isLogMonth('2999-01', NOW)).toBe(false);
  });
});

describe('the log', () => {
  it('keeps one entry per month, in order, at most the newest three years', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 2000, max: 2026 }), fc.integer({ min: 1, max: 12 }), fc.nat(1000))),
        (items) => {
          let log: ReturnType<typeof putLogEntry> = [];
          for (const [y, m, n] of items)
            log = putLogEntry(log, { month: `${y}-${String(m).padStart(2, '0')}`, values: { aanvragen: n } });
          const months = log.map((e) => e.month);
          expect(months).toEqual([...new Set(months)].sort());
          expect(log.length).toBeLessThanOrEqual(MAX_LOG);
        },
      ),
    );
  });

  it('makes chart series with gaps for missing values, and the likes only when asked', () => {
    const log = [
      { month: '2026-09', values: { aanvragen: 2 }, likes: 100 },
      { month: '2026-10', values: { aanvragen: 5, verkopen: 1 } },
    ];
    expect(logSeries(log, ['aanvragen', 'verkopen', 'onbekend'], false)).toEqual({
      labels: [monthLabel('2026-09'), monthLabel('2026-10')],
      series: [
        { id: 'aanvragen', label: 'Aanvragen', values: [2, 5] },
        { id: 'verkopen', label: 'Verkopen via social media', values: [null, 1] },
      ],
    });
    expect(logSeries(log, ['aanvragen'], true).series.at(-1)).toEqual({
      id: 'likes',
      label: 'Likes',
      values: [100, null],
    });
  });

  it('labels months the Dutch way', () => {
    expect(monthLabel('2026-03')).toBe('mrt 2026');
    expect(monthLabel('kapot')).toBe('kapot');
  });
});

describe('the log chart configuration', () => {
  it('is a line chart with one dataset per series, likes dashed on their own axis, no animation when reduced', () => {
    const { labels, series } = logSeries(
      [{ month: '2026-10', values: { aanvragen: 5 }, likes: 300 }],
      ['aanvragen'],
      true,
    );
    const config = logChartConfig(labels, series, true);
    expect(config.type).toBe('line');
    expect(config.data.datasets).toHaveLength(2);
    expect(config.data.datasets[1]).toMatchObject({ yAxisID: 'likes', borderDash: [6, 4] });
    expect(config.options?.animation).toBe(false);
    expect(logChartLabel(labels, series)).toMatch(/aanvragen, likes over 1 maand/);
  });
});
