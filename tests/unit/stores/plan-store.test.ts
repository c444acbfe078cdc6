import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { cleanStores, keepMount } from 'nanostores';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_PLAN } from '../../../src/lib/plan/format';
import { CURRENT_VERSION, STORAGE_KEYS } from '../../../src/lib/progress/format';
import { setAsideKey } from '../../../src/stores/part-store';
import {
  $plan,
  rememberScenario,
  resetPlan,
  saveLogEntry,
  setAnswer,
  setGoalField,
  setTaskDone,
  startMonth,
  toggleMetric,
} from '../../../src/stores/plan';
import { loadProgressFile, progressFile } from '../../../src/stores/progress-transfer';
import { $storageNotice } from '../../../src/stores/storage-notice';

const NOW = new Date('2025-03-01T09:30:00.000Z');
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeAll(() => useTestStorageEngine());
afterEach(() => {
  cleanStores($plan);
  cleanTestStorage();
  $storageNotice.set({ blocked: false, problems: [], dismissed: false });
});

describe('$plan', () => {
  it('keeps what the reader types, as typed, in the versioned envelope', () => {
    keepMount($plan);
    setGoalField('aantal', '1,5');
    setAnswer('doel', 'Meer klanten');
    expect($plan.get().goal.aantal).toBe('1,5');
    const stored = JSON.parse(getTestStorage()[STORAGE_KEYS.plan]!);
    expect(stored.v).toBe(CURRENT_VERSION);
    expect(stored.data).toMatchObject({ goal: { aantal: '1,5' }, answers: { doel: 'Meer klanten' } });
    expect(typeof stored.data.updatedAt).toBe('string');
  });

  it('chooses at most three metrics and ignores unknown ones', () => {
    keepMount($plan);
    for (const id of ['aanvragen', 'verkopen', 'klikken', 'bezoek-social', 'likes']) toggleMetric(id, true);
    expect($plan.get().metrics).toEqual(['aanvragen', 'verkopen', 'klikken']);
    toggleMetric('verkopen', false);
    expect($plan.get().metrics).toEqual(['aanvragen', 'klikken']);
  });

  it('starts the 30-day list, ticks tasks, logs months and remembers scenarios', () => {
    keepMount($plan);
    startMonth(['meten', 'doelen'], NOW);
    setTaskDone('meten-1', true);
    saveLogEntry({ month: '2025-02', values: { aanvragen: 3 } });
    rememberScenario('inspanning', { preset: 'coach', values: { uren: '4' } }, NOW);
    rememberScenario('engagement', { preset: 'x', values: {} }, NOW);
    const plan = $plan.get();
    expect(plan.month).toEqual({ start: '2025-03-01', weakest: ['meten', 'doelen'], done: ['meten-1'] });
    expect(plan.log).toEqual([{ month: '2025-02', values: { aanvragen: 3 } }]);
    expect(Object.keys(plan.scenarios)).toEqual(['inspanning']);
  });

  it('resets to the empty plan', () => {
    keepMount($plan);
    setGoalField('aantal', '5');
    resetPlan();
    expect($plan.get()).toEqual(EMPTY_PLAN);
  });

  it('sets a corrupt stored plan aside and starts empty', async () => {
    setTestStorageKey(STORAGE_KEYS.plan, '{kapot');
    keepMount($plan);
    expect($plan.get()).toEqual(EMPTY_PLAN);
    await flush();
    expect(getTestStorage()[setAsideKey('plan')]).toBe('{kapot');
    expect($storageNotice.get().problems).toEqual([{ part: 'plan', status: 'unreadable', dropped: 0 }]);
  });

  it('travels in the progress file and comes back the same in an empty browser', () => {
    keepMount($plan);
    setGoalField('aantal', '12');
    toggleMetric('aanvragen', true);
    const { text } = progressFile(NOW);
    const saved = $plan.get();
    resetPlan();
    const result = loadProgressFile(text);
    expect(result.ok && result.counts.plan).toBe(1);
    expect($plan.get()).toEqual(saved);
  });
});
