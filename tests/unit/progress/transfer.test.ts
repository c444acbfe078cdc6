import { EMPTY_PLAN } from '../../../src/lib/plan/format';
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
  selfTest: [{ at: AT, scores: { doelen: 83, meten: 42, gesprek: 58, inhoud: 17, middelen: 100, kanalen: 0 } }],
  plan: {
    updatedAt: AT,
    goal: { periode: '3', aantal: '12', uitkomst: 'klanten', kanaal: 'Instagram' },
    metrics: ['aanvragen', 'bezoek-social'],
    answers: { doel: 'Twaalf nieuwe klanten' },
    month: { start: '2025-03-01', weakest: ['meten', 'doelen'], done: ['van-like-naar-euro-1'] },
    log: [{ month: '2025-02', values: { aanvragen: 4, 'bezoek-social': 120 }, likes: 310 }],
    scenarios: { inspanning: { state: { preset: 'coach', values: { uren: '3' } }, at: AT } },
  },
};

describe('export and import', () => {
  it('round-trips all progress', () => {
    const result = importProgress(exportProgress(data, new Date(AT)));
    expect(result).toEqual({ ok: true, data, dropped: 0, counts: { lessons: 1, mythQuiz: 1, selfTest: 1, plan: 1 } });
  });

  it('names the file with the date', () => {
    expect(exportFileName(new Date(AT))).toBe('voorbij-de-like-voortgang-2025-03-01.json');
  });

  it('reads a v1 file through the migration', () => {
    const v1 = JSON.stringify({ app: 'voorbij-de-like', kind: 'voortgang', v: 1, parts: { lessons: ['zelftest'] } });
    const result = importProgress(v1);
    expect(result.ok && result.data.lessons).toEqual({ zelftest: { done: true } });
  });

  it('reads a v2 file (before the plan existed) through the migration, with an empty plan', () => {
    const file = JSON.parse(exportProgress(data, new Date(AT)));
    delete file.parts.plan;
    file.v = 2;
    const result = importProgress(JSON.stringify(file));
    expect(result.ok && result.data).toEqual({ ...data, plan: EMPTY_PLAN });
    expect(result.ok && result.counts.plan).toBe(0);
  });

  // Issue 10, item 9: a file with anything broken in it is refused as a whole (it used to load the rest).
  it('refuses a partly broken file as a whole', () => {
    const file = JSON.parse(exportProgress(data, new Date(AT)));
    file.parts.mythQuiz.push({ at: 'nooit', correct: 1, total: 2 });
    const result = importProgress(JSON.stringify(file));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/niets overgenomen/);
  });
});

/** A progress file in the current version with these parts. */
function file(parts: Record<string, unknown>): string {
  return JSON.stringify({ app: 'voorbij-de-like', kind: 'voortgang', v: CURRENT_VERSION, parts });
}

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
    // Issue 10, item 9: the impossible is refused, with what is wrong.
    [file({}), 'leeg'],
    [file({ foo: [] }), 'leeg'],
    [file({ lessons: { 'bestaat-niet': { done: true } } }), 'les die deze cursus niet heeft: “bestaat-niet”'],
    [
      file({ mythQuiz: [{ at: '2999-01-01T00:00:00.000Z', correct: 3, total: 5 }] }),
      'quizronde met een datum in de toekomst',
    ],
    [
      file({ selfTest: [{ at: AT, scores: { doelen: 1, meten: 2, gesprek: 3, inhoud: 4, middelen: 5, kanalen: 6 } }] }),
      'scores die de zelftest niet kan geven',
    ],
    [
      file({ selfTest: [{ at: '2999-01-01T00:00:00.000Z', scores: data.selfTest[0]!.scores }] }),
      'zelftest met een datum in de toekomst',
    ],
    [file({ plan: { log: [{ month: '2999-01', values: {} }] } }), 'niets overgenomen'],
    [file({ plan: 'kapot' }), 'beschadigd'],
  ];
  for (const [text, message] of cases) {
    it(`${text.slice(0, 40) || '(empty)'} → “${message}”`, () => {
      const result = importProgress(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toContain(message);
    });
  }
});
