import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { cleanStores, keepMount } from 'nanostores';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_VERSION, STORAGE_KEYS } from '../../../src/lib/progress/format';
import { $lessonProgress, recordCheck, setLessonDone } from '../../../src/stores/lesson-progress';
import { $mythQuizRounds, recordRound } from '../../../src/stores/myth-quiz';
import { setAsideKey } from '../../../src/stores/part-store';
import { loadProgressFile, progressFile } from '../../../src/stores/progress-transfer';
import { $selfTestAttempts, addAttempt, clearAttempts } from '../../../src/stores/selftest';
import { $storageNotice } from '../../../src/stores/storage-notice';

const NOW = new Date('2025-03-01T09:30:00.000Z');
const LATER = new Date('2025-03-08T10:00:00.000Z');
const SCORES = { doelen: 83, meten: 42, gesprek: 58, inhoud: 17, middelen: 100, kanalen: 0 };
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeAll(() => useTestStorageEngine());
afterEach(() => {
  cleanStores($lessonProgress, $mythQuizRounds, $selfTestAttempts);
  cleanTestStorage();
  $storageNotice.set({ blocked: false, problems: [], dismissed: false });
});

describe('$lessonProgress', () => {
  it('marks a lesson done with the date, and undone again', () => {
    keepMount($lessonProgress);
    setLessonDone('vergiftigd-geschenk', true, NOW);
    expect($lessonProgress.get()).toEqual({ 'vergiftigd-geschenk': { done: true, doneAt: NOW.toISOString() } });
    expect(JSON.parse(getTestStorage()[STORAGE_KEYS.lessons]!)).toEqual({
      v: CURRENT_VERSION,
      data: $lessonProgress.get(),
    });
    setLessonDone('vergiftigd-geschenk', false, LATER);
    expect($lessonProgress.get()['vergiftigd-geschenk']).toEqual({ done: false });
  });

  it('keeps the first date when a done lesson is marked done again', () => {
    keepMount($lessonProgress);
    setLessonDone('zelftest', true, NOW);
    setLessonDone('zelftest', true, LATER);
    expect($lessonProgress.get()['zelftest']!.doneAt).toBe(NOW.toISOString());
  });

  it('records a knowledge check and marks the lesson done', () => {
    keepMount($lessonProgress);
    recordCheck('twintig-mythes', 2, 3, NOW);
    expect($lessonProgress.get()['twintig-mythes']).toEqual({
      done: true,
      doneAt: NOW.toISOString(),
      check: { correct: 2, total: 3, at: NOW.toISOString() },
    });
  });

  it('ignores bad slugs and impossible scores', () => {
    keepMount($lessonProgress);
    setLessonDone('Geen Slug!', true, NOW);
    recordCheck('zelftest', 4, 3, NOW);
    recordCheck('zelftest', -1, 3, NOW);
    recordCheck('zelftest', Number.NaN, 3, NOW);
    recordCheck('zelftest', 0, 0, NOW);
    expect($lessonProgress.get()).toEqual({});
  });

  it('follows a change made in another tab', () => {
    keepMount($lessonProgress);
    setTestStorageKey(STORAGE_KEYS.lessons, JSON.stringify({ v: 2, data: { zelftest: { done: true } } }));
    expect($lessonProgress.get()).toEqual({ zelftest: { done: true } });
  });
});

describe('recovering stored data', () => {
  it('sets corrupt text aside, starts empty, tells the reader, and writes a clean value back', async () => {
    setTestStorageKey(STORAGE_KEYS.selfTest, '{kapot');
    keepMount($selfTestAttempts);
    expect($selfTestAttempts.get()).toEqual([]);
    expect(getTestStorage()[setAsideKey('selfTest')]).toBe('{kapot');
    expect($storageNotice.get().problems).toEqual([{ part: 'selfTest', status: 'unreadable', dropped: 0 }]);
    await flush();
    expect(JSON.parse(getTestStorage()[STORAGE_KEYS.selfTest]!)).toEqual({ v: CURRENT_VERSION, data: [] });
  });

  it('keeps the valid entries of a partly broken value', () => {
    const raw = JSON.stringify({
      v: 2,
      data: [
        { at: NOW.toISOString(), scores: SCORES },
        { at: 'ooit', scores: {} },
      ],
    });
    setTestStorageKey(STORAGE_KEYS.selfTest, raw);
    keepMount($selfTestAttempts);
    expect($selfTestAttempts.get()).toEqual([{ at: NOW.toISOString(), scores: SCORES }]);
    expect(getTestStorage()[setAsideKey('selfTest')]).toBe(raw);
    expect($storageNotice.get().problems[0]).toMatchObject({ part: 'selfTest', status: 'repaired', dropped: 1 });
  });

  it('leaves the other parts alone when one is broken', () => {
    setTestStorageKey(STORAGE_KEYS.lessons, JSON.stringify({ v: 2, data: { zelftest: { done: true } } }));
    setTestStorageKey(STORAGE_KEYS.mythQuiz, 'niet eens json');
    keepMount($lessonProgress);
    keepMount($mythQuizRounds);
    expect($lessonProgress.get()).toEqual({ zelftest: { done: true } });
    expect($mythQuizRounds.get()).toEqual([]);
    expect($storageNotice.get().problems.map((p) => p.part)).toEqual(['mythQuiz']);
  });

  it('upgrades v1 data in place without a message', async () => {
    setTestStorageKey(STORAGE_KEYS.lessons, JSON.stringify({ v: 1, data: ['zelftest'] }));
    keepMount($lessonProgress);
    expect($lessonProgress.get()).toEqual({ zelftest: { done: true } });
    expect($storageNotice.get().problems).toEqual([]);
    expect(getTestStorage()[setAsideKey('lessons')]).toBeUndefined();
    await flush();
    expect(JSON.parse(getTestStorage()[STORAGE_KEYS.lessons]!)).toEqual({
      v: CURRENT_VERSION,
      data: { zelftest: { done: true } },
    });
  });
});

describe('$mythQuizRounds and $selfTestAttempts', () => {
  it('add rounds and attempts, and clear attempts with one call', () => {
    keepMount($mythQuizRounds);
    keepMount($selfTestAttempts);
    recordRound(14, 20, NOW);
    recordRound(25, 20, NOW);
    expect($mythQuizRounds.get()).toEqual([{ at: NOW.toISOString(), correct: 14, total: 20 }]);
    addAttempt(SCORES, NOW);
    addAttempt({ ...SCORES, meten: 101 }, LATER);
    expect($selfTestAttempts.get()).toEqual([{ at: NOW.toISOString(), scores: SCORES }]);
    clearAttempts();
    expect($selfTestAttempts.get()).toEqual([]);
  });
});

describe('progress file', () => {
  it('saves everything and loads it back into an empty browser', () => {
    keepMount($lessonProgress);
    keepMount($mythQuizRounds);
    keepMount($selfTestAttempts);
    recordCheck('vergiftigd-geschenk', 2, 2, NOW);
    recordRound(15, 20, NOW);
    addAttempt(SCORES, NOW);
    const file = progressFile(LATER);
    expect(file.name).toBe('voorbij-de-like-voortgang-2025-03-08.json');
    const before = { l: $lessonProgress.get(), m: $mythQuizRounds.get(), s: $selfTestAttempts.get() };

    setLessonDone('vergiftigd-geschenk', false);
    $lessonProgress.set({});
    $mythQuizRounds.set([]);
    clearAttempts();

    const result = loadProgressFile(file.text);
    expect(result.ok).toBe(true);
    expect({ l: $lessonProgress.get(), m: $mythQuizRounds.get(), s: $selfTestAttempts.get() }).toEqual(before);
  });

  it('merges instead of overwriting, and refuses a foreign file without touching anything', () => {
    keepMount($lessonProgress);
    setLessonDone('zelftest', true, NOW);
    const file = JSON.stringify({
      app: 'voorbij-de-like',
      kind: 'voortgang',
      v: 2,
      parts: { lessons: { 'twintig-mythes': { done: true } } },
    });
    expect(loadProgressFile(file).ok).toBe(true);
    expect(Object.keys($lessonProgress.get()).sort()).toEqual(['twintig-mythes', 'zelftest']);
    const refused = loadProgressFile('{"hallo": "wereld"}');
    expect(refused.ok).toBe(false);
    expect(Object.keys($lessonProgress.get()).sort()).toEqual(['twintig-mythes', 'zelftest']);
  });
});
