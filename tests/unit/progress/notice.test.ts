import { describe, expect, it } from 'vitest';
import { BLOCKED_TEXT, noticeLines, problemText } from '../../../src/lib/progress/notice';

describe('noticeLines', () => {
  it('says nothing when all is well', () => {
    expect(noticeLines({ blocked: false, problems: [] })).toEqual([]);
  });

  it('puts blocked storage first, then problems in part order', () => {
    const lines = noticeLines({
      blocked: true,
      problems: [
        { part: 'selfTest', status: 'unreadable', dropped: 0 },
        { part: 'lessons', status: 'repaired', dropped: 2 },
      ],
    });
    expect(lines[0]).toBe(BLOCKED_TEXT);
    expect(lines[1]).toContain('gelezen lessen');
    expect(lines[2]).toContain('zelftests');
  });

  it('has a distinct sentence for each kind of problem', () => {
    const texts = (['repaired', 'unreadable', 'newer', 'outdated'] as const).map((status) =>
      problemText({ part: 'lessons', status, dropped: 1 }),
    );
    expect(new Set(texts).size).toBe(texts.length);
    for (const t of texts) expect(t).toMatch(/apart gezet/);
  });
});
