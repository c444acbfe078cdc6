import { CURRENT_VERSION } from '../../../src/lib/progress/format';
// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Loads the stores fresh, as a new page would, with whatever `localStorage` the test set up. */
async function freshStores() {
  vi.resetModules();
  const progress = await import('../../../src/stores/lesson-progress');
  const notice = await import('../../../src/stores/storage-notice');
  const { keepMount } = await import('nanostores');
  keepMount(progress.$lessonProgress);
  return { ...progress, ...notice };
}

/** Makes every localStorage write fail from now on, as a full quota or a strict private mode does. */
function failWrites() {
  spies.push(
    vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('vol', 'QuotaExceededError');
    }),
  );
}

const spies: { mockRestore(): void }[] = [];
beforeEach(() => localStorage.clear());
afterEach(() => {
  for (const spy of spies.splice(0)) spy.mockRestore();
});

describe('the safe storage engine', () => {
  it('writes through to localStorage when it works', async () => {
    const { setLessonDone, $storageNotice } = await freshStores();
    setLessonDone('zelftest', true, new Date('2025-03-01T00:00:00Z'));
    expect(JSON.parse(localStorage.getItem('vdl:lessen')!)).toMatchObject({
      v: CURRENT_VERSION,
      data: { zelftest: { done: true } },
    });
    expect($storageNotice.get().blocked).toBe(false);
  });

  it('keeps working in memory and says so when every write throws', async () => {
    failWrites();
    const { setLessonDone, $lessonProgress, $storageNotice } = await freshStores();
    expect($storageNotice.get().blocked).toBe(true);
    setLessonDone('zelftest', true);
    expect($lessonProgress.get()['zelftest']?.done).toBe(true);
  });

  it('switches to memory when the quota runs out halfway, keeping what was stored', async () => {
    localStorage.setItem('vdl:lessen', JSON.stringify({ v: 2, data: { 'vergiftigd-geschenk': { done: true } } }));
    const { setLessonDone, $lessonProgress, $storageNotice } = await freshStores();
    expect($storageNotice.get().blocked).toBe(false);
    failWrites();
    setLessonDone('zelftest', true);
    expect($storageNotice.get().blocked).toBe(true);
    expect(Object.keys($lessonProgress.get()).sort()).toEqual(['vergiftigd-geschenk', 'zelftest']);
  });

  it('works when even reading localStorage throws', async () => {
    spies.push(
      vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
        throw new DOMException('nee', 'SecurityError');
      }),
    );
    const { setLessonDone, $lessonProgress, $storageNotice } = await freshStores();
    expect($storageNotice.get().blocked).toBe(true);
    setLessonDone('zelftest', true);
    expect($lessonProgress.get()['zelftest']?.done).toBe(true);
  });
});
