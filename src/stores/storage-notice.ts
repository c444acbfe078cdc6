/**
 * `$storageNotice`: what the reader should know about stored progress in this visit — whether the browser
 * keeps anything at all, and which stored parts had to be set aside. Not persisted (it describes this visit).
 * The progress stores report into it; `<StorageNotice>` shows it once per page.
 */
import { atom } from 'nanostores';
import type { StorageProblem, StorageState } from '../lib/progress/notice';

/** The notice state plus whether the reader dismissed it. */
export interface StorageNoticeState extends StorageState {
  dismissed: boolean;
}

/** What the reader should know about storage in this visit. */
export const $storageNotice = atom<StorageNoticeState>({ blocked: false, problems: [], dismissed: false });

/** Records that the browser won't keep anything (private mode, storage disabled or full). */
export function reportBlocked(): void {
  const state = $storageNotice.get();
  if (!state.blocked) $storageNotice.set({ ...state, blocked: true, dismissed: false });
}

/** Records that a stored part was repaired or set aside (one entry per part; the latest wins). */
export function reportProblem(problem: StorageProblem): void {
  const state = $storageNotice.get();
  const problems = [...state.problems.filter((p) => p.part !== problem.part), problem];
  $storageNotice.set({ ...state, problems, dismissed: false });
}

/** Hides the notice for the rest of this visit. */
export function dismissNotice(): void {
  $storageNotice.set({ ...$storageNotice.get(), dismissed: true });
}
