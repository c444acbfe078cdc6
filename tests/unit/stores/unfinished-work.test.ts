import { cleanTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { atom, cleanStores, keepMount } from 'nanostores';
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freshRound, type QuizRound } from '../../../src/lib/quiz/myth-quiz';
import { $savedMythQuizRound, decodeSavedRound, keepMythQuizRound } from '../../../src/stores/myth-quiz-round';
import { $selfTestDraft, decodeDraft } from '../../../src/stores/selftest';

beforeAll(() => useTestStorageEngine());
afterEach(() => {
  cleanStores($selfTestDraft, $savedMythQuizRound);
  cleanTestStorage();
});

describe('the self-test draft', () => {
  it('keeps answers to known statements on the scale, nothing else', () => {
    expect(decodeDraft(JSON.stringify({ v: 1, data: { 'doel-zin': 4, 'meten-likes': 9, onzin: 3 } }))).toEqual({
      'doel-zin': 4,
    });
    expect(decodeDraft(JSON.stringify({ v: 2, data: { 'doel-zin': 4 } }))).toEqual({});
    expect(decodeDraft('{kapot')).toEqual({});
    expect(decodeDraft(undefined)).toEqual({});
    fc.assert(fc.property(fc.string(), (raw) => void decodeDraft(raw)));
  });

  it('is read back from storage (a reload)', () => {
    setTestStorageKey('vdl:zelftest-concept', JSON.stringify({ v: 1, data: { 'doel-zin': 5, 'gesprek-kritiek': 1 } }));
    keepMount($selfTestDraft);
    expect($selfTestDraft.get()).toEqual({ 'doel-zin': 5, 'gesprek-kritiek': 1 });
  });
});

describe('the myth-quiz round', () => {
  const round: QuizRound = { answers: ['fabel', 'feit', null, null], index: 2, finished: false };

  it('is restored after a reload when it fits the quiz, and saved on every change', () => {
    setTestStorageKey('vdl:mythequiz-ronde', JSON.stringify({ v: 1, data: { count: 4, round } }));
    keepMount($savedMythQuizRound);
    const $round = atom(freshRound(4));
    const stop = keepMythQuizRound($round, 4);
    expect($round.get()).toEqual(round);
    $round.set({ ...round, index: 3 });
    expect($savedMythQuizRound.get()).toEqual({ count: 4, round: { ...round, index: 3 } });
    stop();
  });

  it('ignores a saved round of another quiz length or an invalid one', () => {
    expect(decodeSavedRound(JSON.stringify({ v: 1, data: { count: 5, round } }))).toBeNull();
    expect(decodeSavedRound(JSON.stringify({ v: 1, data: { count: 4, round: { ...round, index: 9 } } }))).toBeNull();
    expect(decodeSavedRound('null')).toBeNull();
    fc.assert(fc.property(fc.string(), (raw) => void decodeSavedRound(raw)));
    setTestStorageKey('vdl:mythequiz-ronde', JSON.stringify({ v: 1, data: { count: 3, round: freshRound(3) } }));
    keepMount($savedMythQuizRound);
    const $round = atom(freshRound(4));
    keepMythQuizRound($round, 4)();
    expect($round.get()).toEqual(freshRound(4));
  });
});
