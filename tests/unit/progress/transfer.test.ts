import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, type ProgressData } from '../../../src/lib/progress/format';
import { exportFileName, exportProgress, importProgress, MAX_FILE_BYTES } from '../../../src/lib/progress/transfer';

const AT = '2025-03-01T09:30:00.000Z';
const data: ProgressData = {
  lessons: {
    'vergiftigd-geschenk': { done: true, doneAt: AT, check: { correct: 2, total: 2, at: AT } },
    zelftest: { done: false },
  },
  mythQuiz: [{ at: AT, correct: 12, total: 20 }],
  selfTest: [{ at: AT, scores: { doelen: 80, meten: 40, gesprek: 60, inhoud: 20, middelen: 100, kanalen: 0 } }],
};

describe('export and import', () => {
  it('round-trips all progress', () => {
    const result = importProgress(exportProgress(data, new Date(AT)));
    expect(result).toEqual({ ok: true, data, dropped: 0, counts: { lessons: 1, mythQuiz: 1, selfTest: 1 } });
  });

  it('names the file with the date', () => {
    expect(exportFileName(new Date(AT))).toBe('voorbij-de-like-voortgang-2025-03-01.json');
  });

  it('reads a v1 file through the migration', () => {
    const v1 = JSON.stringify({ app: 'voorbij-de-like', kind: 'voortgang', v: 1, parts: { lessons: ['zelftest'] } });
    const result = importProgress(v1);
    expect(result.ok && result.data.lessons).toEqual({ zelftest: { done: true } });
  });

  it('keeps the good parts of a partly broken file and counts what it dropped', () => {
    const file = JSON.parse(exportProgress(data, new Date(AT)));
    file.parts.mythQuiz.push({ at: 'nooit', correct: 1, total: 2 });
    const result = importProgress(JSON.stringify(file));
    expect(result.ok && result.dropped).toBe(1);
    expect(result.ok && result.data.mythQuiz).toEqual(data.mythQuiz);
  });
});

describe('import refuses with a Dutch message', () => {
  const cases: [string, string][] = [
    ['', 'leeg'],
    ['   ', 'leeg'],
    ['{kapot', 'niet lezen'],
    ['[]', 'geen voortgangsbestand'],
    ['null', 'geen voortgangsbestand'],
    [JSON.stringify({ app: 'iets-anders', kind: 'voortgang', v: 2, parts: {} }), 'geen voortgangsbestand'],
    [
      JSON.stringify({ app: 'voorbij-de-like', kind: 'voortgang', v: CURRENT_VERSION + 1, parts: {} }),
      'nieuwere versie',
    ],
    [JSON.stringify({ app: 'voorbij-de-like', kind: 'voortgang', v: 2 }), 'onvolledig'],
    [JSON.stringify({ app: 'voorbij-de-like', kind: 'voortgang', v: 2, parts: { lessons: [] } }), 'beschadigd'],
    [JSON.stringify({ app: 'voorbij-de-like', kind: 'voortgang', v: 0, parts: { lessons: {} } }), 'beschadigd'],
    ['x'.repeat(MAX_FILE_BYTES + 1), 'te groot'],
  ];
  for (const [text, message] of cases) {
    it(`${text.slice(0, 40) || '(empty)'} → “${message}”`, () => {
      const result = importProgress(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toContain(message);
    });
  }
});
