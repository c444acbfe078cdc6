import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEnvelope, decodePart, encodePart, SET_ASIDE } from '../../../src/lib/progress/codec';
import { CURRENT_VERSION, EMPTY, PARTS, type ProgressData } from '../../../src/lib/progress/format';

const AT = '2025-03-01T09:30:00.000Z';
const SCORES = { doelen: 83, meten: 42, gesprek: 58, inhoud: 17, middelen: 100, kanalen: 0 };
const sample: ProgressData = {
  lessons: {
    'vergiftigd-geschenk': { done: true, doneAt: AT, check: { correct: 2, total: 3, at: AT } },
    'twintig-mythes': { done: false },
  },
  mythQuiz: [{ at: AT, correct: 15, total: 20 }],
  selfTest: [{ at: AT, scores: SCORES }],
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

describe('encodePart / decodePart', () => {
  it('round-trips every part in the current version', () => {
    for (const part of PARTS) {
      const decoded = decodePart(part, encodePart(part, sample[part]));
      expect(decoded.status).toBe('ok');
      expect(decoded.value).toEqual(sample[part]);
    }
  });

  it('writes the version number', () => {
    expect(JSON.parse(encodePart('lessons', {}))).toEqual({ v: CURRENT_VERSION, data: {} });
  });

  it('treats a missing key as empty', () => {
    for (const raw of [null, undefined, '']) {
      expect(decodePart('lessons', raw)).toEqual({ value: EMPTY.lessons, status: 'empty', dropped: 0 });
    }
  });
});

describe('migration', () => {
  it('turns v1 lessons (a list of finished slugs) into v2 entries', () => {
    const decoded = decodePart('lessons', JSON.stringify({ v: 1, data: ['vergiftigd-geschenk', 'zelftest'] }));
    expect(decoded.status).toBe('migrated');
    expect(decoded.value).toEqual({ 'vergiftigd-geschenk': { done: true }, zelftest: { done: true } });
  });

  it('keeps the valid slugs of a v1 list with junk in it and reports the rest as dropped', () => {
    const decoded = decodePart('lessons', JSON.stringify({ v: 1, data: ['zelftest', 42, null, 'Niet Geldig!'] }));
    expect(decoded.status).toBe('repaired');
    expect(decoded.value).toEqual({ zelftest: { done: true } });
    expect(decoded.dropped).toBe(3);
  });

  it('carries v2 data of every part over to v3 unchanged (v3 only added the plan)', () => {
    for (const part of PARTS) {
      expect(decodePart(part, JSON.stringify({ v: 2, data: sample[part] }))).toMatchObject({
        status: 'migrated',
        value: sample[part],
      });
    }
  });

  it('carries v1 quiz and self-test data over unchanged', () => {
    expect(decodePart('mythQuiz', JSON.stringify({ v: 1, data: sample.mythQuiz }))).toMatchObject({
      status: 'migrated',
      value: sample.mythQuiz,
    });
    expect(decodePart('selfTest', JSON.stringify({ v: 1, data: sample.selfTest }))).toMatchObject({
      status: 'migrated',
      value: sample.selfTest,
    });
  });
});

describe('bad stored data', () => {
  it('calls text that is not JSON unreadable and starts empty', () => {
    for (const raw of ['{', 'undefined', 'NaN', '{"v":2,"data":', 'x'.repeat(600_000)]) {
      expect(decodePart('selfTest', raw)).toEqual({ value: [], status: 'unreadable', dropped: 0 });
    }
  });

  it('calls JSON that is not our envelope foreign', () => {
    for (const raw of [
      'null',
      '0',
      '-1',
      '"tekst"',
      '[]',
      '{}',
      '{"v":"2","data":{}}',
      '{"v":2.5,"data":{}}',
      '{"data":{}}',
    ]) {
      expect(decodePart('lessons', raw).status, raw).toBe('foreign');
    }
  });

  it('calls the right version with the wrong container foreign', () => {
    expect(decodePart('lessons', JSON.stringify({ v: 2, data: [] })).status).toBe('foreign');
    expect(decodePart('selfTest', JSON.stringify({ v: 2, data: {} })).status).toBe('foreign');
  });

  it('sets aside data from a newer version and from a version too old', () => {
    expect(decodePart('lessons', JSON.stringify({ v: CURRENT_VERSION + 1, data: {} })).status).toBe('newer');
    expect(decodePart('lessons', JSON.stringify({ v: 0, data: {} })).status).toBe('outdated');
    expect(decodePart('lessons', JSON.stringify({ v: -3, data: {} })).status).toBe('outdated');
  });

  it('keeps the valid entries and drops the broken ones', () => {
    const raw = JSON.stringify({
      v: 2,
      data: [
        { at: AT, scores: SCORES },
        { at: 'gisteren', scores: SCORES },
        { at: AT, scores: { ...SCORES, meten: 300 } },
        'rommel',
      ],
    });
    const decoded = decodePart('selfTest', raw);
    expect(decoded.status).toBe('repaired');
    expect(decoded.value).toEqual([{ at: AT, scores: SCORES }]);
    expect(decoded.dropped).toBe(3);
  });

  it('keeps a lesson marked done when only its check result is broken', () => {
    const raw = JSON.stringify({
      v: 2,
      data: { zelftest: { done: true, doneAt: AT, check: { correct: 5, total: 3, at: AT } } },
    });
    const decoded = decodePart('lessons', raw);
    expect(decoded.status).toBe('repaired');
    expect(decoded.value).toEqual({ zelftest: { done: true, doneAt: AT } });
  });

  it('flags every status that loses something for setting aside, and none that loses nothing', () => {
    expect([...SET_ASIDE].sort()).toEqual(['foreign', 'newer', 'outdated', 'repaired', 'unreadable']);
  });

  it('never throws and always returns a usable value, whatever is stored', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PARTS),
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ v: 2, data: v })),
        ),
        (part, raw) => {
          const decoded = decodePart(part, raw);
          expect(decoded.value).toBeDefined();
          // A value that decodes is stable: encoding it again reads back the same.
          expect(decodePart(part, encodePart(part, decoded.value)).value).toEqual(decoded.value);
        },
      ),
    );
  });

  it('rejects an envelope that is not an object', () => {
    expect(decodeEnvelope('mythQuiz', [2, []]).status).toBe('foreign');
  });
});
